package run.cadence.store;

import java.nio.file.Path;
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
}
