package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --baseline} is held to the profile's rule by every command that takes it. {@code export workout
 * run-walk-2-3 --baseline 82} wrote 82-90 spm targets to the watch: 82 is one leg's count.
 */
class BaselineOptionTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandRefusesAOneLegBaselineWithTheSameWords() {
        String why = "Invalid value for option '--baseline': baseline 82 spm is outside 100-220 steps per minute;"
                + " count both feet for one minute of easy running; 82 looks like one leg's steps: 164 for both feet";
        List<List<String>> commands = List.of(
                List.of("export", "workout", "run-walk-2-3", "--out", dir.resolve("w").toString()),
                List.of("profile", "--data-dir", dir.resolve("data").toString()),
                List.of("play", "--duration", "1s", "--out", dir.resolve("p.wav").toString()),
                List.of("run", "run-walk-2-3", "--out", dir.resolve("r.wav").toString()),
                List.of("sessions", "show", "run-walk-2-3"));
        for (List<String> command : commands) {
            String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--baseline",
                    "82")).toArray(String[]::new);
            CliRunner r = CliRunner.run(args);
            assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), command + ": " + r.out() + r.err());
            assertEquals(1, r.errLines().length, r.err());
            assertTrue(r.errLines()[0].startsWith("cadence: error: " + why + " (see 'cadence "), r.err());
        }
        assertTrue(Files.notExists(dir.resolve("w")) && Files.notExists(dir.resolve("data"))
                && Files.notExists(dir.resolve("p.wav")), "nothing was written");
        CliRunner tooHigh = CliRunner.run("sessions", "show", "run-walk-2-3", "--baseline", "230");
        assertTrue(tooHigh.err().contains("baseline 230 spm is outside 100-220 steps per minute; count both feet for"
                + " one minute of easy running (see"), tooHigh.err());
    }
}
