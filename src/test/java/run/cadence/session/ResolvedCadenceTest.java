package run.cadence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import run.cadence.Cadence;

class ResolvedCadenceTest {
    @Test
    void rampIsLinearInTimeAndClamped() {
        ResolvedCadence ramp = new ResolvedCadence.Ramp(new Cadence(166), new Cadence(172));
        assertEquals(166, ramp.spmAt(0));
        assertEquals(169, ramp.spmAt(0.5));
        assertEquals(172, ramp.spmAt(1));
        assertEquals(172, ramp.spmAt(2));
        assertEquals("166-172 spm", ramp.describe());
    }

    @Test
    void steadyAndSilent() {
        assertEquals(172.2, new ResolvedCadence.Steady(new Cadence(172.2)).spmAt(0.7));
        assertEquals("172.2 spm", new ResolvedCadence.Steady(new Cadence(172.2)).describe());
        assertEquals(0, ResolvedCadence.SILENT.spmAt(0.5));
        assertEquals("-", ResolvedCadence.SILENT.describe());
    }
}
