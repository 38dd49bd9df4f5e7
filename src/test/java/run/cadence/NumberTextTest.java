package run.cadence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberTextTest {
    @Test
    void plainDropsTheTrailingZeroAndNeverUsesAnExponent() {
        assertEquals("5", NumberText.plain(5.0));
        assertEquals("7.5", NumberText.plain(7.5));
        assertEquals("-2.5", NumberText.plain(-2.5));
        assertEquals("0", NumberText.plain(-0.0));
        assertEquals("0.00001", NumberText.plain(1e-5));
        assertEquals("172.20000000000002", NumberText.plain(164 * 1.05), "plain keeps every digit the double has");
    }

    @Test
    void roundedRoundsHalfUpThenDropsZeros() {
        assertEquals("172.2", NumberText.rounded(164 * 1.05, 1));
        assertEquals("172.3", NumberText.rounded(172.25, 1));
        assertEquals("172", NumberText.rounded(172.04, 1));
        assertEquals("0.15", NumberText.rounded(0.15, 2));
        assertEquals("0.2", NumberText.rounded(0.15, 1), "0.15 is read as written, not as its binary 0.1499...");
        assertEquals("40", NumberText.rounded(40, 6));
    }

    @Test
    void aPercentAboveIsTheOneFormula() {
        assertEquals(new Cadence(172.2).stepsPerMinute(), new Cadence(164).plusPercent(5).stepsPerMinute(), 1e-9);
        assertEquals(164 * 1.05, Cadence.percentAbove(164, 5));
        assertEquals(new Cadence(164).plusPercent(5), CadenceIncrease.parse("5%").apply(new Cadence(164)));
    }
}
