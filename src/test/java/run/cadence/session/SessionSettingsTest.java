package run.cadence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.cadence.Cadence;
import run.cadence.CadenceException;
import run.cadence.CadenceIncrease;

class SessionSettingsTest {
    @Test
    void targetIsBaselinePlusIncreaseWhenABaselineIsKnown() {
        assertEquals(164 * 1.075, new SessionSettings(Optional.of(new Cadence(164)), new CadenceIncrease.Percent(7.5),
                Optional.empty()).target().orElseThrow().stepsPerMinute(), 1e-9);
        assertEquals(Optional.empty(), SessionSettings.NO_BASELINE.target());
    }

    @Test
    void aTargetOutsideTheMetronomesRangeIsRefusedWithWhereItCameFrom() {
        CadenceProblem.TargetOutOfRange over = assertThrows(CadenceProblem.TargetOutOfRange.class,
                () -> new SessionSettings(Optional.of(new Cadence(240)), CadenceIncrease.DEFAULT, Optional.empty()));
        assertEquals(CadenceException.Kind.BAD_INPUT, over.kind());
        assertEquals(new Cadence(240), over.baseline());
        assertEquals(CadenceIncrease.DEFAULT, over.increase());
        assertEquals(252, over.targetSpm(), 1e-9);
        assertTrue(over.over());
        CadenceProblem.TargetOutOfRange under = assertThrows(CadenceProblem.TargetOutOfRange.class,
                () -> new SessionSettings(Optional.of(new Cadence(45)), new CadenceIncrease.Percent(-20),
                        Optional.empty()));
        assertEquals(36, under.targetSpm(), 1e-9);
        assertFalse(under.over());
        assertEquals(270.5, assertThrows(CadenceProblem.TargetOutOfRange.class,
                () -> new SessionSettings(Optional.of(new Cadence(230.5)), new CadenceIncrease.Absolute(40),
                        Optional.empty())).targetSpm(), 1e-9);
        // The edge itself is a valid target.
        assertEquals(250, new SessionSettings(Optional.of(new Cadence(210)), new CadenceIncrease.Absolute(40),
                Optional.empty()).target().orElseThrow().stepsPerMinute());
    }

    @Test
    void nullsMeanTheDefaults() {
        SessionSettings s = new SessionSettings(null, null, null);
        assertEquals(CadenceIncrease.DEFAULT, s.increase());
        assertEquals(Optional.empty(), s.baseline());
        assertEquals(Optional.empty(), s.walkCadence());
    }
}
