package run.cadence.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A session played to its end with steps skipped (the {@code n} key): what the runner played is what counts. Its
 * running skipped, it is no session done as planned and is repeated, whatever the pain; skipped walks change
 * nothing; the running played still counts as load.
 */
class SkippedSessionTest {
    private static final LocalDate START = PlannerTest.START;
    private static final PainReport FINE = PlannerTest.FINE;
    private final Program program = Program.rampingTo(5);
    private final int jog = program.firstJog();
    private final PlannerTest planner = new PlannerTest();

    /** Level {@code jog} completed on {@code day} with {@code steps} skipped and {@code running} seconds of it run. */
    private PastSession played(long id, LocalDate day, int steps, int running) {
        PastSession s = planner.done(id, jog, day, FINE);
        return new PastSession(id, s.session(), day, SessionStatus.COMPLETED, s.doneSeconds(), FINE, s.target(),
                Decision.REPEAT, false, Optional.empty(), Optional.empty(),
                new PastSession.Played(OptionalInt.of(running), steps));
    }

    private int plannedRunning() {
        return planner.done(0, jog, START, FINE).plannedRunningSeconds();
    }

    @Test
    void everyStepSkippedIsRepeatedWithWhatWasSkipped() {
        List<PastSession> h = List.of(planner.done(1, jog, START, FINE), played(2, START.plusDays(2), 14, 0));
        PlanDecision d = planner.next(h, START.plusDays(4));
        assertEquals(Decision.REPEAT, d.decision(), d.toString());
        assertEquals(jog, d.session().level());
        assertEquals(new Reason.SkippedRunning(START.plusDays(2), 14, 0, plannedRunning()), d.reasons().get(0));
        assertEquals(program.level(jog).runningMinutes() * 60, plannedRunning(), "the plan's running, in seconds");
    }

    /** One run skipped of several is not the session either: a stop a minute before the end repeats it too. */
    @Test
    void oneRunSkippedRepeatsAndTheSessionBeforeItStillNeedsASecond() {
        int oneRunShort = plannedRunning() - program.level(jog).runMinutes() * 60;
        PastSession skipped = played(2, START.plusDays(2), 1, oneRunShort);
        assertTrue(skipped.skippedRunning());
        assertFalse(skipped.good(), "pain 0/0/0, but not run as planned");
        PlanDecision d = planner.next(List.of(planner.done(1, jog, START, FINE), skipped), START.plusDays(4));
        assertEquals(Decision.REPEAT, d.decision());
        assertEquals(new Reason.SkippedRunning(START.plusDays(2), 1, oneRunShort, plannedRunning()),
                d.reasons().get(0));

        List<PastSession> thenGood = List.of(planner.done(1, jog, START, FINE), skipped,
                planner.done(3, jog, START.plusDays(4), FINE));
        PlanDecision after = planner.next(thenGood, START.plusDays(6));
        assertEquals(Decision.REPEAT, after.decision(), "the skipped session broke the run of good ones");
        assertEquals(new Reason.RepeatForSecond(1, 2, 0), after.reasons().get(0));
    }

    @Test
    void skippedWalksWithEveryRunPlayedCountAsDone() {
        PastSession walksSkipped = played(2, START.plusDays(2), 2, plannedRunning());
        assertFalse(walksSkipped.skippedRunning());
        PlanDecision d = planner.next(List.of(planner.done(1, jog, START, FINE), walksSkipped), START.plusDays(4));
        assertEquals(Decision.ADVANCE, d.decision(), d.toString());
        assertEquals(jog + 1, d.session().level());
    }

    /** Sessions recorded before the running played was kept are taken as played straight through, as before. */
    @Test
    void anOldRowWithoutTheRunningPlayedCountsAsBefore() {
        PastSession s = planner.done(2, jog, START.plusDays(2), FINE);
        PastSession old = new PastSession(2, s.session(), s.date(), SessionStatus.COMPLETED, s.doneSeconds(), FINE,
                s.target(), Decision.REPEAT, false, Optional.empty(), Optional.empty(),
                new PastSession.Played(OptionalInt.empty(), 3));
        assertFalse(old.skippedRunning());
        assertEquals(program.level(jog).runningMinutes(), old.runningMinutesDone(), 1e-9);
        assertEquals(Decision.ADVANCE, planner.next(List.of(planner.done(1, jog, START, FINE), old),
                START.plusDays(4)).decision());
    }

    /** The load counts the running played, not the running planned: skipped running was not run. */
    @Test
    void theLoadCountsOnlyTheRunningPlayed() {
        assertEquals(0, played(1, START, 14, 0).runningMinutesDone(), 1e-9);
        assertEquals(2.5, played(1, START, 3, 150).runningMinutesDone(), 1e-9);
    }

    /** A skipped session at a painful level is still judged by its pain first: a flare is a flare. */
    @Test
    void painStillDecidesBeforeTheSkip() {
        PastSession s = played(1, START, 14, 0);
        PastSession hurt = s.withPain(new PainReport(2, 6, 3, false, null));
        PlanDecision d = planner.next(List.of(hurt), START.plusDays(1));
        assertEquals(Decision.STEP_BACK, d.decision(), d.toString());
    }
}
