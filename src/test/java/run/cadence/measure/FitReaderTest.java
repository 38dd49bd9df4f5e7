package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.garmin.fit.FileEncoder;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.SubSport;
import com.garmin.fit.WorkoutMesg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.CadenceException;

class FitReaderTest {
    private static final Instant START = Instant.parse("2024-05-03T07:00:00Z");

    @TempDir
    Path dir;

    @Test
    void readsPerLegCadenceWithItsFractionTheRecordTimesAndTheAbsoluteStart() {
        Path fit = FitFixtures.create(dir.resolve("run.fit"))
                .seconds(3, 79, 0.5f, 2.7f)
                .pause(30)
                .seconds(1, 80, null, 2.8f)
                .close();
        Activity activity = new FitReader().read(fit);
        assertEquals(CadenceUnit.ONE_LEG, activity.declaredUnit());
        assertEquals(START, activity.start());
        assertEquals(4, activity.size());
        assertEquals(0, activity.seconds(0));
        assertEquals(79.5, activity.rawCadence(0), 1e-9);
        assertEquals(2.7, activity.speed(0), 1e-3);
        assertEquals(33, activity.seconds(3));
        assertEquals(START.plusSeconds(33), activity.timeOf(3));
        assertEquals(80, activity.rawCadence(3));
        assertEquals(Sport.Kind.UNKNOWN, activity.sport().kind(), "no session: the file does not say");
    }

    /**
     * GoldenCheetah's FR55-CoreTemp-Walk.fit: a Forerunner 55 writes enhanced_speed as an array of two; read as one
     * 8-byte number its steps "moved at 16304554853 km/h" and the run was refused as a ride.
     */
    @Test
    void aForerunner55sSpeedArraysAreReadAsTheirFirstValueNotAsARide() {
        Path fit = FitFixtures.create(dir.resolve("fr55.fit")).speedAsArrays()
                .leg(com.garmin.fit.Sport.RUNNING, SubSport.GENERIC)
                .seconds(600, 82, 0f, 2.9f).close();
        Activity activity = new FitReader().read(fit);
        assertEquals(2.9, activity.speed(0), 1e-3);
        ActivityCadence c = ActivityCadence.of(ActivityCadence.steadyRunning(activity, null));
        assertEquals(164.0, c.stepsPerMinute(), 1e-9);
    }

    @Test
    void aRecordWithoutCadenceHasNone() {
        Path fit = FitFixtures.create(dir.resolve("nocad.fit")).seconds(2, null, null, 2.5f).close();
        assertTrue(new FitReader().read(fit).samples().stream().noneMatch(ActivitySample::hasCadence));
    }

    @Test
    void aTriathlonGivesItsRunLegOnlyAtTheRunsOwnCadence() {
        Activity run = new FitReader().read(FitFixtures.triathlon(dir.resolve("tri.fit")));
        assertEquals(1200, run.size());
        assertEquals(START.plusSeconds(900 + 120 + 2400 + 60), run.start());
        assertEquals(Sport.Kind.RUNNING, run.sport().kind());
        assertEquals(List.of("swimming (open water)", "transition", "cycling (road)", "transition"), run.leftOut());
        ActivityCadence c = ActivityCadence.of(ActivityCadence.steadyRunning(run, null));
        assertEquals(176.0, c.stepsPerMinute(), 1e-9, "the ride's 88 rpm would read as 176 too, but 40 minutes of it");
        assertEquals(20.0, c.minutesRecorded(), 0.02);
    }

    @Test
    void aRideIsRefusedWithItsSport() {
        Path ride = FitFixtures.create(dir.resolve("ride.fit")).leg(com.garmin.fit.Sport.CYCLING, SubSport.ROAD)
                .seconds(600, 86, 0f, 8f).close();
        CadenceException e = assertThrows(CadenceException.class, () -> new FitReader().read(ride));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals(ride + ": recorded as cycling (road) (FIT session sport), not a run; cadence is measured on runs"
                + " only", e.getMessage());
    }

    @Test
    void aSwimAndRideWithoutARunSaysSoForTheWholeFile() {
        Path duathlon = FitFixtures.create(dir.resolve("swimbike.fit"))
                .leg(com.garmin.fit.Sport.SWIMMING, SubSport.LAP_SWIMMING).seconds(300, 30, 0f, 1f)
                .leg(com.garmin.fit.Sport.CYCLING, SubSport.GENERIC).seconds(300, 86, 0f, 8f).close();
        CadenceException e = assertThrows(CadenceException.class, () -> new FitReader().read(duathlon));
        assertEquals(duathlon + ": recorded as swimming (lap swimming), cycling (FIT session sports), with no running"
                + " leg; cadence is measured on runs only", e.getMessage());
    }

