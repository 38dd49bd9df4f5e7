package run.cadence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SegmentKindTest {
    @Test
    void intensitiesMapToTheirKinds() {
        assertEquals(SegmentKind.EASY, SegmentKind.of(Intensity.EASY));
        assertEquals(SegmentKind.MEDIUM, SegmentKind.of(Intensity.MEDIUM));
        assertEquals(SegmentKind.HARD, SegmentKind.of(Intensity.HARD));
        assertEquals(SegmentKind.SPRINT, SegmentKind.of(Intensity.SPRINT));
    }

    @Test
    void strengthKindsAreMarkedAndNamed() {
        assertTrue(SegmentKind.GET_READY.strength());
        assertTrue(SegmentKind.SET_REST.strength());
        assertFalse(SegmentKind.RUN.strength());
        assertFalse(SegmentKind.REST.strength());
        assertEquals("Get ready", SegmentKind.GET_READY.word());
        assertEquals("Rest", SegmentKind.HOLD_REST.word());
    }
}
