package run.cadence.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;

class PlannerTest {
    private static final LocalDate START = LocalDate.of(2026, 11, 26);
    private static final Profile READY = Profile.startingWith(new Cadence(164), "test")
            .withChecks(EntryCheck.PASSED, EntryCheck.PASSED);
    private final Planner planner = new Planner();
    private final Program program = Program.rampingTo(5);

    private PastSession done(long id, int level, LocalDate day, PainReport pain) {
        return new PastSession(id, program.level(level), day, SessionStatus.COMPLETED,
                program.level(level).totalSeconds(), pain);
    }

    @Test
    void advancingExplainsThePainAndTheOneChange() {
        List<PastSession> h = List.of(
                done(1, 8, START, new PainReport(1, 1, 0, false, null)),
                done(2, 8, START.plusDays(2), new PainReport(0, 2, 1, false, null)));
        PlanDecision d = planner.next(READY, h, START.plusDays(4));
        assertEquals(Decision.ADVANCE, d.decision());
        assertEquals(9, d.session().level());
        assertEquals("Advancing: last two sessions pain 1/10 and 2/10 → run interval 2 min → 3 min.",
                d.reasons().get(0));
        assertEquals(START.plusDays(4), d.date());
    }

    @Test
    void painRisingWeekToWeekHoldsInsteadOfAdvancing() {
        // Pain 1 the week before, 2 then 3 this week: each within 3/10, but rising (Silbernagel et al. 2007).
        List<PastSession> h = List.of(
                done(1, 8, START, new PainReport(1, 1, 0, false, null)),
                done(2, 8, START.plusDays(7), new PainReport(2, 1, 0, false, null)),
                done(3, 8, START.plusDays(9), new PainReport(1, 3, 1, false, null)));
        PlanDecision d = planner.next(READY, h, START.plusDays(11));
        assertEquals(Decision.REPEAT, d.decision());
        assertEquals(8, d.session().level());
        assertEquals("Repeating: pain is rising week to week (worst 3/10 in the 7 days to Sat 5 Dec, 1/10 in the 7"
                + " days before); hold this session until it stops rising.", d.reasons().get(0));

        List<PastSession> steady = List.of(
                done(1, 8, START, new PainReport(3, 1, 0, false, null)),
                done(2, 8, START.plusDays(7), new PainReport(2, 1, 0, false, null)),
                done(3, 8, START.plusDays(9), new PainReport(1, 3, 1, false, null)));
        assertEquals(Decision.ADVANCE, planner.next(READY, steady, START.plusDays(11)).decision());
    }

    @Test
    void noReportRepeatsAndSaysWhy() {
        List<PastSession> h = List.of(done(1, 8, START, null));
        PlanDecision d = planner.next(READY, h, START.plusDays(2));
        assertEquals(Decision.REPEAT, d.decision());
        assertEquals(8, d.session().level());
        assertTrue(d.reasons().get(0).startsWith("Repeating: no pain report for the session on Thu 26 Nov"),
                d.reasons().get(0));
    }

    @Test
    void painFourHoldsAndALimpStepsBackOneStageAfterARestDay() {
        PlanDecision hold = planner.next(READY, List.of(done(1, 12, START, new PainReport(4, 2, 1, false, null))),
                START.plusDays(2));
        assertEquals(Decision.REPEAT, hold.decision());
        assertEquals(12, hold.session().level());

        PlanDecision back = planner.next(READY, List.of(done(1, 12, START, new PainReport(2, 2, 1, true, null))),
                START.plusDays(1));
        assertEquals(Decision.STEP_BACK, back.decision());
        assertEquals(program.lastLevelOf(Stage.UPHILL_WALK_JOG), back.session().level());
        assertEquals(START.plusDays(3), back.date());
        assertTrue(back.reasons().get(0).startsWith("Stepping back: a limp"), back.reasons().get(0));
    }

    @Test
    void worseNextMorningStepsBack() {
        PlanDecision d = planner.next(READY, List.of(done(1, 5, START, new PainReport(2, 2, 3, false, null))),
                START.plusDays(3));
        assertEquals(Decision.STEP_BACK, d.decision());
        assertEquals(program.lastLevelOf(Stage.UPHILL_WALK), d.session().level());
        assertTrue(d.reasons().get(0).contains("worse the next morning"), d.reasons().get(0));
    }

    @Test
    void missingMorningReportHoldsUntilItIsIn() {
        PlanDecision d = planner.next(READY, List.of(
                done(1, 3, START, new PainReport(1, 1, 0, false, null)),
                done(2, 3, START.plusDays(2), new PainReport(1, 1, null, false, null))), START.plusDays(4));
        assertEquals(Decision.REPEAT, d.decision());
        assertTrue(d.reasons().get(0).contains("cadence log --morning N"), d.reasons().get(0));
    }

