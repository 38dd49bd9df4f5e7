package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.CadenceException;

class ActivityCadenceTest {
    @TempDir
    Path dir;

    @Test
    void fitRunUsesOnlyTheTenSteadyMinutesAndDoublesTheLegCadenceWithItsFraction() {
        Activity run = new FitReader().read(FitFixtures.steadyRun(dir.resolve("run.fit")));
        ActivityCadence result = ActivityCadence.of(ActivityCadence.steadyRunning(run, null));
        assertEquals(159.0, result.stepsPerMinute(), 1e-9, "79 + 0.5 per leg is 159 steps per minute");
        assertEquals(159.0, result.lowQuartile(), 1e-9);
        assertEquals(159.0, result.highQuartile(), 1e-9);
        assertEquals(10.0, result.minutesUsed(), 1e-9, "walks and the slow cool-down jog are left out");
        assertEquals(839 / 60.0, result.minutesRecorded(), 1e-9);
        assertEquals(CadenceUnit.ONE_LEG, result.unit());
    }

    @Test
    void garminTcxLeavesOutWalkWarmUpAndPause() {
        Activity run = new TcxReader().read(Fixtures.path("garmin-run.tcx"));
        ActivityCadence result = ActivityCadence.of(ActivityCadence.steadyRunning(run, null));
        assertEquals(164.0, result.stepsPerMinute(), 1e-9);
        assertEquals(CadenceUnit.ONE_LEG, result.unit(), "values near 80 are one leg");
        // 72 + 24 points of 5 s, less the one before the auto-pause gap
        assertEquals(95 * 5 / 60.0, result.minutesUsed(), 1e-9);
        assertTrue(result.lowQuartile() >= 162 && result.highQuartile() <= 166, result.describe());
    }

    @Test
    void stravaGpxRunWithoutSpeedFieldsStillFindsTheRun() {
        Activity run = new GpxReader().read(Fixtures.path("strava-run.gpx"));
        ActivityCadence result = ActivityCadence.of(ActivityCadence.steadyRunning(run, null));
        assertEquals(170.0, result.stepsPerMinute(), 1e-9);
        assertEquals(5.0, result.minutesUsed(), 0.25);
    }

    @Test
    void valuesAlreadyInStepsPerMinuteAreNotDoubled() {
        Activity run = activity(List.of(170.0, 171.0, 169.0), 200, null);
        ActivityCadence result = ActivityCadence.of(ActivityCadence.steadyRunning(run, null));
        assertEquals(CadenceUnit.BOTH_FEET, result.unit());
        assertEquals(170.0, result.stepsPerMinute(), 1e-9);
    }

    @Test
    void theRunnerCanOverruleTheUnit() {
        Activity run = activity(List.of(170.0), 100, null);
        ActivityCadence.SteadyPoints forced = ActivityCadence.steadyRunning(run, CadenceUnit.ONE_LEG);
        assertEquals(340.0, ActivityCadence.of(forced).stepsPerMinute(), 1e-9);
    }

    @Test
    void allFilesCountEachSteadyMinuteTheSame() {
        ActivityCadence.SteadyPoints longRun = ActivityCadence.steadyRunning(activity(List.of(80.0), 600, null), null);
        ActivityCadence.SteadyPoints shortRun = ActivityCadence.steadyRunning(activity(List.of(85.0), 300, null), null);
        ActivityCadence all = ActivityCadence.overAll(List.of(shortRun, longRun));
        assertEquals(160.0, all.stepsPerMinute(), 1e-9, "two thirds of the time was at 160");
        assertEquals(160.0, all.lowQuartile(), 1e-9);
        assertEquals(170.0, all.highQuartile(), 1e-9);
        assertEquals(15.0, all.minutesUsed(), 1e-9);
        assertEquals("all files", all.source());
    }

    @Test
    void aFileWithoutCadenceIsBadInput() {
        Activity run = new TcxReader().read(Fixtures.path("no-cadence.tcx"));
        CadenceException e = assertThrows(CadenceException.class, () -> ActivityCadence.steadyRunning(run, null));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().startsWith(run.source() + ": no cadence recorded"), e.getMessage());
    }

    @Test
    void aWalkIsNoRunning() {
        Activity walk = new GpxReader().read(Fixtures.path("walk.gpx"));
        CadenceException e = assertThrows(CadenceException.class, () -> ActivityCadence.steadyRunning(walk, null));
        assertEquals(walk.source() + ": no running found (typical cadence 112 spm, running starts at 140);"
                + " measure a run, not a walk or ride", e.getMessage());
    }

    @Test
    void lessThanAMinuteOfRunningIsTooLittle() {
        Activity run = activity(List.of(82.0), 30, null);
        CadenceException e = assertThrows(CadenceException.class, () -> ActivityCadence.steadyRunning(run, null));
        assertTrue(e.getMessage().endsWith("only 0.5 min of steady running; at least 1 min is needed for a baseline"),
                e.getMessage());
    }

    /** Points a second apart cycling through the given cadences, running at 3 m/s. */
    private static Activity activity(List<Double> cadences, int seconds, CadenceUnit unit) {
        List<ActivitySample> samples = new ArrayList<>();
        for (int i = 0; i <= seconds; i++) {
            samples.add(new ActivitySample(i, cadences.get(i % cadences.size()), 3.0));
        }
        return new Activity("made-up", samples, unit);
    }
}
