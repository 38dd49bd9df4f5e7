package run.cadence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import run.cadence.Cadence;

class CadenceTargetTest {
    @Test
    void describesItselfAsWorkoutText() {
        assertEquals("172.5spm", new CadenceTarget.Fixed(new Cadence(172.5)).describe());
        assertEquals("+7.5%", new CadenceTarget.Relative(7.5).describe());
        assertEquals("-3%", new CadenceTarget.Relative(-3).describe());
        assertEquals("baseline", new CadenceTarget.Relative(0).describe());
        assertEquals("166-172spm", new CadenceTarget.Ramp(new Cadence(166), new Cadence(172)).describe());
        assertEquals("target", CadenceTarget.RUNNER_TARGET.describe());
        assertEquals("silent", CadenceTarget.NONE.describe());
    }

    @Test
    void refusesRelativeTargetsBeyondTwentyPercentAndFlatRamps() {
        assertEquals("cadence 25% is outside -20%..+20% of your baseline",
                assertThrows(IllegalArgumentException.class, () -> new CadenceTarget.Relative(25)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CadenceTarget.Relative(Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> new CadenceTarget.Ramp(new Cadence(170), new Cadence(170)));
        assertThrows(IllegalArgumentException.class, () -> new CadenceTarget.Fixed(null));
    }
}
