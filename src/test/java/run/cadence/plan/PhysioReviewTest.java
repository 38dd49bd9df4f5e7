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

    /** How seriously the planner takes a report: 0 good, 1 hold, 2 one level back, 3 back a stage. */
    private static int weight(PainReport p) {
        Optional<FlareCause> f = FlareCause.of(p, false);
        return f.isEmpty() ? 0 : f.get().severe() ? 3 : f.get() == FlareCause.PAIN_FOUR_TO_FIVE ? 1 : 2;
    }

    /**
     * Finding 2: the next morning ranks by its level. Pain that stays at 4-5 the next morning is never taken more
     * lightly than a morning that rose but stayed at 3 or less (0/0/3 took a stage back, 5/5/5 a level).
     */
    @Test
    void aMorningStillAtFourOrFiveWeighsAtLeastAsMuchAsOneThatRoseToThree() {
        for (int d = 0; d <= 5; d++) {
            for (int a = 0; a <= 5; a++) {
                for (int m = 0; m <= 5; m++) {
                    PainReport high = new PainReport(d, a, m, false, null);
                    if (m < 4) {
                        continue;
                    }
                    assertTrue(weight(high) >= 2, high + " is not settled");
                    for (int d2 = 0; d2 <= 3; d2++) {
                        for (int a2 = 0; a2 <= 3; a2++) {
                            for (int m2 = 0; m2 <= 3; m2++) {
                                PainReport low = new PainReport(d2, a2, m2, false, null);
                                assertTrue(weight(high) >= weight(low), high + " lighter than " + low);
                            }
                        }
                    }
                }
            }
        }
        List<PastSession> h = new ArrayList<>(List.of(t.done(1, 7, D, PlannerTest.FINE)));
        h.add(t.done(2, 7, D.plusDays(2), new PainReport(0, 0, 3, false, null)));
        assertEquals(Decision.LEVEL_BACK, t.next(h, D.plusDays(5)).decision(), "0/0/3: one level back");
        h.set(1, t.done(2, 7, D.plusDays(2), new PainReport(5, 5, 5, false, null)));
        assertEquals(Decision.LEVEL_BACK, t.next(h, D.plusDays(5)).decision(), "5/5/5: one level back");
        h.set(1, t.done(2, 7, D.plusDays(2), new PainReport(3, 3, 5, false, null)));
        assertEquals(Decision.LEVEL_BACK, t.next(h, D.plusDays(5)).decision(), "3/3/5: rose into 5, a level back");
        h.set(1, t.done(2, 7, D.plusDays(2), new PainReport(2, 2, 4, false, null)));
        PlanDecision rose = t.next(h, D.plusDays(5));
        assertEquals(Decision.LEVEL_BACK, rose.decision(), "2/2/4: a level back, as 5/5/5");
        assertTrue(rose.awaitingSettled(), "and it must be confirmed settled before the next run");
        h.set(1, t.done(2, 7, D.plusDays(2), new PainReport(2, 2, 6, false, null)));
        assertEquals(Decision.STEP_BACK, t.next(h, D.plusDays(5)).decision(), "a morning above 5 is severe");
    }

    /**
     * The re-check of finding 2: a morning at 4-5 weighs by where it ends, not by how far it rose. 2/2/4 went back a
     * stage while 5/5/5 and 4/4/4 went a level; every report whose morning is 4-5 and no better than just after
     * is now one level back, none more, none less.
     */
    @Test
    void aMorningAtFourOrFiveWeighsTheSameWhetherItRoseOrStayed() {
        for (int d = 0; d <= 5; d++) {
            for (int a = 0; a <= 5; a++) {
                for (int m = Math.max(4, a); m <= 5; m++) {
                    assertEquals(2, weight(new PainReport(d, a, m, false, null)), d + "/" + a + "/" + m);
                }
            }
        }
    }

    /**
     * Finding 4: "pain rising week to week" is a trend. A flare already acted on (here a limp, stepped back a stage)
     * is not counted again, and one 3/10 week after 1/10 ones is not a trend.
     */
    @Test
    void aFlareAlreadyActedOnOrOneThreeOutOfTenIsNoRisingTrend() {
        int back = program.stepBackFrom(7);
        List<PastSession> h = List.of(t.done(1, 7, D, PlannerTest.FINE), t.done(2, 7, D.plusDays(2), PlannerTest.FINE),
                t.done(3, 7, D.plusDays(4), new PainReport(7, 6, 6, true, null)).settled(D.plusDays(6)),
                t.done(4, back, D.plusDays(7), PlannerTest.FINE));
        PlanDecision d = t.next(h, D.plusDays(9));
        assertEquals(Decision.ADVANCE, d.decision(), d.reasons().toString());
        List<PastSession> mild = List.of(t.done(1, 7, D, new PainReport(1, 1, 0, false, null)),
                t.done(2, 7, D.plusDays(7), new PainReport(1, 1, 0, false, null)),
                t.done(3, 7, D.plusDays(12), new PainReport(1, 1, 0, false, null)),
                t.done(4, 7, D.plusDays(14), new PainReport(3, 3, 3, false, null)));
        assertEquals(Decision.ADVANCE, t.next(mild, D.plusDays(16)).decision(), "one 3/10 is no trend");
    }

    /** Finding 5: a run with a limp does not fade the clicks; they hold through the step back. */
    @Test
    void aRunWithALimpDoesNotFadeTheClicks() {
        List<PastSession> h = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            h.add(t.done(i + 1, 7, D.plusDays(2L * i), PlannerTest.FINE));
        }
        assertEquals(75, t.next(h, D.plusDays(10)).session().clickPercent(), "four at 100%, one of two at 75%");
        h.add(t.done(6, 7, D.plusDays(10), new PainReport(2, 2, 2, true, null)).settled(D.plusDays(12)));
        PlanDecision d = t.next(h, D.plusDays(13));
        assertEquals(Decision.STEP_BACK, d.decision());
        assertEquals(75, d.session().clickPercent(), "the limping run is no fade step");
        assertEquals(Optional.of(new Reason.ClicksHeldAfterFlare(D.plusDays(10), 75)),
                d.reason(Reason.ClicksHeldAfterFlare.class));
        h.add(t.done(7, program.stepBackFrom(7), D.plusDays(13), PlannerTest.FINE));
        assertEquals(50, t.next(h, D.plusDays(15)).session().clickPercent(), "the next good run is the second at 75%");
    }

    /** Finding 7: after exactly a week off the first run back repeats the last session; a day less carries on. */
    @Test
    void aWeekOffNeverAdvances() {
        List<PastSession> h = List.of(t.done(1, 7, D, PlannerTest.FINE), t.done(2, 7, D.plusDays(2), PlannerTest.FINE));
        PlanDecision week = t.next(h, D.plusDays(9));
        assertEquals(Decision.REPEAT, week.decision());
        assertEquals(7, week.session().level());
        assertEquals(new Reason.TimeOff(7, Gap.Rule.A_WEEK, program.level(7), program.level(7), false), week.reasons().get(0));
        assertEquals(Decision.ADVANCE, t.next(h, D.plusDays(8)).decision(), "6 days off carries on");
    }

    private PastSession recorded(long id, int level, LocalDate day, double spm) {
        PastSession s = t.done(id, level, day, PlannerTest.FINE);
        return s.withRecording(new RunRecording("r" + id + ".fit", "h" + id, 1, Optional.empty(),
                s.session().runningMinutes(), List.of(new RunRecording.StepCadence(s.target().stepsPerMinute(), spm,
                        s.session().runningMinutes() * 60))));
    }

    /**
     * Finding 8: a cadence that slips with the clicks on all of each run, twice in a row, is not following the clicks:
     * the plan says so and what to try, instead of "clicks stay on" for ever.
     */
    @Test
    void slippingTwiceWithAllTheClicksSaysTheClicksAreNotFollowed() {
        List<PastSession> h = new ArrayList<>(List.of(recorded(1, 8, D, 169)));
        assertEquals(Optional.of(new Reason.ClicksBack(169, 172.2, 100)),
                t.next(h, D.plusDays(2)).reason(Reason.ClicksBack.class).map(r -> new Reason.ClicksBack(
                        r.measuredSpm(), Math.round(r.targetSpm() * 10) / 10.0, r.clickPercent())));
        h.add(recorded(2, 8, D.plusDays(2), 169.5));
        PlanDecision d = t.next(h, D.plusDays(4));
        assertEquals(100, d.session().clickPercent());
        Reason.ClicksNotFollowed n = d.reason(Reason.ClicksNotFollowed.class).orElseThrow();
        assertEquals(169.5, n.measuredSpm(), 1e-9);
        assertEquals(2, n.runs());
        assertEquals(Optional.empty(), d.reason(Reason.ClicksBack.class));
        h.add(recorded(3, 8, D.plusDays(4), 172));
        assertEquals(Optional.empty(), t.next(h, D.plusDays(6)).reason(Reason.ClicksNotFollowed.class), "it held");
    }

    /** Finding 9: after a baseline change the fade is judged against the new target, and the plan says it changed. */
    @Test
    void aNewBaselineJudgesTheFadeAgainstTheNewTarget() {
        List<PastSession> h = List.of(recorded(1, 8, D, 160));
        Profile lower = PlannerTest.READY.withBaseline(new run.cadence.Cadence(150), "test");
        PlanDecision d = new Planner().next(lower, History.ofRuns(h), D.plusDays(2));
        assertEquals(157.5, d.session().targetCadence(lower.baseline()).stepsPerMinute(), 1e-9);
        assertEquals(Optional.empty(), d.reason(Reason.ClicksBack.class), "160 is above 157.5: no slip");
        assertEquals(Optional.of(new Reason.TargetChanged(172.2, 157.5)), d.reason(Reason.TargetChanged.class)
                .map(r -> new Reason.TargetChanged(Math.round(r.fromSpm() * 10) / 10.0, r.toSpm())));
        PlanDecision same = t.next(h, D.plusDays(2));
        assertTrue(same.reason(Reason.ClicksBack.class).isPresent(), "160 is a slip below 172.2");
        assertEquals(Optional.empty(), same.reason(Reason.TargetChanged.class));
    }
}
