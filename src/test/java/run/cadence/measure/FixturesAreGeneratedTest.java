package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TCX and GPX files under src/test/resources/measure/ are the project's own: named for the exports they are
 * shaped like (Garmin Connect, Strava), made by make_fixtures.py with a fixed seed. Running the generator again must
 * give them byte for byte, so no downloaded file can stand in their place. `.ci/run` installs python3.
 */
class FixturesAreGeneratedTest {
    private static final List<String> GENERATED =
            List.of("garmin-run.tcx", "no-cadence.tcx", "truncated.tcx", "strava-run.gpx", "walk.gpx");

    @TempDir
    Path dir;

    @Test
    void theGeneratorMakesEveryCommittedRecordingByteForByte() throws IOException, InterruptedException {
        Path script = Fixtures.path("make_fixtures.py");
        Files.copy(script, dir.resolve("make_fixtures.py"));
        Process p = new ProcessBuilder("python3", "make_fixtures.py").directory(dir.toFile())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), output);
        for (String name : GENERATED) {
            assertArrayEquals(Files.readAllBytes(Fixtures.path(name)), Files.readAllBytes(dir.resolve(name)), name);
        }
    }
}
