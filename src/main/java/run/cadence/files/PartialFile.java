package run.cadence.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written under a hidden name beside its target and moved over it in one step when complete
 * ({@link #commit()}). Closed without a commit, it is deleted: a failed or stopped export never leaves a partial
 * file under the target's name, and an earlier file of that name stays untouched until the new one is whole.
 *
 * <p>The hidden name, {@code .NAME.cadence-PID-RANDOM.part}, carries the writing process's id. A SIGTERM or Ctrl-C
 * deletes every open one ({@link PartialFiles}); one left by {@code kill -9} or a power cut is swept by the next
 * write to the same folder once its process is gone and it is {@link PartialFiles#STALE_AFTER} old.
 *
 * <p>A target that is a symbolic link is written through: the file it points to is replaced and the link kept, as
 * {@code cp} and most editors do (replacing the link itself would quietly cut it from what it pointed to).
 */
public final class PartialFile implements AutoCloseable {
    private final Path target;
    /** Where the finished file goes: the target, or the file it links to. */
    private final Path destination;
    private final Path partial;
    /** Guarded by {@link PartialFiles}' lock, which orders it with the shutdown hook. */
    private boolean committed;

    private PartialFile(Path target, Path destination, Path partial) {
        this.target = target;
        this.destination = destination;
        this.partial = partial;
    }

    /**
     * Creates the hidden file at once, so a path that cannot be written is reported before any work, after sweeping
     * stale partial files of dead processes from the folder.
     *
     * @throws OutputFileException BAD_INPUT naming the path and the reason
     */
    public static PartialFile beside(Path target) {
        Path absolute = throughLinks(target.toAbsolutePath());
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new OutputFileException(new OutputProblem.IsFolder(target));
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new OutputFileException(missingFolder(target, folder));
        }
        PartialFiles.sweep(folder);
        try {
            refuseUnnameable(absolute);
            // Not createTempFile: its 0600 mode would follow the file into place; createFile honours the umask.
            Path partial = Files.createFile(folder.resolve(PartialFiles.hiddenName(absolute.getFileName().toString(),
                    ProcessHandle.current().pid(), ThreadLocalRandom.current().nextLong())));
            PartialFile file = new PartialFile(target.toAbsolutePath(), absolute, partial);
            PartialFiles.register(file);
            return file;
        } catch (IOException e) {
            throw new OutputFileException(new OutputProblem.CannotCreate(target, e));
        } catch (SecurityException e) {
            throw new OutputFileException(new OutputProblem.CannotCreate(target, new IOException(e.getMessage(), e)));
        }
    }

    /** The file a chain of symbolic links at {@code path} ends at (the chain may end at a file not made yet). */
    private static Path throughLinks(Path path) {
        Path at = path;
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(at); hops++) {
            try {
                at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
            } catch (IOException e) {
                return at;
            }
        }
        return at;
    }

    /** The folder is missing, or the nearest thing that exists on the way to it is a file. */
    private static OutputProblem missingFolder(Path target, Path folder) {
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? new OutputProblem.FolderMissing(target, folder)
                        : new OutputProblem.NotAFolder(target, p);
            }
        }
        return new OutputProblem.FolderMissing(target, folder);
    }

    /**
     * The hidden name is cut to fit; the target's own name must fit as it is. Asked of the file system (a stat of the
     * name), so its own limit and reason ("File name too long") are what the runner sees, before any work.
     */
    private static void refuseUnnameable(Path target) throws IOException {
        try {
            Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException fine) {
            // Not there yet: the usual case.
        }
    }

    /** Where to write. */
    public Path path() {
        return partial;
    }

    /** The file this one becomes. */
    public Path target() {
        return target;
    }

    /**
     * Moves the finished file over the target. Ordered with the shutdown hook: once the program is stopping, the
     * target is never replaced by a file the hook is about to delete.
     *
     * @throws IOException the move failed, or the program is stopping
     */
    public void commit() throws IOException {
        synchronized (PartialFiles.LOCK) {
            PartialFiles.refuseWhenStopping();
            try {
                Files.move(partial, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, destination, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
            PartialFiles.forget(this);
        }
    }

    /**
     * Puts the finished file in place only if nothing has the target's name yet, atomically: of two processes
     * creating the same file at once, one wins and the other gets false (its hidden file stays, for close()).
     */
    public boolean commitIfAbsent() throws IOException {
        synchronized (PartialFiles.LOCK) {
            PartialFiles.refuseWhenStopping();
            try {
                // A hard link fails if the name exists, where a rename would replace it.
                Files.createLink(destination, partial);
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException | FileSystemException e) {
                // No hard links here (some network and FAT file systems): check, then move; a race is unlikely.
                if (Files.exists(destination)) {
                    return false;
                }
                Files.move(partial, destination);
            }
            committed = true;
            PartialFiles.forget(this);
        }
        Files.deleteIfExists(partial);
        return true;
    }

    /** Deletes the hidden file unless it was committed. */
    @Override
    public void close() {
        synchronized (PartialFiles.LOCK) {
            if (committed) {
                return;
            }
            PartialFiles.forget(this);
        }
        PartialFiles.delete(List.of(partial));
    }
}
