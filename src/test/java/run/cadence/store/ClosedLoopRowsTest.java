package run.cadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.Cadence;
import run.cadence.plan.CrossSession;
import run.cadence.plan.EntryCheck;
import run.cadence.plan.History;
import run.cadence.plan.PainReport;
import run.cadence.plan.PastExtra;
import run.cadence.plan.PastSession;
import run.cadence.plan.PlayOutcome;
import run.cadence.plan.Profile;
import run.cadence.plan.Program;
import run.cadence.plan.RunRecording;
import run.cadence.plan.Stairs;
import run.cadence.plan.StrengthSession;

/** The rows the closed loop adds: strength and cross sessions, flares settled, recordings, the new profile fields. */
class ClosedLoopRowsTest {
    private static final LocalDate D = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;

    private SqliteHistoryStore open() {
        return SqliteHistoryStore.open(dir.resolve("history.db"));
    }

    @Test
    void theProfileKeepsStairsAndTheDayTheChecksWereAnswered() {
        try (SqliteHistoryStore store = open()) {
            store.saveProfile(Profile.startingWith(new Cadence(164), "x").withChecks(EntryCheck.PASSED,
                    EntryCheck.PASSED, D).withStairs(Stairs.HURT));
        }
        try (SqliteHistoryStore store = open()) {
            Profile p = store.profile().orElseThrow();
            assertEquals(Stairs.HURT, p.stairs());
            assertEquals(Optional.of(D), p.checksAnsweredOn());
        }
    }

    @Test
    void runsAndExtrasComeBackApartInOneHistoryWithPainKeySettledAndLiveStart() {
        Instant live = Instant.parse("2026-11-26T07:01:02Z");
        try (SqliteHistoryStore store = open()) {
            long run = store.recordPlanned(SqliteHistoryStoreTest.decision(8, D), D, new Cadence(172.2));
            store.markStarted(run, Optional.of(live));
            store.markFinished(run, PlayOutcome.stopped(Duration.ofMinutes(9), Duration.ZERO, PlayOutcome.StopReason.PAIN));
            store.confirmSettled(run, D.plusDays(2));
            long strength = store.recordPlanned(StrengthSession.fredericson(3), D.plusDays(1),
                    Program.rampingTo(5).level(8), new Cadence(172.2));
            store.markStarted(strength, Optional.empty());
            store.markFinished(strength, PlayOutcome.completed(Duration.ofMinutes(20), Duration.ZERO));
            store.savePain(strength, new PainReport(1, 1, null, false, null));
            long pool = store.recordPlanned(new CrossSession(CrossSession.Kind.DEEP_WATER, "deep-water-hands-up"),
                    D.plusDays(1), Program.rampingTo(5).level(8), new Cadence(172.2));
            store.markStarted(pool, Optional.empty());
            store.markFinished(pool, PlayOutcome.completed(Duration.ofMinutes(60), Duration.ZERO));
            assertEquals(Optional.of(live), store.liveStart(run));
            assertEquals(Optional.empty(), store.liveStart(strength));
        }
        try (SqliteHistoryStore store = open()) {
            History h = store.history();
            assertEquals(1, h.runs().size());
            PastSession r = h.runs().get(0);
            assertTrue(r.stoppedForPain());
            assertEquals(Optional.of(D.plusDays(2)), r.settledOn());
            assertEquals(2, h.extras().size());
            PastExtra s = h.extras().get(0);
            assertEquals(StrengthSession.fredericson(3), s.session());
            assertEquals(new PainReport(1, 1, null, false, null), s.pain());
            assertEquals(new CrossSession(CrossSession.Kind.DEEP_WATER, "deep-water-hands-up"), h.extras().get(1)
                    .session());
            assertEquals(3, store.lastSessionId());
        }
    }

    @Test
    void aRecordingIsKeptOnceAndAnotherFileReplacesIt() {
        RunRecording first = new RunRecording("a.fit", "aa", 10, Optional.of(Instant.parse("2026-11-26T07:00:00Z")),
                11.5, List.of(new RunRecording.StepCadence(172.2, 171.0, 90),
                        new RunRecording.StepCadence(172.2, Double.NaN, 0)));
        try (SqliteHistoryStore store = open()) {
            long run = store.recordPlanned(SqliteHistoryStoreTest.decision(8, D), D, new Cadence(172.2));
            store.markStarted(run, Optional.empty());
            store.markFinished(run, PlayOutcome.completed(Duration.ofMinutes(40), Duration.ZERO));
            assertTrue(store.saveRecording(run, first));
            assertFalse(store.saveRecording(run, first), "the same file again changes nothing");
            assertEquals(Optional.of(run), store.sessionWithRecording("aa", 10));
            assertEquals(Optional.empty(), store.sessionWithRecording("aa", 11));
        }
        try (SqliteHistoryStore store = open()) {
            PastSession r = store.history().runs().get(0);
            RunRecording back = r.recording().orElseThrow();
            assertEquals(first.fileName(), back.fileName());
            assertEquals(first.start(), back.start());
            assertEquals(2, back.steps().size());
            assertTrue(Double.isNaN(back.steps().get(1).measuredSpm()));
            assertEquals(171.0, back.runCadence().getAsDouble(), 1e-9);
            assertEquals(11.5, r.runningMinutesDone(), 1e-9, "what the watch measured is what the limits count");
            RunRecording second = new RunRecording("b.tcx", "bb", 20, Optional.empty(), 12, List.of());
            assertTrue(store.saveRecording(r.id(), second));
            assertEquals("b.tcx", store.history().runs().get(0).recording().orElseThrow().fileName());
            assertEquals(Optional.empty(), store.sessionWithRecording("aa", 10));
        }
    }
}