    /**
     * GoldenCheetah's AleV_Swim_2015-02-09-16-15.fit and 2012_02_05_09_03_59.fit: a pool swim and a ride with sessions
     * but no records were refused as "no track points; is this an activity export?". The sport is the truer reason.
     */
    @Test
    void aSwimOrRideWithoutRecordsIsRefusedForItsSport() {
        Path swim = FitFixtures.create(dir.resolve("swim.fit"))
                .leg(com.garmin.fit.Sport.SWIMMING, SubSport.LAP_SWIMMING).pause(1800).close();
        CadenceException e = assertThrows(CadenceException.class, () -> new FitReader().read(swim));
        assertEquals(swim + ": recorded as swimming (lap swimming) (FIT session sport), not a run; cadence is measured"
                + " on runs only", e.getMessage());
        Path run = FitFixtures.create(dir.resolve("empty-run.fit"))
                .leg(com.garmin.fit.Sport.RUNNING, SubSport.GENERIC).pause(1800).close();
        CadenceException none = assertThrows(CadenceException.class,
                () -> ActivityCadence.steadyRunning(new FitReader().read(run), null));
        assertEquals(run + ": no track points; is this an activity export?", none.getMessage());
    }

    @Test
    void anIpBikeRideIsARideWhateverSportItsSessionNames() {
        Path ipbike = FitFixtures.byManufacturer(dir.resolve("ipbike.fit"), Manufacturer.IFOR_POWELL)
                .leg(com.garmin.fit.Sport.RUNNING, SubSport.GENERIC).seconds(600, 83, 0f, 3.3f).close();
        CadenceException e = assertThrows(CadenceException.class, () -> new FitReader().read(ipbike));
        assertTrue(e.getMessage().startsWith(ipbike + ": recorded as a ride by IpBike, a bike computer app"),
                e.getMessage());
    }

    @Test
    void treadmillRunningUsesCadenceAloneForTheWristsSpeedIsAGuess() {
        Random wrist = new Random(7);
        FitFixtures f = FitFixtures.create(dir.resolve("treadmill.fit")).leg(com.garmin.fit.Sport.RUNNING, SubSport.TREADMILL);
        for (int i = 0; i < 600; i++) {
            f.seconds(1, 84, 0f, 1.0f + 2.5f * wrist.nextFloat());
        }
        Activity run = new FitReader().read(f.close());
        assertTrue(run.sport().indoor());
        assertEquals("treadmill running", run.sport().name());
        ActivityCadence c = ActivityCadence.of(ActivityCadence.steadyRunning(run, null));
        assertEquals(168.0, c.stepsPerMinute(), 1e-9);
        assertEquals(599 / 60.0, c.minutesUsed(), 1e-9, "no point is left out as slow by the wrist's speed");
    }

    @Test
    void olderWatchesRecordTreadmillRunsAsFitnessEquipment() {
        Path fit = FitFixtures.create(dir.resolve("fe.fit")).leg(com.garmin.fit.Sport.FITNESS_EQUIPMENT, SubSport.TREADMILL)
                .seconds(120, 84, 0f, 0f).close();
        Activity run = new FitReader().read(fit);
        assertEquals(new Sport(Sport.Kind.RUNNING, "treadmill running", true),
                run.sport());
    }

    @Test
    void aWalkIsReadAndMeasuresAsNoRunning() {
        Path walk = FitFixtures.create(dir.resolve("walk.fit")).leg(com.garmin.fit.Sport.WALKING, SubSport.GENERIC)
                .seconds(600, 58, 0f, 1.4f).close();
        Activity a = new FitReader().read(walk);
        assertEquals(Sport.Kind.WALKING, a.sport().kind());
        CadenceException e = assertThrows(CadenceException.class, () -> ActivityCadence.steadyRunning(a, null));
        assertEquals(walk + ": no running found in a walking activity (typical cadence 116 spm, running starts at 140);"
                + " measure a run, not a walk or ride", e.getMessage());
    }

