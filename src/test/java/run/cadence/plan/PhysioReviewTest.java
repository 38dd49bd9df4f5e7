package run.cadence.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The findings of a physio-minded review that drove the planner through simulated months, each as the rule that
 * now holds (the review's command sequences are in the command-line tests).
 */
class PhysioReviewTest {
    private static final LocalDate D = PlannerTest.START;
    private final PlannerTest t = new PlannerTest();
    private final Program program = Program.rampingTo(5);

    private static PastExtra strength(long id, LocalDate day, PainReport pain) {
        StrengthSession s = StrengthSession.fredericson(0);
        return new PastExtra(id, s, day, SessionStatus.COMPLETED, s.totalSeconds(), pain, false, Optional.empty());
    }

    /** Finding 1: a run's report, and a limp, reach the run even when a strength session came after it that day. */
    @Test
    void aReportOnTheRunDayGoesToTheRunNotTheStrengthSessionAfterIt() {
        History h = new History(List.of(t.done(1, 7, D, null)), List.of(strength(2, D, null)));
        assertEquals(1, new PainEntry(7, 6, null, true, null).target(h).orElseThrow().id());
        assertEquals(1, new PainEntry(2, 1, null, false, null).target(h).orElseThrow().id(), "the run has none yet");
        History reported = new History(List.of(t.done(1, 7, D, new PainReport(1, 1, null, false, null))),
                List.of(strength(2, D, null)));
        assertEquals(2, new PainEntry(2, 1, null, false, null).target(reported).orElseThrow().id(),
                "the run has its report: this one is the strength session's");
        assertEquals(1, new PainEntry(2, 1, null, true, null).target(reported).orElseThrow().id(),
                "a limp on a run day is the run's");
        History nextDay = new History(List.of(t.done(1, 7, D, null)), List.of(strength(2, D.plusDays(1), null)));
        assertEquals(2, new PainEntry(2, 1, null, false, null).target(nextDay).orElseThrow().id());
        assertInstanceOf(PainEntry.Target.Extra.class, PainEntry.session(h, 2).orElseThrow());
        assertInstanceOf(PainEntry.Target.Run.class, PainEntry.session(h, 1).orElseThrow());
        assertEquals(Optional.empty(), PainEntry.session(h, 3));
    }
}
