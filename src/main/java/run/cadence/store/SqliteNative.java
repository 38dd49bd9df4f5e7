package run.cadence.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc's native library, put once into a private, versioned cache folder and loaded from there. Left to
 * itself the driver copies its 1 MB library into the shared {@code /tmp} under a new name for every process, which
 * a killed command leaves behind with its {@code .lck}; and each start sweeps the others' copies, a race that
 * printed dozens of "Failed to delete old native lib" stack traces when commands ran side by side. The driver's
 * java.util.logging output is silenced: what matters reaches the runner as an SQLException.
 */
final class SqliteNative {
    /** Held so the level set on it stays: java.util.logging keeps loggers only weakly. */
    private static final Logger DRIVER_LOG = Logger.getLogger("org.sqlite");
    private static boolean prepared;

    private SqliteNative() {}

    /** Before the driver first loads; later calls do nothing. Where the cache cannot be used, the driver's default. */
    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        DRIVER_LOG.setLevel(Level.OFF);
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return; // chosen by whoever started the JVM
        }
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
            URL url = SQLiteJDBCLoader.class.getResource(resource);
            if (url == null) {
                return;
            }
            Path folder = cacheHome(System.getenv(), System.getProperty("user.home"))
                    .resolve("cadence/native/sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()
                            + resource.substring(0, resource.lastIndexOf('/')).replace("/org/sqlite/native", ""));
            Path lib = folder.resolve(name);
            URLConnection connection = url.openConnection();
            long size = connection.getContentLengthLong();
            if (!Files.isRegularFile(lib) || Files.size(lib) != size) {
                extract(connection, folder, lib);
            }
            System.setProperty("org.sqlite.lib.path", folder.toString());
            System.setProperty("org.sqlite.lib.name", name);
            // The driver sweeps this folder for stale copies of its own naming; ours has none, so it finds nothing.
            System.setProperty("org.sqlite.tmpdir", folder.toString());
        } catch (IOException | RuntimeException e) {
            // A read-only home or an odd platform: the driver's own way still works.
        }
    }

    /** {@code $XDG_CACHE_HOME}, else {@code ~/.cache} (the XDG base directory default). */
    static Path cacheHome(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_CACHE_HOME");
        // The XDG spec says a relative path is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        return Path.of(userHome, ".cache");
    }

    /** Written under a temporary name and renamed, so a second process or a killed one never sees half a library. */
    private static void extract(URLConnection connection, Path folder, Path lib) throws IOException {
        Files.createDirectories(folder);
        Path part = Files.createTempFile(folder, ".lib", ".part");
        try {
            try (InputStream in = connection.getInputStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, lib, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