    @Test
    void entryChecksGateRunningNotWalking() {
        Profile notAsked = Profile.startingWith(new Cadence(164), "x");
        PlanDecision walk = planner.next(notAsked, List.of(), START);
        assertEquals(Decision.START, walk.decision(), "stage 1 walking needs no check");
        assertEquals(0, walk.session().level());

        PlanDecision stage3 = planner.next(notAsked.startingAt(Stage.FLAT_WALK_RUN, 0), List.of(), START);
        assertEquals(Decision.NOT_READY, stage3.decision());
        assertTrue(stage3.reasons().get(0).contains("single-leg hops"), stage3.reasons().get(0));

        Profile failed = notAsked.withChecks(EntryCheck.FAILED, EntryCheck.FAILED).startingAt(Stage.FLAT_WALK_RUN, 0);
        PlanDecision refused = planner.next(failed, List.of(), START);
        assertEquals(Decision.NOT_READY, refused.decision());
        assertTrue(refused.reasons().get(0).contains("was not pain-free"), refused.reasons().get(0));

        // Two good walks at the end of stage 1: the next session would be the first with running.
        int lastWalk = program.lastLevelOf(Stage.UPHILL_WALK);
        List<PastSession> h = List.of(
                done(1, lastWalk, START, new PainReport(0, 0, 0, false, null)),
                done(2, lastWalk, START.plusDays(2), new PainReport(0, 0, 0, false, null)));
        PlanDecision intoStage2 = planner.next(notAsked, h, START.plusDays(4));
        assertEquals(Decision.NOT_READY, intoStage2.decision());
        assertTrue(intoStage2.reasons().get(0).startsWith("Before the first running (stage 2)"),
                intoStage2.reasons().get(0));
        assertEquals(Decision.ADVANCE, planner.next(READY, h, START.plusDays(4)).decision());
    }

    @Test
    void aStageRestartKeepsTheRestDayAndTheWeeklyCap() {
        List<PastSession> h = List.of(done(1, 8, START, new PainReport(0, 0, 0, false, null)));
        PlanDecision d = planner.next(READY.startingAt(Stage.FLAT_WALK_RUN, 1), h, START);
        assertEquals(Decision.START, d.decision());
        assertEquals(START.plusDays(2), d.date(), "a restart the same day skipped the rest day");

        List<PastSession> three = List.of(
                done(1, 8, START, new PainReport(0, 0, 0, false, null)),
                done(2, 8, START.plusDays(2), new PainReport(0, 0, 0, false, null)),
                done(3, 8, START.plusDays(4), new PainReport(0, 0, 0, false, null)));
        PlanDecision capped = planner.next(READY.startingAt(Stage.UPHILL_WALK, 3), three, START.plusDays(6));
        assertEquals(START.plusDays(7), capped.date(), "a fourth session inside 7 days after a restart");
    }

    @Test
    void startStageSetAfterSessionsIgnoresTheEarlierOnes() {
        List<PastSession> h = List.of(done(1, 2, START, new PainReport(0, 0, 0, false, null)));
        PlanDecision d = planner.next(READY.startingAt(Stage.FLAT_CONTINUOUS, 1), h, START.plusDays(2));
        assertEquals(Decision.START, d.decision());
        assertEquals(program.firstLevelOf(Stage.FLAT_CONTINUOUS), d.session().level());
    }

