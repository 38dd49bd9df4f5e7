package run.cadence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        CadenceException over = assertThrows(CadenceException.class, () -> new SessionSettings(
                Optional.of(new Cadence(240)), CadenceIncrease.DEFAULT, Optional.empty()));
        assertEquals(CadenceException.Kind.BAD_INPUT, over.kind());
        assertEquals("--baseline 240 +5% gives 252 spm, over 250; lower --increase or --baseline", over.getMessage());
        assertEquals("--baseline 45 -20% gives 36 spm, under 40; raise --increase or --baseline",
                assertThrows(CadenceException.class, () -> new SessionSettings(Optional.of(new Cadence(45)),
                        new CadenceIncrease.Percent(-20), Optional.empty())).getMessage());
        assertEquals("--baseline 230.5 +40 spm gives 270.5 spm, over 250; lower --increase or --baseline",
                assertThrows(CadenceException.class, () -> new SessionSettings(Optional.of(new Cadence(230.5)),
                        new CadenceIncrease.Absolute(40), Optional.empty())).getMessage());
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
