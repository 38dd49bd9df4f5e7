package run.cadence.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The partial files of this process, and the clean-up of those of others: a shutdown hook deletes the open ones
 * on SIGTERM or Ctrl-C, and {@link #sweep} removes stale ones that a {@code kill -9} left behind.
 */
final class PartialFiles {
    /** Orders commits with the shutdown hook: a file is either moved into place or deleted, never both. */
    static final Object LOCK = new Object();
    /**
     * A stale file must also be this old: a writer in another PID namespace (a container sharing the folder) may
     * look dead from here, but a live writer touches its file every few seconds once it renders.
     */
    static final Duration STALE_AFTER = Duration.ofMinutes(2);
    /** {@code .NAME.cadence-PID-RANDOM.part}: only files of exactly this shape are ever swept. */
    /** The longest file name Linux file systems take (NAME_MAX), in bytes. */
    static final int NAME_MAX_BYTES = 255;
    private static final Pattern NAME = Pattern.compile("\\..+\\.cadence-([0-9]{1,19})-[0-9a-z]{1,13}\\.part");

    /** Guarded by LOCK. */
    private static final Set<PartialFile> OPEN = new LinkedHashSet<>();
    /** Guarded by LOCK. */
    private static boolean stopping;
    /** Guarded by LOCK. */
    private static boolean hookInstalled;

    private PartialFiles() {}

    /**
     * The hidden name for {@code targetName}. A name near the file system's limit (255 bytes on Linux) would pass it
     * once the prefix and suffix are added, so the target's part is cut, by whole characters, until the hidden name
     * fits: the name only has to be recognisable, and the file is moved to the target's own name when whole.
     */
    static String hiddenName(String targetName, long pid, long random) {
        String suffix = ".cadence-" + pid + "-" + Long.toUnsignedString(random, 36) + ".part";
        int room = NAME_MAX_BYTES - 1 - bytes(suffix);
        String kept = targetName;
        while (bytes(kept) > room) {
            kept = kept.substring(0, kept.offsetByCodePoints(kept.length(), -1));
        }
        return "." + kept + suffix;
    }

    /** Bytes in a file name as Linux stores it (UTF-8; a non-UTF-8 locale cannot name more than ASCII anyway). */
    private static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The id of the process that wrote {@code fileName}, if it is one of our partial files. */
    static Optional<Long> owner(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(m.group(1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void register(PartialFile file) {
        synchronized (LOCK) {
            if (!stopping) {
                if (!hookInstalled) {
                    Runtime.getRuntime().addShutdownHook(new Thread(PartialFiles::deleteAllOpen, "partial-files"));
                    hookInstalled = true;
                }
                OPEN.add(file);
                return;
            }
        }
        // Made while the program was already stopping: the hook has run, so nothing else would delete it.
        delete(List.of(file.path()));
        throw new OutputFileException(new OutputProblem.WriteFailed(file.target(), new IOException("stopping")));
    }

    static void forget(PartialFile file) {
        synchronized (LOCK) {
            OPEN.remove(file);
        }
    }

    /** Called under LOCK by a commit. */
    static void refuseWhenStopping() throws IOException {
        if (stopping) {
            throw new IOException("the program is stopping");
        }
    }

    /**
     * The shutdown hook. A writer may still be writing to a file it deletes: on Linux the data then goes to an
     * unlinked inode whose space is freed when the process ends a moment later.
     */
    private static void deleteAllOpen() {
        List<Path> paths = new ArrayList<>();
        synchronized (LOCK) {
            stopping = true;
            for (PartialFile f : OPEN) {
                paths.add(f.path());
            }
            OPEN.clear();
        }
        delete(paths);
    }

    /** Deletes partial files of ours in {@code folder} whose process is gone and that nobody touched lately. */
    static void sweep(Path folder) {
        Instant old = Instant.now().minus(STALE_AFTER);
        long self = ProcessHandle.current().pid();
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*.part")) {
            for (Path f : files) {
                Optional<Long> pid = owner(f.getFileName().toString());
                if (pid.isPresent() && pid.get() != self && ProcessHandle.of(pid.get()).map(p -> !p.isAlive()).orElse(true)
                        && Files.isRegularFile(f) && Files.getLastModifiedTime(f).toInstant().isBefore(old)) {
                    stale.add(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Sweeping is a courtesy: an unreadable folder fails properly when the file itself is created.
            return;
        }
        delete(stale);
    }

    static void delete(Collection<Path> paths) {
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // Nothing more can be done; the name is recognisable and the next write to the folder sweeps it.
            }
        }
    }
}
