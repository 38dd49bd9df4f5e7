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
    void aBlankNoteIsNone() {
        assertEquals(null, new PainReport(2, 1, 0, true, "  ").note());
    }

    /** The pair: 0/0/1 is a mild flare (one level back at most), 5/5/4 pain that settled (hold). */
    @Test
    void flaresAreClassifiedBySeverity() {
        assertEquals(FlareCause.MORNING_WORSE, FlareCause.of(new PainReport(0, 0, 1, false, null), false).get());
        assertEquals(FlareCause.MORNING_NOT_SETTLED, FlareCause.of(new PainReport(5, 5, 4, false, null), false).get());
        assertEquals(FlareCause.PAIN_FOUR_TO_FIVE, FlareCause.of(new PainReport(5, 4, 3, false, null), false).get());
        assertEquals(FlareCause.MORNING_WORSE, FlareCause.of(new PainReport(1, 1, 3, false, null), false).get());
        assertEquals(FlareCause.MORNING_CLEARLY_WORSE, FlareCause.of(new PainReport(2, 2, 4, false, null), false).get());
        assertEquals(FlareCause.MORNING_WORSE, FlareCause.of(new PainReport(0, 0, 3, false, null), false).get(),
                "a morning of 3 is inside the gate: mild, never more than pain that stays at 4-5");
        assertEquals(FlareCause.PAIN_ABOVE_FIVE, FlareCause.of(new PainReport(6, 2, 0, false, null), false).get());
        assertEquals(FlareCause.MORNING_ABOVE_FIVE, FlareCause.of(new PainReport(5, 5, 6, false, null), false).get());
        assertEquals(FlareCause.LIMP, FlareCause.of(new PainReport(1, 1, 0, true, null), false).get());
        assertEquals(FlareCause.STOPPED_FOR_PAIN, FlareCause.of(null, true).get());
        assertTrue(FlareCause.of(new PainReport(3, 3, 3, false, null), false).isEmpty());
        assertTrue(FlareCause.of(new PainReport(3, 2, null, false, null), false).isEmpty());
        assertFalse(FlareCause.MORNING_WORSE.severe());
        assertTrue(FlareCause.MORNING_WORSE.needsSettledCheck());
        assertFalse(FlareCause.PAIN_FOUR_TO_FIVE.needsSettledCheck(), "4-5 settled by the morning report");
        assertFalse(FlareCause.MORNING_CLEARLY_WORSE.severe(),
                "judged by where the morning ends: 2/2/4 must not weigh more than 5/5/5, which is mild");
        assertEquals(FlareCause.MORNING_NOT_SETTLED.severe(), FlareCause.MORNING_CLEARLY_WORSE.severe());
        assertTrue(FlareCause.MORNING_CLEARLY_WORSE.needsSettledCheck());
        assertTrue(FlareCause.MORNING_ABOVE_FIVE.severe(), "a morning above 5 stays severe, however it got there");
    }
}
