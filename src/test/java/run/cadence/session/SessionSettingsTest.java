package run.cadence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;

class SessionSettingsTest {
    @Test
    void targetIsBaselinePlusIncreaseWhenABaselineIsKnown() {
        assertEquals(164 * 1.075, new SessionSettings(Optional.of(new Cadence(164)), new CadenceIncrease.Percent(7.5),
                Optional.empty()).target().orElseThrow().stepsPerMinute(), 1e-9);
        assertEquals(Optional.empty(), SessionSettings.NO_BASELINE.target());
    }

    @Test
    void nullsMeanTheDefaults() {
        SessionSettings s = new SessionSettings(null, null, null);
        assertEquals(CadenceIncrease.DEFAULT, s.increase());
        assertEquals(Optional.empty(), s.baseline());
        assertEquals(Optional.empty(), s.walkCadence());
    }
}
