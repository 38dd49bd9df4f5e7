package run.cadence.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the history lives: {@code --data-dir}, else {@code $CADENCE_HOME}, else
 * {@code $XDG_DATA_HOME/cadence}, else {@code ~/.local/share/cadence} (the XDG base directory default).
 */
public record DataDirectory(Path path) {
    public static final String DATABASE_FILE = "history.db";

    public DataDirectory {
        if (path == null) {
            throw new IllegalArgumentException("a data directory is required");
        }
    }

    public static DataDirectory resolve(Optional<Path> option, Map<String, String> env, String userHome) {
        if (option.isPresent()) {
            return new DataDirectory(option.get());
        }
        String home = env.get("CADENCE_HOME");
        if (home != null && !home.isBlank()) {
            return new DataDirectory(Path.of(home));
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return new DataDirectory(Path.of(xdg, "cadence"));
        }
        return new DataDirectory(Path.of(userHome, ".local", "share", "cadence"));
    }

    public static DataDirectory resolve(Optional<Path> option) {
        return resolve(option, System.getenv(), System.getProperty("user.home"));
    }

    public Path database() {
        return path.resolve(DATABASE_FILE);
    }

    /** The database and the files SQLite keeps beside it while it is open or after a crash. */
    public List<Path> historyFiles() {
        return List.of(database(), companion("-wal"), companion("-shm"), companion("-journal"));
    }

    private Path companion(String suffix) {
        return path.resolve(DATABASE_FILE + suffix);
    }

    /**
     * Whether {@code file} is one of {@link #historyFiles()}, compared by real path: through a symbolic link, "..",
     * or another spelling of the folder, it is the same file.
     */
    public boolean holds(Path file) {
        Path wanted = real(file);
        return historyFiles().stream().anyMatch(f -> real(f).equals(wanted));
    }

    /**
     * The real path, or for a file not there yet its real folder and its name; a link that leads nowhere yet is
     * followed to the name it would create.
     */
    private static Path real(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (int links = 0; links < 40 && Files.isSymbolicLink(absolute) && !Files.exists(absolute); links++) {
            try {
                absolute = absolute.resolveSibling(Files.readSymbolicLink(absolute)).toAbsolutePath().normalize();
            } catch (IOException e) {
                break;
            }
        }
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            Path parent = absolute.getParent();
            if (parent == null || absolute.getFileName() == null) {
                return absolute;
            }
            try {
                return parent.toRealPath().resolve(absolute.getFileName());
            } catch (IOException noFolder) {
                return absolute;
            }
        }
    }
}