    /** A play or render that failed is kept in the history as stopped at 0:00, but the legs did nothing. */
    @Test
    void aFailedAttemptAtZeroIsNotASession() {
        PastSession good1 = done(1, 8, START, new PainReport(0, 0, 0, false, null));
        PastSession good2 = done(2, 8, START.plusDays(2), new PainReport(0, 0, 0, false, null));
        PastSession failed = new PastSession(3, program.level(9), START.plusDays(4), SessionStatus.STOPPED_EARLY, 0,
                null);
        PlanDecision d = planner.next(READY, List.of(good1, good2, failed), START.plusDays(4));
        assertEquals(Decision.ADVANCE, d.decision(), d.toString());
        assertEquals(9, d.session().level());
        assertEquals(START.plusDays(4), d.date(), "a failed attempt moved the rest day");

        List<PastSession> h = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            h.add(new PastSession(i + 1, program.level(9), START, SessionStatus.STOPPED_EARLY, 0, null));
        }
        assertEquals(100, Planner.clickPercent(h, program.level(9)), "failed attempts faded the clicks");
    }

    @Test
    void metronomeFadesAfterFourSessionsAtTheTarget() {
        List<PastSession> h = new ArrayList<>();
        int[] expected = {100, 100, 100, 100, 75, 75, 50, 50, 25, 25, 0, 0};
        PlannedSession s = program.level(9);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], Planner.clickPercent(h, s), "after " + i + " sessions");
            h.add(done(i + 1, 9, START.plusDays(2L * i), null));
        }
        // A walk-only session neither counts nor clicks.
        assertEquals(100, Planner.clickPercent(h, program.level(0)));
    }

    @Test
    void aSessionThatWouldBreakTheWeeklyLimitWaitsAndSaysWhy() {
        // Stage 6 intervals: 35 running min each. Two in the last 4 days, none before: a third now makes 105
        // in 7 days against a 90 min floor.
        int intervals = program.lastLevel();
        List<PastSession> h = List.of(
                done(1, intervals, START, new PainReport(0, 0, 0, false, null)),
                done(2, intervals, START.plusDays(2), new PainReport(0, 0, 0, false, null)));
        PlanDecision next = planner.next(READY.startingAt(Stage.SPEED, 0), h, START.plusDays(4));
        assertEquals(START.plusDays(7), next.date());
        assertTrue(next.explanation().contains("Resting until Thu 3 Dec: on Mon 30 Nov, 105 running min in the 7 days"
                + " to 2026-11-30 would be more than 10% above the 0 min of the 7 days before (allowed 90)."),
                next.explanation());
    }

    @Test
    void previewAssumesEverythingGoesWell() {
        List<PlanDecision> ahead = planner.preview(READY, List.of(), START, 8);
        assertEquals(8, ahead.size());
        assertEquals(Decision.START, ahead.get(0).decision());
        int[] levels = ahead.stream().mapToInt(p -> p.session().level()).toArray();
        assertEquals(List.of(0, 0, 1, 1, 2, 2, 3, 3), java.util.Arrays.stream(levels).boxed().toList());
        assertEquals(START.plusDays(2), ahead.get(1).date());
    }

    // ---- properties over random pain histories ----

    /** What the runner did with one planned session. */
    record Outcome(SessionStatus status, int doneFraction, PainReport pain, int lookAfterDays) {}

    @Provide
    Arbitrary<List<Outcome>> histories() {
        Arbitrary<Integer> pain = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 3)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(4, 5)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(6, 10)));
        Arbitrary<Integer> morning = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0, 3)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(4, 10)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(-1)));
        Arbitrary<PainReport> report = Combinators.combine(pain, pain, morning,
                Arbitraries.integers().between(0, 19)).as((d, a, m, limp) ->
                        new PainReport(d, a, m < 0 ? null : m, limp == 0, null));
        Arbitrary<PainReport> maybeReport = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, report), net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
        Arbitrary<SessionStatus> status = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(16, Arbitraries.just(SessionStatus.COMPLETED)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(SessionStatus.STOPPED_EARLY)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(SessionStatus.STARTED)));
        Arbitrary<Outcome> outcome = Combinators.combine(status, Arbitraries.integers().between(0, 99), maybeReport,
                Arbitraries.integers().between(0, 4)).as(Outcome::new);
        return outcome.list().ofMinSize(1).ofMaxSize(60);
    }

    /** Plays a history through the planner; the runner plays each session on the day it was planned for. */
    private List<PlanDecision> simulate(Profile profile, List<Outcome> outcomes, List<PastSession> history) {
        List<PlanDecision> decisions = new ArrayList<>();
        LocalDate today = START;
        long id = 0;
        for (Outcome o : outcomes) {
            PlanDecision d = planner.next(profile, history, today);
            decisions.add(d);
            int total = d.session().totalSeconds();
            int done = o.status() == SessionStatus.COMPLETED ? total : total * o.doneFraction() / 100;
            history.add(new PastSession(++id, d.session(), d.date(), o.status(), done, o.pain()));
            today = d.date().plusDays(o.lookAfterDays());
        }
        return decisions;
    }

    @Property(tries = 2000)
    void oneLoadVariableAtATime(@ForAll("histories") List<Outcome> outcomes,
            @ForAll @IntRange(min = 0, max = 3) int increaseChoice) {
        double[] increases = {2.5, 5, 7.5, 10};
        Profile profile = READY.withIncrease(new CadenceIncrease.Percent(increases[increaseChoice]));
        List<PlanDecision> ds = simulate(profile, outcomes, new ArrayList<>());
        for (int i = 1; i < ds.size(); i++) {
            PlannedSession before = ds.get(i - 1).session();
            PlannedSession now = ds.get(i).session();
            if (ds.get(i).decision() == Decision.STEP_BACK) {
                assertTrue(now.level() < before.level() || now.level() == 0, ds.get(i).toString());
            } else {
                assertTrue(now.changesFrom(before).size() <= 1,
                        before.describe() + " → " + now.describe() + ": " + now.changesFrom(before));
                assertTrue(now.level() - before.level() <= 1, "skipped a level: " + ds.get(i));
            }
        }
    }

    @Property(tries = 2000)
    void runningVolumeStaysWithinTenAndThirtyPercent(@ForAll("histories") List<Outcome> outcomes,
            @ForAll @IntRange(min = 1, max = 6) int startStage) {
        Profile profile = READY.startingAt(Stage.ofNumber(startStage), 0);
        List<PastSession> history = new ArrayList<>();
        simulate(profile, outcomes, history);
        Map<LocalDate, Double> daily = Planner.dailyRunning(history);
        LocalDate last = history.get(history.size() - 1).date();
        for (LocalDate end = START; !end.isAfter(last.plusDays(27)); end = end.plusDays(1)) {
            assertEquals(java.util.Optional.empty(), VolumeLimit.DEFAULT.brokenWindowEnding(daily, end));
        }
        // Attempts stopped at 0:00 did nothing and are not sessions (see aFailedAttemptAtZeroIsNotASession).
        List<PastSession> sessions = history.stream().filter(PastSession::didAnything).toList();
        for (int i = 3; i < sessions.size(); i++) {
            assertTrue(!sessions.get(i).date().isBefore(sessions.get(i - 3).date().plusDays(7)),
                    "a fourth session inside 7 days");
        }
    }

    @Property(tries = 2000)
    void painDecides(@ForAll("histories") List<Outcome> outcomes) {
        List<PastSession> history = new ArrayList<>();
        List<PlanDecision> ds = simulate(READY, outcomes, history);
        for (int i = 1; i < ds.size(); i++) {
            // The planner judges the last session that did anything: an attempt stopped at 0:00 is not one.
            List<PastSession> counted = history.subList(0, i).stream().filter(PastSession::didAnything).toList();
            if (counted.isEmpty()) {
                continue;
            }
            PastSession last = counted.get(counted.size() - 1);
            PlanDecision d = ds.get(i);
            PainReport p = last.pain();
            int lastLevel = last.session().level();
            if (p == null) {
                assertEquals(Decision.REPEAT, d.decision());
                assertEquals(lastLevel, d.session().level());
                assertTrue(d.reasons().get(0).contains("no pain report"), d.reasons().get(0));
            } else if (p.limp() || p.worst() > 5 || p.worseNextMorning()) {
                assertEquals(Decision.STEP_BACK, d.decision());
                assertTrue(!d.date().isBefore(last.date().plusDays(3)), "no rest day after a step back");
            } else if (p.worst() >= 4 || last.status() != SessionStatus.COMPLETED || p.morning() == null) {
                assertEquals(Decision.REPEAT, d.decision(), d.toString());
                assertEquals(lastLevel, d.session().level());
            } else if (d.decision() == Decision.ADVANCE) {
                PastSession before = counted.get(counted.size() - 2);
                assertTrue(Planner.good(before) && before.session().level() == lastLevel,
                        "advanced after one good session: " + d);
                assertTrue(d.reasons().get(0).startsWith("Advancing: last two sessions pain "
                        + before.pain().worst() + "/10 and " + p.worst() + "/10 → "), d.reasons().get(0));
            }
            if (d.decision() == Decision.ADVANCE) {
                int thisWeek = worstPain(counted, last.date().minusDays(6), last.date());
                int weekBefore = worstPain(counted, last.date().minusDays(13), last.date().minusDays(7));
                assertTrue(weekBefore < 0 || thisWeek <= weekBefore,
                        "advanced while pain rose week to week (" + weekBefore + " → " + thisWeek + "): " + d);
                assertTrue(Planner.good(last), "advanced after a session that was not good: " + d);
                assertEquals(lastLevel + 1, d.session().level());
            }
            assertTrue(!d.reasons().isEmpty() && !d.reasons().get(0).isBlank());
        }
    }

    /** The worst reported pain of the sessions dated from..to, or -1 if none has a report. */
    private static int worstPain(List<PastSession> sessions, LocalDate from, LocalDate to) {
        int worst = -1;
        for (PastSession s : sessions) {
            if (s.pain() != null && !s.date().isBefore(from) && !s.date().isAfter(to)) {
                worst = Math.max(worst, s.pain().worst());
            }
        }
        return worst;
    }
}
