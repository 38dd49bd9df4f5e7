package run.cadence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepTest {
    @Test
    void defaultsRunsToTheRunnersTargetWalksToTheWalkCadenceAndEffortsToSilence() {
        assertEquals(CadenceTarget.RUNNER_TARGET, new Step.Run(Duration.ofMinutes(1), null, 1, null).cadence());
        // Unwritten on a walk is not 'silent': Timeline clicks it at --walk-cadence when one is given.
        assertEquals(CadenceTarget.WALK_CADENCE, new Step.Walk(Duration.ofMinutes(1), null, 1, null).cadence());
        assertEquals(CadenceTarget.NONE,
                new Step.Effort(PerceivedEffort.HARD, Duration.ofMinutes(1), null, 1, null).cadence());
    }

    @Test
    void blankNotesAreNoNotes() {
        assertEquals(Optional.empty(), new Step.Rest(Duration.ofMinutes(1), Optional.of("   ")).note());
        assertEquals(Optional.of("glute bridge"), new Step.Rest(Duration.ofMinutes(1), Optional.of(" glute bridge ")).note());
    }

    @Test
    void strengthDurationsIncludeLeadInAndRestsBetweenOnly() {
        Step.Hold hold = new Step.Hold(10, Duration.ofSeconds(5), Duration.ofSeconds(5), Optional.empty());
        assertEquals(Duration.ofSeconds(15 + 10 * 5 + 9 * 5), hold.duration());
        Step.Reps reps = new Step.Reps(3, 30, Duration.ofSeconds(2), Duration.ofSeconds(60), Optional.empty());
        assertEquals(Duration.ofSeconds(60), reps.setLength());
        assertEquals(Duration.ofSeconds(15 + 3 * 60 + 2 * 60), reps.duration());
    }

    @Test
    void refusesZeroLengthsCountsOutOfRangeAndBadClickShares() {
        assertEquals("zero-length run step; give it a duration like 30s or 4m", assertThrows(
                IllegalArgumentException.class,
                () -> new Step.Run(Duration.ZERO, null, 1, Optional.empty())).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new Step.Hold(0, Duration.ofSeconds(5), Duration.ofSeconds(5), Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new Step.Reps(11, 10, Duration.ofSeconds(2), Duration.ofSeconds(60), Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new Step.Reps(1, 101, Duration.ofSeconds(2), Duration.ofSeconds(60), Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new Step.Walk(Duration.ofMinutes(1), null, 0, Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new Step.Walk(Duration.ofMinutes(1), null, 1.01, Optional.empty()));
        assertEquals("'click' needs a cadence on the step to click at", assertThrows(IllegalArgumentException.class,
                () -> new Step.Run(Duration.ofMinutes(1), CadenceTarget.NONE, 0.5, Optional.empty())).getMessage());
        assertEquals("'click' needs a cadence on the step to click at", assertThrows(IllegalArgumentException.class,
                () -> new Step.Walk(Duration.ofMinutes(1), null, 0.5, Optional.empty())).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Step.Run(Duration.ofMinutes(1),
                CadenceTarget.WALK_CADENCE, 1, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new Step.Effort(PerceivedEffort.EASY, Duration.ofMinutes(1),
                CadenceTarget.WALK_CADENCE, 1, Optional.empty()));
    }
}
