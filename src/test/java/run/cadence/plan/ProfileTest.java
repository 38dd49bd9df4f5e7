package run.cadence.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;

class ProfileTest {
    @Test
    void baselineMustBeARunningCadence() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Profile.startingWith(new Cadence(99), "x"));
        assertTrue(e.getMessage().startsWith("baseline 99 spm is outside 100-220"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Profile.startingWith(new Cadence(221), "x"));
        Profile.startingWith(new Cadence(100), "x");
        Profile.startingWith(new Cadence(220), "x");
    }

    @Test
    void increaseIsAboveZeroAndAtMostTenPercent() {
        Profile p = Profile.startingWith(new Cadence(160), "x");
        assertThrows(IllegalArgumentException.class, () -> p.withIncrease(new CadenceIncrease.Percent(12)));
        assertThrows(IllegalArgumentException.class, () -> p.withIncrease(new CadenceIncrease.Percent(0)));
        assertThrows(IllegalArgumentException.class, () -> p.withIncrease(new CadenceIncrease.Absolute(17)));
        assertEquals(5.0, p.withIncrease(new CadenceIncrease.Absolute(8)).increasePercent(), 1e-9);
        assertEquals(168.0, p.target().stepsPerMinute(), 1e-9);
    }
}
