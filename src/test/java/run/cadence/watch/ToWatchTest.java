package run.cadence.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.cadence.CadenceException;
import run.cadence.session.CadenceProblem;
import run.cadence.session.SessionLibrary;
import run.cadence.session.SessionSettings;
import run.cadence.session.WorkoutParser;

class ToWatchTest {
    private static final SessionSettings RUNNER = FitWorkoutRoundTripTest.RUNNER;

    @Test
    void aWalkRunKeepsItsRepeatAsARepeatStepWithATargetOnTheRunAndRecoveryWalks() {
        WatchWorkout w = ToWatch.of(SessionLibrary.builtIn("run-walk-2-3").orElseThrow(), RUNNER);
        assertEquals("R2:W3 x4 172", w.name());
        assertEquals(WatchWorkout.Sport.RUNNING, w.sport());
        CadenceRange target = new CadenceRange(84, 88);
        assertEquals(List.of(
                new WatchStep.Timed(WatchStep.Kind.WALK, Duration.ofMinutes(5), Optional.empty(),
                        WatchStep.Intensity.WARMUP, "Walk", ""),
                new WatchStep.Timed(WatchStep.Kind.RUN, Duration.ofMinutes(2), Optional.of(target),
                        WatchStep.Intensity.ACTIVE, "Run 172 spm", ""),
                new WatchStep.Timed(WatchStep.Kind.WALK, Duration.ofMinutes(3), Optional.empty(),
                        WatchStep.Intensity.RECOVERY, "Walk", ""),
                new WatchStep.Repeat(1, 4, "Main set"),
                new WatchStep.Timed(WatchStep.Kind.WALK, Duration.ofMinutes(5), Optional.empty(),
                        WatchStep.Intensity.COOLDOWN, "Walk", "")), w.steps());
        assertEquals("run-walk-2-3: Flat run-walk: 4 x (run 2 min, walk 3 min) (runs 172 spm, alert outside 168-176"
                + " spm)", w.description());
    }

    @Test
    void strengthStepsAreOpenStepsNamedByTheirDoseWithTheExerciseInTheNotes() {
        WatchWorkout w = ToWatch.of(SessionLibrary.builtIn("hip-strength-full").orElseThrow(), RUNNER);
        assertEquals(WatchWorkout.Sport.STRENGTH, w.sport());
        assertEquals("Hip str full", w.name());
        assertEquals(new WatchStep.Open(WatchStep.Kind.REPS, WatchStep.Intensity.ACTIVE, "Reps 3x30 2s",
                "lying hip abduction, left leg; rest 60s"), w.steps().get(0));
        assertEquals(new WatchStep.Open(WatchStep.Kind.HOLD, WatchStep.Intensity.ACTIVE, "Hold 10x5s",
                "glute bridge; rest 5s"), w.steps().get(6));
    }

    @Test
    void deepWaterEffortsAreCardioWithHardOnesAsIntervalsAndEasyOnesBetweenThemAsRecovery() {
        WatchWorkout w = ToWatch.of(SessionLibrary.builtIn("deep-water-lactic-acid").orElseThrow(), RUNNER);
        assertEquals(WatchWorkout.Sport.CARDIO, w.sport());
        assertEquals("DWR lactic acid", w.name());
        assertEquals(List.of(WatchStep.Intensity.WARMUP, WatchStep.Intensity.RECOVERY, WatchStep.Intensity.INTERVAL,
                WatchStep.Intensity.REST), w.steps().subList(0, 4).stream()
                .map(s -> ((WatchStep.Timed) s).intensity()).toList());
    }

    @Test
    void aRampBecomesOneRangeCoveringItAndAFadedClickStillHasItsTarget() {
        WatchWorkout w = ToWatch.of(WorkoutParser.parse("w", "ramp", "Main\n- 10m run 166-172spm\n"
                + "- 5m run +5% click 25%\n"), RUNNER);
        assertEquals(Optional.of(new CadenceRange(81, 88)), ((WatchStep.Timed) w.steps().get(0)).target());
        assertEquals(Optional.of(CadenceRange.around(172.2)), ((WatchStep.Timed) w.steps().get(1)).target());
    }

    @Test
    void aSilentRunHasNoTargetForACheckWithoutCluesIsOneWithoutAlertsToo() {
        WatchWorkout w = ToWatch.of(WorkoutParser.parse("w", "check", "Main\n- 20m run silent\n"), RUNNER);
        assertEquals(new WatchStep.Timed(WatchStep.Kind.RUN, Duration.ofMinutes(20), Optional.empty(),
                WatchStep.Intensity.ACTIVE, "Run", ""), w.steps().get(0));
        assertEquals("Run 20m", w.name());
    }

    @Test
    void aRelativeCadenceWithoutABaselineIsBadInput() {
        CadenceException e = assertThrows(CadenceProblem.NeedsBaseline.class, () -> ToWatch.of(
                SessionLibrary.builtIn("strides").orElseThrow(), SessionSettings.NO_BASELINE));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
    }

    @Test
    void walksAreNamedByTheirTimeAndWhetherTheyGoUphill() {
        // uphill-walk-30 is 30 min uphill between a 5 min warm-up and cool-down (issue 8 item 8): 40 min on the watch.
        assertEquals("Uphill walk 40m", ToWatch.of(SessionLibrary.builtIn("uphill-walk-30").orElseThrow(), RUNNER).name());
        assertEquals("Walk 12m", ToWatch.of(WorkoutParser.parse("w", "stroll", "Main\n- 12m walk\n"), RUNNER).name());
    }

    @Test
    void namesAndNotesNeverPassWhatTheProfileAllots() {
        for (String name : SessionLibrary.NAMES) {
            WatchWorkout w = ToWatch.of(SessionLibrary.builtIn(name).orElseThrow(), RUNNER);
            assertTrue(WatchText.bytes(w.name()) <= 15, w.name());
        }
    }
}
