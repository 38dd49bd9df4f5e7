package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import run.cadence.session.SessionLibrary;

class SessionsCommandTest {
    @Test
    void listsEveryBuiltInSessionWithItsLengthAndDescription() {
        CliRunner r = CliRunner.run("sessions");
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().split("\\R");
        assertEquals(SessionLibrary.NAMES.size(), lines.length);
        assertTrue(lines[0].matches("uphill-walk-30 +40m  Uphill treadmill walk: .*"), lines[0]);
        assertTrue(r.out().contains("run-walk-2-3                    30m  Flat run-walk: 4 x (run 2 min, walk 3 min)"),
                r.out());
        assertTrue(r.out().contains("deep-water-pyramid            1h17m  Deep-water running pyramid"), r.out());
    }
}