    @Test
    void cadenceZeroThroughoutSaysTheWatchCountedNoSteps() {
        // Watches with cadence off write 0 rpm; one wrote a fraction of 0.5 beside it, which read as "1 spm".
        Path fit = FitFixtures.create(dir.resolve("zero.fit")).leg(com.garmin.fit.Sport.RUNNING, SubSport.GENERIC)
                .seconds(600, 0, 0.5f, 3f).close();
        Activity a = new FitReader().read(fit);
        CadenceException e = assertThrows(CadenceException.class, () -> ActivityCadence.steadyRunning(a, null));
        assertEquals(fit + ": cadence is 0 in all 600 points that record it: the watch counted no steps (wrist or"
                + " foot-pod cadence switched off?); use a recording with steps, or 'cadence measure tap'",
                e.getMessage());
    }

    @Test
    void timeRunningBackwardsIsRefusedAtItsRecord() {
        FitFixtures f = FitFixtures.create(dir.resolve("back.fit")).leg(com.garmin.fit.Sport.RUNNING, SubSport.GENERIC);
        for (int s = 0; s < 600; s++) {
            f.recordAt(s, 84);
        }
        for (int s = 300; s < 600; s++) {
            f.recordAt(s, 84);
        }
        Path fit = f.close();
        CadenceException e = assertThrows(CadenceException.class, () -> new FitReader().read(fit));
        assertTrue(e.getMessage().matches("\\Q" + fit + "\\E: record 601 \\(byte \\d+\\): time runs backwards:"
                + " 2024-05-03T07:05:00Z comes after 2024-05-03T07:09:59Z, 5\\.0 min later; the points are out of"
                + " order or the track is repeated, so its running cannot be timed; export the activity again"),
                e.getMessage());
    }

    @Test
    void aLoneClockGlitchAndOneSecondStepsBackAreDropped() {
        FitFixtures f = FitFixtures.create(dir.resolve("glitch.fit")).leg(com.garmin.fit.Sport.RUNNING, SubSport.GENERIC);
        for (int s = 0; s < 300; s++) {
            f.recordAt(s, 84);
            if (s == 100) {
                f.recordAt(63_000_000L, 84); // two years ahead, once (an Edge 500 did this)
            }
            if (s == 200) {
                f.recordAt(199, 84); // a second back, as a Fenix 2 does at a transition
            }
        }
        Activity a = new FitReader().read(f.close());
        assertEquals(300, a.size());
        assertEquals(299, a.seconds(299));
    }

    @Test
    void aWorkoutFileIsNotAnActivity() {
        Path file = dir.resolve("plan.fit");
        FileEncoder encoder = new FileEncoder(file.toFile(), com.garmin.fit.Fit.ProtocolVersion.V2_0);
        FileIdMesg id = new FileIdMesg();
        id.setType(com.garmin.fit.File.WORKOUT);
        id.setManufacturer(Manufacturer.DEVELOPMENT);
        encoder.write(id);
        WorkoutMesg w = new WorkoutMesg();
        w.setWktName("RTR walk-run");
        encoder.write(w);
        encoder.close();
        CadenceException e = assertThrows(CadenceException.class, () -> new FitReader().read(file));
        assertEquals(file + ": a FIT workout file, not a recorded activity; copy the activity from the watch's"
                + " GARMIN/Activity folder", e.getMessage());
    }

    @Test
    void aTruncatedFileIsBadInputNamingIt() throws IOException {
        Path whole = FitFixtures.steadyRun(dir.resolve("run.fit"));
        Path cut = FitFixtures.truncated(whole, dir.resolve("cut.fit"));
        CadenceException e = assertThrows(CadenceException.class, () -> new FitReader().read(cut));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().matches("\\Q" + cut + "\\E: FIT file is truncated \\(it ends at byte \\d+ of the \\d+"
                + " its header promises\\); copy it from the watch again"), e.getMessage());
    }

    @Test
    void aChangedByteIsCorrupt() throws IOException {
        Path whole = FitFixtures.steadyRun(dir.resolve("run.fit"));
        byte[] bytes = Files.readAllBytes(whole);
        bytes[bytes.length / 2] ^= 0x10;
        Path bad = Files.write(dir.resolve("bad.fit"), bytes);
        CadenceException e = assertThrows(CadenceException.class, () -> new FitReader().read(bad));
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertTrue(e.getMessage().startsWith(bad + ": FIT file is"), e.getMessage());
    }

    @Test
    void aFileThatIsNotFitIsBadInput() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.fit"), "these are not the bytes you are looking for");
        CadenceException e = assertThrows(CadenceException.class, () -> new FitReader().read(text));
        assertEquals(text + ": not a FIT file (no FIT header)", e.getMessage());
    }

    @Test
    void aMissingFileIsBadInput() {
        Path missing = dir.resolve("gone.fit");
        CadenceException e = assertThrows(CadenceException.class, () -> new FitReader().read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }
}
