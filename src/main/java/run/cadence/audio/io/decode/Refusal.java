package run.cadence.audio.io.decode;

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

    /** The file could not be read (an I/O error), which says nothing of its content: another try may work. */
    public static Refusal unreadable(String reason, Throwable cause) {
        return new Refusal(reason, cause, true);
    }

    /** Whether the failure may pass without the file changing (not to be remembered as the file's fault). */
    public boolean mayPass() {
        return mayPass;
    }
}
