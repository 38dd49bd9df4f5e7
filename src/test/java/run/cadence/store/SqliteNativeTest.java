package run.cadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver's native library comes from one private, versioned cache folder: processes killed with {@code kill -9}
 * leave nothing in the temporary folder, and commands side by side print nothing about each other's copies.
 */
class SqliteNativeTest {
    @TempDir
    Path dir;

    private Process writer(Path tmp, Path cache, Path db) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                db.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        return pb.start();
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void killedCommandsSideBySideLeaveNothingInTheTemporaryFolderAndPrintNothing() throws Exception {
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path cache = dir.resolve("cache");
        // A copy another program left in the shared folder: the driver used to sweep it, racing its neighbours.
        Path stale = Files.write(tmp.resolve("sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion()
                + "-0000-libsqlitejdbc.so"), new byte[10]);
        List<Process> writers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            writers.add(writer(tmp, cache, dir.resolve("history" + i + ".db")));
        }
        List<String> printed = new ArrayList<>();
        for (Process p : writers) {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.endsWith("PAIN")) {
                if (!line.equals("profile") && !line.matches("[0-9]+ [A-Z]+")) {
                    printed.add(line);
                }
            }
            assertTrue(line != null, "the writer ended early: " + printed);
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(List.of(), printed);
        assertEquals(List.of(stale.getFileName().toString()), names(tmp));
        List<String> cached = names(cache);
        assertEquals(1, cached.size(), cached.toString());
        assertTrue(cached.get(0).startsWith("cadence/native/sqlite-jdbc-" + org.sqlite.SQLiteJDBCLoader.getVersion()
                + "/"), cached.toString());
        assertFalse(cached.get(0).endsWith(".part"));
    }

    @Test
    void theCacheIsXdgCacheHomeWhenAbsoluteElseDotCache() {
        assertEquals(Path.of("/x/cache"), SqliteNative.cacheHome(Map.of("XDG_CACHE_HOME", "/x/cache"), "/home/r"));
        assertEquals(Path.of("/home/r/.cache"), SqliteNative.cacheHome(Map.of("XDG_CACHE_HOME", "rel"), "/home/r"));
        assertEquals(Path.of("/home/r/.cache"), SqliteNative.cacheHome(Map.of(), "/home/r"));
    }
}
