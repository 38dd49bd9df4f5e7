package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingAlignerTest {
    private static final double TARGET = 172.2;
    private static final List<RunStepWindow> STEPS = SyntheticRecording.walkRun23(TARGET);
    private static final double SESSION = SyntheticRecording.WALK_RUN_23_SECONDS;
    /** The synthetic runner reacts up to 6 s after each cue, so the best offset may sit that much later. */
    private static final double LAG = 6;

    @TempDir
    Path dir;

    private static SessionRecording aligned(Alignment a) {
        return assertInstanceOf(Alignment.Aligned.class, a, a.toString()).recording();
    }

    private static Alignment.Refused refused(Alignment a) {
        return assertInstanceOf(Alignment.Refused.class, a, a.toString());
    }

    @Test
    void withoutAStartTimeTheRunningPatternFindsTheSessionAndEachStepsCadence() {
        SyntheticRecording r = SyntheticRecording.following(STEPS, SESSION, 170, 171, 172, 173, 174, 175)
                .sessionOffset(137);
        SessionRecording s = aligned(RecordingAligner.align(r.activity(), SESSION, STEPS, Optional.empty()));
        assertEquals(SessionRecording.AlignedBy.RUNNING, s.alignedBy());
        assertEquals(137, s.sessionOffsetSeconds(), LAG);
        assertTrue(s.agreement() > 0.9, "agreement " + s.agreement());
        assertEquals(Instant.parse("2024-05-03T07:00:00Z"), s.recordingStart());
        assertEquals(6, s.steps().size());
        for (int k = 0; k < 6; k++) {
            StepCadence c = s.steps().get(k);
            assertEquals(1 + 2 * k, c.stepIndex());
            assertEquals(TARGET, c.targetSpm());
            assertEquals(170 + k, c.measuredSpm(), 1.0, "step " + k);
            assertEquals(90, c.secondsMeasured(), 1.0, "the 2 min less 15 s at each end");
        }
        assertEquals(12, s.minutesRun(), 0.3);
    }

    @Test
    void aWatchStarted90SecondsLateIsPlacedByTheSessionsStartTime() {
        SyntheticRecording r = SyntheticRecording.following(STEPS, SESSION, 168).sessionOffset(-90);
        Activity watch = r.activity();
        assertEquals(Instant.parse("2024-05-03T07:00:00Z"), watch.start());
        SessionRecording s = aligned(RecordingAligner.align(watch, SESSION, STEPS, Optional.of(r.sessionStart())));
        assertEquals(-90, s.sessionOffsetSeconds(), LAG);
        assertEquals(r.sessionStart().getEpochSecond(), s.sessionStart().getEpochSecond(), LAG);
        assertTrue(s.steps().stream().allMatch(StepCadence::measured));
        assertEquals(168, s.steps().get(0).measuredSpm(), 1.0);
    }

    @Test
    void aWatchStartedMinutesEarlyWithJitterSparsePointsAndPausesStillMeasuresEveryStep() {
        SyntheticRecording r = SyntheticRecording.following(STEPS, SESSION, 166, 169, 171, 174, 176, 178)
                .sessionOffset(412).noise(3, 8, 4, 42)
                .pause(480, 45)     // a crossing in the middle of a walk
                .pause(1530, 20);   // the watch's auto-pause in the middle of the fifth run
        SessionRecording s = aligned(RecordingAligner.align(r.activity(), SESSION, STEPS,
                Optional.of(r.sessionStart().plusSeconds(25))));
        assertEquals(412, s.sessionOffsetSeconds(), 8);
        double[] expected = {166, 169, 171, 174, 176, 178};
        for (int k = 0; k < 6; k++) {
            assertEquals(expected[k], s.steps().get(k).measuredSpm(), 2.0, "step " + k + ": " + s.steps().get(k));
        }
        assertTrue(s.steps().get(4).secondsMeasured() < 80, "the paused 20 s are not counted");
    }

    @Test
    void aRunStepTheRunnerWalkedHasNoCadenceAndTheRestAreMeasured() {
        SyntheticRecording r = SyntheticRecording.following(STEPS, SESSION, 172, 172, SyntheticRecording.WALK_SPM,
                172, 172, 172);
        SessionRecording s = aligned(RecordingAligner.align(r.activity(), SESSION, STEPS, Optional.empty()));
        assertEquals(SessionRecording.AlignedBy.RUNNING, s.alignedBy());
        assertFalse(s.steps().get(2).measured());
        assertTrue(Double.isNaN(s.steps().get(2).measuredSpm()));
        assertEquals(0, s.steps().get(2).secondsMeasured(), 1e-9);
        assertEquals(5, s.steps().stream().filter(StepCadence::measured).count());
        assertEquals(10, s.minutesRun(), 0.3);
    }

    @Test
    void aRecordingOfAnotherSessionIsRefusedWithoutAStartTime() {
        Activity continuous = SyntheticRecording.continuous(20, 170).activity();
        Alignment.Refused no = refused(RecordingAligner.align(continuous, SESSION, STEPS, Optional.empty()));
        assertEquals(Alignment.Reason.DIFFERENT_SESSION, no.reason());
        assertTrue(no.bestAgreement() < RecordingAligner.MIN_AGREEMENT, "best " + no.bestAgreement());
        assertEquals(20, no.recordedRunningMinutes(), 0.5);
        assertEquals(12, no.sessionRunningMinutes(), 1e-9);
    }

    @Test
    void aRecordingFromAnotherDayIsRefusedWhenTheSessionsStartIsKnown() {
        SyntheticRecording r = SyntheticRecording.following(STEPS, SESSION, 172).sessionOffset(60);
        Instant nextDay = r.sessionStart().plus(Duration.ofDays(1));
        Alignment.Refused no = refused(RecordingAligner.align(r.activity(), SESSION, STEPS, Optional.of(nextDay)));
        assertEquals(Alignment.Reason.NOT_AT_SESSION_TIME, no.reason());
        assertEquals(r.activity().start(), no.recordingStart());
    }

    @Test
    void runsAllWalkedAreLaidByTheStartTimeWhenItIsKnownAndRefusedWhenNot() {
        SyntheticRecording r = SyntheticRecording.following(STEPS, SESSION, SyntheticRecording.WALK_SPM)
                .sessionOffset(30);
        SessionRecording s = aligned(RecordingAligner.align(r.activity(), SESSION, STEPS,
                Optional.of(r.sessionStart())));
        assertEquals(SessionRecording.AlignedBy.START_TIME, s.alignedBy());
        assertEquals(30, s.sessionOffsetSeconds(), 1e-9);
        assertEquals(0, s.minutesRun(), 1e-9);
        assertTrue(s.steps().stream().noneMatch(StepCadence::measured));
        assertEquals(Alignment.Reason.NO_RUNNING,
                refused(RecordingAligner.align(r.activity(), SESSION, STEPS, Optional.empty())).reason());
    }

    @Test
    void aSessionWithoutRunStepsGoesByItsStartTimeOnly() {
        SyntheticRecording walk = SyntheticRecording.following(List.of(), 1800).sessionOffset(10);
        SessionRecording s = aligned(RecordingAligner.align(walk.activity(), 1800, List.of(),
                Optional.of(walk.sessionStart())));
        assertEquals(SessionRecording.AlignedBy.START_TIME, s.alignedBy());
        assertTrue(Double.isNaN(s.agreement()));
        assertEquals(Alignment.Reason.NO_RUN_STEPS,
                refused(RecordingAligner.align(walk.activity(), 1800, List.of(), Optional.empty())).reason());
    }

    @Test
    void aRecordingWithoutStepsIsRefused() {
        List<ActivitySample> none = java.util.stream.IntStream.range(0, 600)
                .mapToObj(i -> new ActivitySample(i, 0, 3.0)).toList();
        Activity a = Activity.of("nocad.fit", Instant.EPOCH, Sport.UNKNOWN, none, CadenceUnit.ONE_LEG);
        assertEquals(Alignment.Reason.NO_STEPS,
                refused(RecordingAligner.align(a, SESSION, STEPS, Optional.of(Instant.EPOCH))).reason());
    }

    @Test
    void aFitRecordingReadFromDiskLinesUpOnItsOwnClock() {
        // The runner started the watch, then the session 75 s later; run steps at 84 per leg, walks at 58.
        FitFixtures f = FitFixtures.create(dir.resolve("session.fit"))
                .leg(com.garmin.fit.Sport.RUNNING, com.garmin.fit.SubSport.GENERIC).seconds(75 + 300, 58, 0f, 1.4f);
        for (int k = 0; k < 6; k++) {
            f.seconds(120, 84, 0f, 2.9f).seconds(180, 58, 0f, 1.4f);
        }
        Activity a = new FitReader().read(f.seconds(120, 58, 0f, 1.4f).close());
        Instant sessionStart = Instant.parse("2024-05-03T07:01:15Z");
        SessionRecording s = aligned(RecordingAligner.align(a, SESSION, STEPS, Optional.of(sessionStart)));
        assertEquals(75, s.sessionOffsetSeconds(), 1e-9);
        assertEquals(sessionStart, s.sessionStart());
        assertTrue(s.steps().stream().allMatch(c -> c.measuredSpm() == 168.0), s.steps().toString());
        assertEquals(12, s.minutesRun(), 0.05);
    }

    @Test
    void stepsThatOverlapOrOutlastTheSessionAreAProgrammingError() {
        Activity a = SyntheticRecording.following(STEPS, SESSION, 172).activity();
        assertThrows(IllegalArgumentException.class, () -> RecordingAligner.align(a, SESSION,
                List.of(new RunStepWindow(1, 0, 100, TARGET), new RunStepWindow(2, 50, 100, TARGET)), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> RecordingAligner.align(a, 100,
                List.of(new RunStepWindow(1, 50, 100, TARGET)), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new RunStepWindow(1, 0, 0, TARGET));
    }

    /**
     * Watches report whole steps per minute; with 2 spm of noise (a watch smooths its cadence over a few seconds)
     * and 40-90 points in a step's steady part, its median lands within 2 spm of the true rate.
     */
    @Property(tries = 60)
    void anyOffsetLagAndNoiseIsFoundAndEveryStepMeasuredWithinTwoSpm(
            @ForAll @IntRange(min = -240, max = 900) int offset,
            @ForAll @DoubleRange(min = 160, max = 185) double spm,
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll boolean knownStart) {
        SyntheticRecording r = SyntheticRecording.following(STEPS, SESSION, spm).sessionOffset(offset)
                .noise(2.0, LAG, 3, seed);
        Optional<Instant> prior = knownStart ? Optional.of(r.sessionStart()) : Optional.empty();
        SessionRecording s = aligned(RecordingAligner.align(r.activity(), SESSION, STEPS, prior));
        assertEquals(offset, s.sessionOffsetSeconds(), LAG + 2);
        for (StepCadence c : s.steps()) {
            assertEquals(spm, c.measuredSpm(), 2.0, c.toString());
        }
    }
}
