package run.cadence.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import run.cadence.Cadence;

class PlannedSessionTest {
    private final PlannedSession flat23 = new PlannedSession(10, Stage.FLAT_WALK_RUN, Terrain.FLAT, Intensity.EASY,
            2.5, 2, 3, 6, 50);

    @Test
    void workoutTextIsTheProjectFormat() {
        assertEquals("# Stage 3: flat walk-run 2/3 x6\n"
                + "Warmup\n"
                + "- 5m walk\n"
                + "Main set 6x\n"
                + "- 3m run +2.5% click 50% \"flat ground\"\n"
                + "- 2m walk\n"
                + "Cooldown\n"
                + "- 5m walk\n", flat23.workoutText());
    }

    @Test
    void fullClicksAreNotWrittenAndContinuousRunsAreOneStep() {
        PlannedSession thirty = new PlannedSession(22, Stage.FLAT_CONTINUOUS, Terrain.FLAT, Intensity.STRIDES, 5, 0,
                15, 2, 100);
        assertEquals("# Stage 4: 30 min continuous run, flat, then 4 strides\n"
                + "Warmup\n- 5m walk\n"
                + "Main set\n- 30m run +5% \"flat ground\"\n"
                + "# strides: quick light steps, not a sprint\n"
                + "Main set 4x\n- 20s hard \"stride\"\n- 1m40s walk\n"
                + "Cooldown\n- 5m walk\n", thirty.workoutText());
    }

    @Test
    void aCadenceCheckRunsSilent() {
        assertEquals("- 3m run silent \"flat ground\"", flat23.withClickPercent(0).workoutText().split("\n")[4]);
    }

    @Test
    void timesAndRunningMinutes() {
        assertEquals((5 + 30 + 5) * 60, flat23.totalSeconds());
        assertEquals(18.0, flat23.runningMinutes(), 1e-9);
        // 5 min warm-up walk, then 3 min run: stopping at 7 min means 2 min of running.
        assertEquals(120, flat23.runningSecondsWithin(7 * 60));
        assertEquals(180, flat23.runningSecondsWithin(10 * 60));
        assertEquals(0, flat23.runningSecondsWithin(60));
    }

    @Test
    void targetCadenceKeepsFractions() {
        assertEquals(168.1, flat23.targetCadence(new Cadence(164)).stepsPerMinute(), 1e-9);
    }

    @Test
    void changesAreNamedInPlainWords() {
        PlannedSession more = new PlannedSession(11, Stage.FLAT_WALK_RUN, Terrain.FLAT, Intensity.EASY, 2.5, 2, 4, 6,
                50);
        assertEquals(List.of(LoadVariable.RUN_INTERVAL), more.changesFrom(flat23));
        assertEquals("run interval 3 min → 4 min", more.describeChangeFrom(flat23));
        PlannedSession hills = new PlannedSession(11, Stage.ROLLING_HILLS, Terrain.ROLLING_HILLS, Intensity.EASY, 2.5,
                2, 3, 6, 100);
        assertEquals("surface flat → rolling hills, stage 3 → 5 (rolling hills at an easy, even pace)",
                hills.describeChangeFrom(flat23));
    }

    @Test
    void invalidSessionsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new PlannedSession(0, Stage.FLAT_WALK_RUN, Terrain.FLAT, Intensity.EASY, 5, 0, 0, 1, 100));
        assertThrows(IllegalArgumentException.class,
                () -> new PlannedSession(0, Stage.FLAT_WALK_RUN, Terrain.FLAT, Intensity.EASY, 11, 1, 1, 1, 100));
        assertThrows(IllegalArgumentException.class,
                () -> new PlannedSession(0, Stage.FLAT_WALK_RUN, Terrain.FLAT, Intensity.EASY, 5, 1, 1, 1, 101));
    }

    @org.junit.jupiter.api.Test
    void durationsAreWrittenInTheWorkoutFormat() {
        org.junit.jupiter.api.Assertions.assertEquals("20s", PlannedSession.duration(20));
        org.junit.jupiter.api.Assertions.assertEquals("1m40s", PlannedSession.duration(100));
        org.junit.jupiter.api.Assertions.assertEquals("1m", PlannedSession.duration(60));
        org.junit.jupiter.api.Assertions.assertEquals("2m", PlannedSession.duration(120));
        Program p = Program.rampingTo(5);
        String intervals = p.level(p.lastLevel()).workoutText();
        org.junit.jupiter.api.Assertions.assertTrue(intervals.contains("Main set 5x\n- 1m hard\n- 2m walk\n"), intervals);
    }
}
