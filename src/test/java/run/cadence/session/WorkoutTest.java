package run.cadence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkoutTest {
    private static final Step WALK = new Step.Walk(Duration.ofMinutes(50), null, 1, Optional.empty());

    @Test
    void durationSumsSectionsTimesTheirRepeats() {
        Workout w = new Workout("w", "", List.of(new Section("Main", 3, List.of(WALK)), new Section("", 1,
                List.of(WALK))));
        assertEquals(Duration.ofMinutes(200), w.duration());
        assertEquals(Duration.ofMinutes(150), w.sections().get(0).duration());
        assertEquals(Duration.ofMinutes(50), w.sections().get(0).onceThrough());
    }

    @Test
    void refusesMoreThanSixHoursAndEmptyWorkouts() {
        assertEquals("workout 'w' lasts 6h40m, over the 6 hour limit", assertThrows(IllegalArgumentException.class,
                () -> new Workout("w", "", List.of(new Section("Main", 8, List.of(WALK))))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Workout("w", "", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Section("Main", 1, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Section("Main", 100, List.of(WALK)));
    }
}
