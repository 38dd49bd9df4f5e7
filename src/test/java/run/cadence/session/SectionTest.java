package run.cadence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SectionTest {
    private static final Step RUN = new Step.Run(Duration.ofMinutes(2), null, 1, Optional.empty());
    private static final Step WALK = new Step.Walk(Duration.ofMinutes(3), null, 1, Optional.empty());

    @Test
    void durationIsOnePassTimesTheRepeats() {
        Section s = new Section(" Main set ", 4, List.of(RUN, WALK));
        assertEquals("Main set", s.name());
        assertEquals(Duration.ofMinutes(5), s.onceThrough());
        assertEquals(Duration.ofMinutes(20), s.duration());
    }

    @Test
    void keepsItsOwnCopyOfTheSteps() {
        List<Step> steps = new ArrayList<>(List.of(RUN));
        Section s = new Section("Main", 1, steps);
        steps.add(WALK);
        assertEquals(1, s.steps().size());
    }

    @Test
    void refusesNoStepsAndRepeatsOutsideOneToNinetyNine() {
        assertThrows(IllegalArgumentException.class, () -> new Section("Main", 1, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Section("Main", 0, List.of(RUN)));
        assertEquals("repeat count 100 is outside 1-99", assertThrows(IllegalArgumentException.class,
                () -> new Section("Main", 100, List.of(RUN))).getMessage());
    }
}
