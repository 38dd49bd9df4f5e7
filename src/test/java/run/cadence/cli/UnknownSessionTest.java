package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unknown session name gets the same answer, with the names it may mean, from every command that takes one. */
class UnknownSessionTest {
    @TempDir
    Path dir;

    private String error(String... args) {
        CliRunner r = CliRunner.run(args);
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.out() + r.err());
        assertEquals(1, r.errLines().length, r.err());
        return r.errLines()[0];
    }

    private void sameFromEveryCommand(String typed, String expected) {
        String out = dir.resolve("w").toString();
        assertEquals(expected, error("sessions", "show", typed, "--baseline", "164"));
        assertEquals(expected, error("export", "workout", typed, "--baseline", "164", "--out", out));
        assertEquals(expected, error("run", typed, "--baseline", "164", "--out", dir.resolve("r.wav").toString()));
    }

    @Test
    void aNameThatBeginsSeveralListsThem() {
        sameFromEveryCommand("run-walk", "cadence: error: unknown session 'run-walk'; did you mean one of run-walk-1-4,"
                + " run-walk-2-3, run-walk-3-2, run-walk-4-1, run-walk-9-1?");
    }

    @Test
    void aNearMissGetsTheClosestAndABeginningOfOneGetsThatOne() {
        sameFromEveryCommand("run-walk-23", "cadence: error: unknown session 'run-walk-23'; did you mean"
                + " 'run-walk-2-3'?");
        sameFromEveryCommand("deep-water-sp", "cadence: error: unknown session 'deep-water-sp'; did you mean"
                + " 'deep-water-springboard'?");
        sameFromEveryCommand("zzz", "cadence: error: unknown session 'zzz'; 'cadence sessions' lists them");
    }
}
