package run.cadence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SegmentKindTest {
    @Test
    void intensitiesMapToTheirKinds() {
        assertEquals(SegmentKind.EASY, SegmentKind.of(PerceivedEffort.EASY));
        assertEquals(SegmentKind.MEDIUM, SegmentKind.of(PerceivedEffort.MEDIUM));
        assertEquals(SegmentKind.HARD, SegmentKind.of(PerceivedEffort.HARD));
        assertEquals(SegmentKind.SPRINT, SegmentKind.of(PerceivedEffort.SPRINT));
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
