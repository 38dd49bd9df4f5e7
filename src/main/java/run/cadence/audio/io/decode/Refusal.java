package run.cadence.audio.io.decode;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why a file cannot be used as a track, said so a runner can act on it ("not an audio file", "the WAV header
 * claims 20737 channels"). A scan lists the file as skipped with this reason and goes on.
 */
public final class Refusal extends Exception {
    private final boolean mayPass;

    public Refusal(String reason) {
        this(reason, null, false);
    }

    public Refusal(String reason, Throwable cause) {
        this(reason, cause, false);
    }

    private Refusal(String reason, Throwable cause, boolean mayPass) {
        super(reason, cause);
        this.mayPass = mayPass;
    }

    /** Whether the failure may pass without the file changing (not to be remembered as the file's fault). */
    public boolean mayPass() {
        return mayPass;
    }

    /**
     * A read that failed, said as the system says it: "cannot read (permission denied)", never "(null)". It says
     * nothing of the file's content, so it {@link #mayPass}: another try may work.
     */
    static Refusal cannotRead(IOException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            why = "no such file";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            why = f.getReason();
        } else {
            why = e.getMessage() == null ? "an I/O error" : e.getMessage();
        }
        return new Refusal("cannot read (" + why + ")", e, true);
    }
}
