package run.cadence.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.cadence.Cadence;
import run.cadence.session.Timeline;
import run.cadence.session.WorkoutWriter;

class PlannedSessionTest {
    private final PlannedSession flat32 = new PlannedSession(10, Stage.FLAT_WALK_RUN, Terrain.FLAT, Intensity.EASY,
            2.5, 2, 3, 6, 50);

    @Test
    void theWorkoutIsBuiltAsAModelAndReadsAsTheProjectFormat() {
        assertEquals("Warmup\n"
                + "- 5m walk \"" + PlannedSession.STOP_RULE + "\"\n"
                + "Main set 6x\n"
                + "- 3m run +2.5% click 50% \"flat ground\"\n"
                + "- 2m walk\n"
                + "Cooldown\n"
                + "- 5m walk\n", WorkoutWriter.write(flat32.workout()));
    }

    @Test
    void continuousRunsAreOneStepAndStridesRunWithoutClicks() {
        PlannedSession thirty = new PlannedSession(22, Stage.SPEED, Terrain.FLAT, Intensity.STRIDES, 5, 0,
                30, 1, 100);
        assertEquals("Warmup\n- 5m walk \"" + PlannedSession.STOP_RULE + "\"\n"
                + "Main set\n- 30m run +5% \"flat ground\"\n"
                + "Strides 4x\n- 20s run silent \"stride: quick, light and relaxed\"\n- 1m40s walk\n"
                + "Cooldown\n- 5m walk\n", WorkoutWriter.write(thirty.workout()));
    }

    @Test
    void aCadenceCheckRunsSilentAndWalkingHasNoStopRule() {
        assertEquals("- 3m run silent \"flat ground\"",
                WorkoutWriter.write(flat32.withClickPercent(0).workout()).split("\n")[3]);
        PlannedSession walk = Program.rampingTo(5).level(1);
        assertEquals("- 5m walk \"easy pace on the flat\"", WorkoutWriter.write(walk.workout()).split("\n")[1]);
    }

    @Test
    void timesRunningAndLoadComeFromTheTimeline() {
        assertEquals((5 + 30 + 5) * 60, flat32.totalSeconds());
        assertEquals(18.0, flat32.runningMinutes(), 1e-9);
        assertEquals(22.0, flat32.walkingMinutes(), 1e-9);
        assertEquals(22 + 3 * 18, flat32.load(), 1e-9);
        Timeline t = flat32.timeline(new Cadence(164));
        assertEquals(Duration.ofSeconds(flat32.totalSeconds()), t.total());
        assertEquals(Duration.ofMinutes(18), t.runningTime());
        // 5 min warm-up walk, then 3 min run: stopping at 7 min means 2 min of running.
        assertEquals(Duration.ofMinutes(2), t.runningTimeUntil(Duration.ofMinutes(7)));
        for (PlannedSession s : Program.rampingTo(10).levels()) {
            Timeline each = s.timeline(new Cadence(164));
            assertEquals(s.totalSeconds(), each.total().toSeconds(), s.toString());
            assertEquals(s.runningMinutes() * 60, each.runningTime().toSeconds(), 1e-9, s.toString());
        }
    }

    @Test
    void targetCadenceKeepsFractions() {
        assertEquals(168.1, flat32.targetCadence(new Cadence(164)).stepsPerMinute(), 1e-9);
    }

    @Test
    void changesAreTheVariablesThatMoved() {
        PlannedSession more = new PlannedSession(11, Stage.FLAT_WALK_RUN, Terrain.FLAT, Intensity.EASY, 2.5, 2, 4, 6,
                50);
        assertEquals(List.of(LoadVariable.RUNNING), more.changesFrom(flat32));
        assertEquals(List.of(LoadVariable.RUNNING), more.harderThan(flat32));
        assertEquals(List.of(), flat32.harderThan(more));
        PlannedSession walk45 = Program.rampingTo(5).level(2);
        PlannedSession firstJog = Program.rampingTo(5).level(3);
        assertEquals(List.of(LoadVariable.RUNNING, LoadVariable.WALKING), firstJog.changesFrom(walk45));
        assertEquals(List.of(LoadVariable.RUNNING), firstJog.harderThan(walk45), "walking gives way to running");
    }

    @Test
    void invalidSessionsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new PlannedSession(0, Stage.FLAT_WALK_RUN, Terrain.FLAT, Intensity.EASY, 5, 0, 0, 1, 100));
        assertThrows(IllegalArgumentException.class,
                () -> new PlannedSession(0, Stage.FLAT_WALK_RUN, Terrain.FLAT, Intensity.EASY, 11, 1, 1, 1, 100));
        assertThrows(IllegalArgumentException.class,
                () -> new PlannedSession(0, Stage.FLAT_WALK_RUN, Terrain.FLAT, Intensity.EASY, 5, 1, 1, 1, 101));
        assertThrows(IllegalArgumentException.class,
                () -> new PlannedSession(0, Stage.SPEED, Terrain.FLAT, Intensity.STRIDES, 5, 30, 0, 1, 100));
    }
}
