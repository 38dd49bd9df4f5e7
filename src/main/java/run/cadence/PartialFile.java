package run.cadence;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written under a hidden name beside its target and moved over it in one step when complete
 * ({@link #commit()}). Closed without a commit, it is deleted: a failed or stopped export never leaves a partial
 * file under the target's name, and an earlier file of that name stays untouched until the new one is whole.
 */
public final class PartialFile implements AutoCloseable {
    private final Path target;
    private final Path partial;
    private boolean committed;

    private PartialFile(Path target, Path partial) {
        this.target = target;
        this.partial = partial;
    }

    /**
     * Creates the hidden file at once, so a path that cannot be written is reported before any work.
     *
     * @param option the option that named the path, for the message ("--out")
     * @param fileHint what to give instead of a folder ("a file name ending in .mp3")
     * @throws CadenceException BAD_INPUT naming the path and the reason
     */
    public static PartialFile beside(Path target, String option, String fileHint) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw CadenceException.badInput("cannot write '" + target + "': it is a folder; give " + fileHint);
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw CadenceException.badInput("cannot write '" + target + "': folder '" + folder
                    + "' not found; create it or choose another " + option + " path");
        }
        try {
            // Not createTempFile: its 0600 mode would follow the file into place; createFile honours the umask.
            Path partial = Files.createFile(folder.resolve("." + absolute.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part"));
            return new PartialFile(absolute, partial);
        } catch (IOException | SecurityException e) {
            throw CadenceException.badInput("cannot write '" + target + "': " + reason(e) + "; choose a writable "
                    + option + " path", e);
        }
    }

    /** Where to write. */
    public Path path() {
        return partial;
    }

    /** Moves the finished file over the target. */
    public void commit() throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Deletes the hidden file unless it was committed. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // Nothing more can be done; the name starts with '.' and ends in .part, so it is recognisable.
        }
    }

    /** The reason an I/O failure gives, in words a runner reads. */
    public static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
