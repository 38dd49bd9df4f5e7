package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunningRangeTest {
    @Test
    void runningIs140To210() {
        assertTrue(RunningRange.contains(140));
        assertTrue(RunningRange.contains(210));
        assertFalse(RunningRange.contains(139.9));
        assertFalse(RunningRange.contains(210.1));
        assertEquals("", RunningRange.doubt(165, "x"));
    }

    @Test
    void halfARunningCadenceLooksLikeOneFoot() {
        assertEquals("82.0 spm is outside the running range 140-210 spm; it looks like one foot's steps"
                + " (164.0 spm for both feet): say --feet one", RunningRange.doubt(82, "say --feet one"));
    }

    @Test
    void tooSlowForThatIsWalkingAndTooFastIsExtraSteps() {
        assertEquals("120.0 spm is outside the running range 140-210 spm; that is walking pace, measure while"
                + " running", RunningRange.doubt(120, "x"));
        assertEquals("330.0 spm is outside the running range 140-210 spm; extra taps or sounds were probably"
                + " counted as steps", RunningRange.doubt(330, "x"));
    }
}
