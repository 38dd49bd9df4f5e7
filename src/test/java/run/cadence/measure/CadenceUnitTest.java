package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CadenceUnitTest {
    @Test
    void oneLegIsDoubledBothFeetIsNot() {
        assertEquals(159.0, CadenceUnit.ONE_LEG.toStepsPerMinute(79.5), 1e-12);
        assertEquals(159.0, CadenceUnit.BOTH_FEET.toStepsPerMinute(159), 1e-12);
    }

    @Test
    void typicalValuesBelow110AreOneLeg() {
        assertEquals(CadenceUnit.ONE_LEG, CadenceUnit.guess(55), "one-leg walking");
        assertEquals(CadenceUnit.ONE_LEG, CadenceUnit.guess(105), "one-leg sprinting");
        assertEquals(CadenceUnit.ONE_LEG, CadenceUnit.guess(109.9));
        assertEquals(CadenceUnit.BOTH_FEET, CadenceUnit.guess(110));
        assertEquals(CadenceUnit.BOTH_FEET, CadenceUnit.guess(168));
    }
}
