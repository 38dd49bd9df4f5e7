package run.cadence.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live-latency figures (.ci/latency-check runs this with its options); see {@code run.cadence.latency}. Tagged
 * apart from "bench": it plays minutes of real-time audio, so only its own profile ({@code -Platency}) runs it.
 */
@Tag("latency")
class LatencyBench {
    @TempDir
    Path dir;

    @Test
    void cadenceBesideAplayAtTenFifteenAndTwentyFiveMilliseconds() throws Exception {
        String report = run.cadence.latency.LatencyMatrix.fromProperties().run(dir);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "latency.txt"), report);
    }
}
