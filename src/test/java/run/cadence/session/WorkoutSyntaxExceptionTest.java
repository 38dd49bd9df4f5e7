package run.cadence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import run.cadence.CadenceException;

class WorkoutSyntaxExceptionTest {
    @Test
    void messageIsFileLineColumnThenTheProblemAndExitCodeIsTwo() {
        WorkoutSyntaxException e = new WorkoutSyntaxException("morning.workout", 3, 9,
                "expected a duration like 30s, 4m or 1m30s, found '5x'");
        assertEquals("morning.workout:3:9: expected a duration like 30s, 4m or 1m30s, found '5x'", e.getMessage());
        assertEquals("morning.workout", e.source());
        assertEquals(3, e.line());
        assertEquals(9, e.column());
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals(2, run.cadence.cli.ExitCodes.of(e.kind()));
    }
}
