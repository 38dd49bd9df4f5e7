package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        assertEquals(walk.source() + ": no running found in a walking activity (typical cadence 112 spm, running starts at 140);"
                + " measure a run, not a walk or ride", e.getMessage());
    }

    @Test
    void lessThanAMinuteOfRunningIsTooLittle() {
        Activity run = activity(List.of(82.0), 30, null);
        CadenceException e = assertThrows(CadenceException.class, () -> ActivityCadence.steadyRunning(run, null));
        assertTrue(e.getMessage().endsWith("only 0.5 min of steady running (typical cadence 164 spm); at least 1 min is"
                + " needed for a baseline"), e.getMessage());
    }

    /**
     * Garmin's "smart recording" as a GPX export: a point every 15 s over 50 min of running at 82 per leg and
     * 3 m/s, with a 2-minute stop (no way covered) halfway.
     */
    private Path smartRecordingGpx() throws IOException {
        StringBuilder gpx = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<gpx version=\"1.1\" creator=\"Garmin Connect\" xmlns=\"http://www.topografix.com/GPX/1/1\""
                + " xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\"><trk><trkseg>\n");
        Instant start = Instant.parse("2026-11-20T07:00:00Z");
        double metresPerDegree = 111_195;
        double north = 0;
        for (int i = 0; i <= 201; i++) {
            boolean afterStop = i > 100;
            long seconds = i * 15L + (afterStop ? 120 - 15 : 0);
            if (i > 0 && i != 101) {
                north += 3.0 * 15;
            }
            gpx.append(String.format(Locale.ROOT, "<trkpt lat=\"%.7f\" lon=\"4.8951914\"><time>%s</time>"
                    + "<extensions><gpxtpx:TrackPointExtension><gpxtpx:cad>82</gpxtpx:cad>"
                    + "</gpxtpx:TrackPointExtension></extensions></trkpt>\n",
                    52.37 + north / metresPerDegree, start.plusSeconds(seconds)));
        }
        gpx.append("</trkseg></trk></gpx>\n");
        return Files.writeString(dir.resolve("smart.gpx"), gpx.toString());
    }

    @Test
    void smartRecordingEveryFifteenSecondsIsRunningAndItsStopIsLeftOut() throws IOException {
        Activity run = new GpxReader().read(smartRecordingGpx());
        ActivityCadence result = ActivityCadence.of(ActivityCadence.steadyRunning(run, null));
        assertEquals(164.0, result.stepsPerMinute(), 1e-9);
        assertEquals(52.0, result.minutesRecorded(), 1e-9);
        // 200 gaps of 15 s count in full, as the distance shows running; the stop counts nothing, and the
        // three points either side of it are left out as slower than steady (their speed window spans it).
        assertEquals((200 - 5) * 15 / 60.0, result.minutesUsed(), 1e-9);
    }

    @Test
    void sparsePointsWithoutDistanceCountForAtMostTheLongestShortGap() {
        List<ActivitySample> samples = new ArrayList<>();
        for (int i = 0; i <= 80; i++) {
            samples.add(new ActivitySample(i * 15, 84, Double.NaN));
        }
        ActivityCadence result = ActivityCadence.of(ActivityCadence.steadyRunning(
                Activity.of("treadmill", Instant.EPOCH, Sport.UNKNOWN, samples, null), null));
        assertEquals(168.0, result.stepsPerMinute(), 1e-9);
        assertEquals(80 * StepPoints.MAX_GAP_SECONDS / 60, result.minutesUsed(), 1e-9,
                "nothing tells running on from an auto-pause, so each gap counts as a short one");
    }

    @Test
    void aLongGapCountsInFullOnlyUpToTheCapWhenTheWayCoveredShowsRunning() {
        List<ActivitySample> samples = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            // Points 90 s apart at 3 m/s: a GPS dropout while running.
            samples.add(new ActivitySample(i * 90, 82, 3.0, i * 270.0));
        }
        ActivityCadence result = ActivityCadence.of(ActivityCadence.steadyRunning(
                Activity.of("dropouts", Instant.EPOCH, Sport.UNKNOWN, samples, null), null));
        assertEquals(20 * StepPoints.MAX_MOVING_GAP_SECONDS / 60, result.minutesUsed(), 1e-9);
    }

    @Test
    void stepsAtBikeSpeedAreARideWhateverTheFileSays() {
        List<ActivitySample> samples = new ArrayList<>();
        for (int i = 0; i <= 600; i++) {
            samples.add(new ActivitySample(i, 86, 8.0, i * 8.0));
        }
        Activity ride = Activity.of("urban-biker.gpx", Instant.EPOCH, Sport.UNKNOWN, samples, null);
        CadenceException e = assertThrows(CadenceException.class, () -> ActivityCadence.steadyRunning(ride, null));
        assertEquals("urban-biker.gpx: its steps move at 29 km/h, faster than any runner: a ride, not a run; cadence"
                + " is measured on runs only", e.getMessage());
    }

    @Test
    void aTreadmillRecordingIgnoresTheSpeedItHas() {
        List<ActivitySample> samples = new ArrayList<>();
        for (int i = 0; i <= 600; i++) {
            // The wrist guesses a pace that dips to 1 m/s every third second on a steady belt.
            samples.add(new ActivitySample(i, 85, i % 3 == 0 ? 1.0 : 3.0));
        }
        Sport treadmill = new Sport(Sport.Kind.RUNNING, "treadmill running", true);
        ActivityCadence c = ActivityCadence.of(ActivityCadence.steadyRunning(
                Activity.of("treadmill.fit", Instant.EPOCH, treadmill, samples, CadenceUnit.ONE_LEG), null));
        assertEquals(10.0, c.minutesUsed(), 1e-9);
        ActivityCadence outdoors = ActivityCadence.of(ActivityCadence.steadyRunning(
                Activity.of("road.fit", Instant.EPOCH, Sport.UNKNOWN, samples, CadenceUnit.ONE_LEG), null));
        assertEquals(400 / 60.0, outdoors.minutesUsed(), 1e-9, "outdoors the slow third is left out as not steady");
    }

    /** Points a second apart cycling through the given cadences, running at 3 m/s. */
    private static Activity activity(List<Double> cadences, int seconds, CadenceUnit unit) {
        List<ActivitySample> samples = new ArrayList<>();
        for (int i = 0; i <= seconds; i++) {
            samples.add(new ActivitySample(i, cadences.get(i % cadences.size()), 3.0));
        }
        return Activity.of("made-up", Instant.EPOCH, Sport.UNKNOWN, samples, unit);
    }
}
