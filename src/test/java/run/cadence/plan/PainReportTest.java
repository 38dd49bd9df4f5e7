package run.cadence.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PainReportTest {
    @Test
    void scaleIsZeroToTen() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PainReport(11, 0, null, false, null));
        assertEquals("pain during 11 is outside the 0-10 scale (0 none, 10 worst imaginable)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PainReport(0, -1, null, false, null));
        assertThrows(IllegalArgumentException.class, () -> new PainReport(0, 0, 12, false, null));
    }

    @Test
    void worseNextMorningComparesWithAfter() {
        assertTrue(new PainReport(1, 2, 3, false, null).worseNextMorning());
        assertFalse(new PainReport(5, 2, 2, false, null).worseNextMorning());
        assertFalse(new PainReport(1, 2, null, false, null).worseNextMorning());
        assertEquals(5, new PainReport(5, 2, 2, false, null).worst());
    }

    @Test
    void describesInWords() {
        assertEquals("pain 2/10 during, 1/10 after, 0/10 next morning, limping",
                new PainReport(2, 1, 0, true, "  ").describe());
        assertEquals(null, new PainReport(2, 1, 0, true, "  ").note());
    }
}
