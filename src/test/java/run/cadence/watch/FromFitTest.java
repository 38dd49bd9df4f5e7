package run.cadence.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.garmin.fit.BufferEncoder;
import com.garmin.fit.DateTime;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.Intensity;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.WktStepDuration;
import com.garmin.fit.WktStepTarget;
import com.garmin.fit.WorkoutMesg;
import com.garmin.fit.WorkoutStepMesg;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.Cadence;
import run.cadence.CadenceException;
import run.cadence.session.CadenceTarget;
import run.cadence.session.Section;
import run.cadence.session.Step;
import run.cadence.session.Workout;

/** Workouts made elsewhere, as Garmin Connect writes them: steps without our names, ranges in strides a minute. */
class FromFitTest {
    @TempDir
    Path dir;

    private static WorkoutStepMesg timed(int index, int seconds, Intensity intensity) {
        WorkoutStepMesg s = new WorkoutStepMesg();
        s.setMessageIndex(index);
        s.setDurationType(WktStepDuration.TIME);
        s.setDurationValue(seconds * 1000L);
        s.setTargetType(WktStepTarget.OPEN);
        s.setIntensity(intensity);
        return s;
    }

    private static byte[] file(com.garmin.fit.File type, WorkoutStepMesg... steps) {
        BufferEncoder e = new BufferEncoder(Fit.ProtocolVersion.V1_0);
        FileIdMesg id = new FileIdMesg();
        id.setType(type);
        id.setManufacturer(Manufacturer.GARMIN);
        id.setTimeCreated(new DateTime(1_000_000_000L));
        e.write(id);
        WorkoutMesg w = new WorkoutMesg();
        w.setWktName("Cadence intervals");
        w.setSport(com.garmin.fit.Sport.RUNNING);
        w.setNumValidSteps(steps.length);
        e.write(w);
        for (WorkoutStepMesg s : steps) {
            e.write(s);
        }
        return e.close();
    }

    @Test
    void aGarminConnectWorkoutReadsAsWarmUpRepeatedRunsWithTheirCadenceAndCoolDown() {
        WorkoutStepMesg run = timed(1, 180, Intensity.ACTIVE);
        run.setTargetType(WktStepTarget.CADENCE);
        run.setTargetValue(0L);
        run.setCustomTargetCadenceLow(85L);
        run.setCustomTargetCadenceHigh(90L);
        WorkoutStepMesg heart = timed(2, 120, Intensity.RECOVERY);
        heart.setTargetType(WktStepTarget.HEART_RATE);
        heart.setTargetHrZone(2L);
        WorkoutStepMesg repeat = new WorkoutStepMesg();
        repeat.setMessageIndex(3);
        repeat.setDurationType(WktStepDuration.REPEAT_UNTIL_STEPS_CMPLT);
        repeat.setDurationStep(1L);
        repeat.setRepeatSteps(5L);
        byte[] bytes = file(com.garmin.fit.File.WORKOUT, timed(0, 600, Intensity.WARMUP), run, heart, repeat,
                timed(4, 300, Intensity.COOLDOWN));
        WatchWorkout watch = FitWorkoutFile.decode(bytes, "garmin.fit");
        assertEquals("Cadence interva", watch.name(), "cut to 15 bytes as a watch shows it");
        Workout w = FromWatch.workout(watch, "garmin", "garmin.fit");
        assertEquals(new Workout("garmin", "", List.of(
                new Section("Warmup", 1, List.of(new Step.Walk(Duration.ofMinutes(10), CadenceTarget.NONE, 1,
                        Optional.empty()))),
                new Section("", 5, List.of(
                        new Step.Run(Duration.ofMinutes(3), new CadenceTarget.Fixed(new Cadence(175)), 1, Optional.empty()),
                        new Step.Walk(Duration.ofMinutes(2), CadenceTarget.NONE, 1, Optional.empty()))),
                new Section("Cooldown", 1, List.of(new Step.Walk(Duration.ofMinutes(5), CadenceTarget.NONE, 1,
                        Optional.empty()))))), w);
    }

