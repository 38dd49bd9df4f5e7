package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.measure.FitFixtures;

/** An exported FIT workout reads back where a session is named: it was "not UTF-8 text" to sessions show. */
class FitWorkoutArgumentTest {
    @TempDir
    Path dir;

    @Test
    void sessionsShowAndRunTakeAFitWorkout() {
        Path out = dir.resolve("watch");
        assertEquals(0, CliRunner.run("export", "workout", "run-walk-2-3", "--baseline", "164", "--out",
                out.toString()).exitCode());
        Path fit = out.resolve("run-walk-2-3.fit");
        CliRunner shown = CliRunner.run("sessions", "show", fit.toString());
        assertEquals(0, shown.exitCode(), shown.err());
        assertTrue(shown.out().startsWith("run-walk-2-3: run-walk-2-3: Flat run-walk: 4 x (run 2 min, walk 3 min) (runs"
                + " 172 spm, alert outside 168-176 spm)\ntotal 30m"), shown.out());
        assertTrue(shown.out().contains("Main set 1/4: run"), shown.out());
        CliRunner run = CliRunner.run("run", fit.toString(), "--out", dir.resolve("s.wav").toString(),
                "--no-voice");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aFitActivityIsNoWorkout() {
        Path activity = FitFixtures.steadyRun(dir.resolve("run.fit"));
        CliRunner r = CliRunner.run("sessions", "show", activity.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("cadence: error: " + activity + ": a FIT activity file, not a workout", r.errLines()[0]);
    }
}
