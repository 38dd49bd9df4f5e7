package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StepRateTest {
    @Test
    void describesEstimateConfidenceAndSpreadToOneDecimal() {
        StepRate rate = new StepRate(163.44, 1.26, 160.05, 166.81, 40, 1, 2);
        assertEquals("163.4 spm ± 1.3 (95% confidence), middle half of steps 160.1-166.8 spm", rate.describe());
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new StepRate(0, 0, 0, 0, 10, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new StepRate(Double.NaN, 0, 0, 0, 10, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new StepRate(160, -1, 150, 170, 10, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new StepRate(160, 1, 170, 150, 10, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new StepRate(160, 1, 150, 170, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new StepRate(160, 1, 150, 170, 10, -1, 0));
    }
}