    @Test
    void aStepThatEndsByDistanceIsRefusedNamingIt() {
        WorkoutStepMesg far = new WorkoutStepMesg();
        far.setMessageIndex(1);
        far.setDurationType(WktStepDuration.DISTANCE);
        far.setDurationDistance(1000f);
        far.setIntensity(Intensity.ACTIVE);
        byte[] bytes = file(com.garmin.fit.File.WORKOUT, timed(0, 600, Intensity.WARMUP), far);
        CadenceException e = assertThrows(CadenceException.class, () -> FitWorkoutFile.decode(bytes, "far.fit"));
        assertEquals("far.fit: step 2 ends by distance; Cadence Coach steps last a time", e.getMessage());
    }

    @Test
    void aLapButtonRunIsRefusedButALapButtonHoldIsAStrengthStep() {
        WorkoutStepMesg open = new WorkoutStepMesg();
        open.setMessageIndex(0);
        open.setDurationType(WktStepDuration.OPEN);
        open.setIntensity(Intensity.ACTIVE);
        CadenceException e = assertThrows(CadenceException.class, () -> FitWorkoutFile.decode(
                file(com.garmin.fit.File.WORKOUT, open), "open.fit"));
        assertEquals("open.fit: step 1 waits for the lap button; Cadence Coach times every step but strength ones:"
                + " give it a time", e.getMessage());
        open.setWktStepName("Hold 10x5s");
        open.setNotes("glute bridge; rest 5s");
        Workout w = FromWatch.workout(FitWorkoutFile.decode(file(com.garmin.fit.File.WORKOUT, open), "hold.fit"), "h",
                "hold.fit");
        assertEquals(new Step.Hold(10, Duration.ofSeconds(5), Duration.ofSeconds(5), Optional.of("glute bridge")),
                w.sections().get(0).steps().get(0));
    }

    @Test
    void anActivityOrADamagedFileIsNotAWorkout() throws Exception {
        byte[] activity = file(com.garmin.fit.File.ACTIVITY, timed(0, 60, Intensity.ACTIVE));
        assertEquals("run.fit: a FIT activity file, not a workout", assertThrows(CadenceException.class,
                () -> FitWorkoutFile.decode(activity, "run.fit")).getMessage());
        byte[] good = file(com.garmin.fit.File.WORKOUT, timed(0, 60, Intensity.ACTIVE));
        byte[] cut = Arrays.copyOf(good, good.length - 3);
        assertEquals("cut.fit: FIT file is truncated or corrupt (Unexpected end of input stream at byte: 104)",
                assertThrows(CadenceException.class, () -> FitWorkoutFile.decode(cut, "cut.fit")).getMessage());
        byte[] changed = good.clone();
        changed[changed.length / 2] ^= 0x40;
        assertEquals("bad.fit: FIT file is truncated or corrupt (size or checksum does not match)",
                assertThrows(CadenceException.class, () -> FitWorkoutFile.decode(changed, "bad.fit")).getMessage());
        Path missing = dir.resolve("none.fit");
        assertEquals(missing + ": no such file", assertThrows(CadenceException.class,
                () -> FitWorkoutFile.read(missing)).getMessage());
        Path big = Files.write(dir.resolve("big.fit"), new byte[2 << 20]);
        assertEquals(big + ": 2048 KB is no workout file (they are a few KB); is it a recorded activity?",
                assertThrows(CadenceException.class, () -> FitWorkoutFile.read(big)).getMessage());
    }

    @Test
    void writtenFilesAppearWholeAndReadBack() throws Exception {
        WatchWorkout w = ToWatch.of(run.cadence.session.SessionLibrary.builtIn("run-walk-1-4").orElseThrow(),
                FitWorkoutRoundTripTest.RUNNER);
        Path target = dir.resolve("run-walk-1-4.fit");
        FitWorkoutFile.write(w, target, FitWorkoutRoundTripTest.CREATED);
        assertEquals(w, FitWorkoutFile.read(target));
        List<String> left = new ArrayList<>();
        try (var files = Files.list(dir)) {
            files.forEach(p -> left.add(p.getFileName().toString()));
        }
        assertEquals(List.of("run-walk-1-4.fit"), left, "no hidden partial file left beside it");
    }
}
