package run.cadence.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;

/**
 * Every rule of the planner, old and new, as a property of thousands of random runners: good weeks, flares
 * mild and severe, missed logs and mornings, sessions stopped or cut off, the pain key, gaps from days to months,
 * watch recordings that hold or slip (or carry no cadence), and strength sessions between runs.
 */
class PlannerPropertiesTest {
    private static final double[] INCREASES = {2, 2.5, 5, 7.5, 10};

    /** Runners from robust (0: nearly every session good, rare gaps) to fragile (3: flares and gaps often). */
    @Provide
    Arbitrary<List<SimulatedRunner.Turn>> runners() {
        return Arbitraries.integers().between(0, 3).flatMap(this::runnerOfFragility);
    }

    private Arbitrary<List<SimulatedRunner.Turn>> runnerOfFragility(int fragility) {
        Arbitrary<Integer> offDays = Arbitraries.frequencyOf(
                Tuple.of(180, Arbitraries.just(0)),
                Tuple.of(10, Arbitraries.integers().between(1, 4)),
                Tuple.of(1 + 3 * fragility, Arbitraries.integers().between(8, 27)),
                Tuple.of(1 + fragility, Arbitraries.integers().between(28, 80)));
        Arbitrary<SessionStatus> status = Arbitraries.frequencyOf(
                Tuple.of(36, Arbitraries.just(SessionStatus.COMPLETED)),
                Tuple.of(3, Arbitraries.just(SessionStatus.STOPPED_EARLY)),
                Tuple.of(1, Arbitraries.just(SessionStatus.STARTED)));
        Arbitrary<PainReport> good = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3))
                .as((d, a, drop) -> new PainReport(d, a, Math.max(0, a - drop), false, null));
        Arbitrary<PainReport> mild = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(4, 5), Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(0, 3)).as((d, a, m) -> new PainReport(d, a, m, false, null)),
                Arbitraries.integers().between(0, 3).map(a -> new PainReport(a, a, a + 1, false, null)),
                Arbitraries.integers().between(4, 5).map(m -> new PainReport(m, m, m, false, null)));
        Arbitrary<PainReport> severe = Arbitraries.oneOf(
                Arbitraries.integers().between(6, 9).map(p -> new PainReport(p, p - 1, 3, false, null)),
                Arbitraries.integers().between(0, 3).map(p -> new PainReport(p, p, 0, true, null)),
                Arbitraries.integers().between(0, 3).map(p -> new PainReport(p, p, p + 3, false, null)));
        Arbitrary<PainReport> noMorning = Arbitraries.integers().between(0, 5)
                .map(p -> new PainReport(p, p, null, false, null));
        int f = fragility;
        Arbitrary<PainReport> maybeReport = Arbitraries.frequencyOf(Tuple.of(200, good), Tuple.of(1 + 8 * f, mild),
                Tuple.of(1 + 3 * f, severe), Tuple.of(2 + 2 * f, noMorning), Tuple.of(2 + 2 * f, Arbitraries.just(null)));
        Arbitrary<SimulatedRunner.Watch> watch = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(SimulatedRunner.Watch.NONE)),
                Tuple.of(3, Arbitraries.just(SimulatedRunner.Watch.HELD)),
                Tuple.of(2, Arbitraries.just(SimulatedRunner.Watch.SLIPPED)),
                Tuple.of(1, Arbitraries.just(SimulatedRunner.Watch.NO_CADENCE)));
        Arbitrary<List<Integer>> strength = Arbitraries.integers().between(0, 6).list().ofMaxSize(2);
        Arbitrary<SimulatedRunner.Turn> turn = Combinators.combine(offDays, status,
                Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 60 - 10 * fragility),
                maybeReport, watch,
                Arbitraries.doubles().between(2.1, 10), Arbitraries.integers().between(0, 4))
                .as((off, st, done, key, p, w, slip, settle) -> new SimulatedRunner.Turn(off, st, done, key == 0, p,
                        w, slip, settle > 0, List.of()));
        return Combinators.combine(turn, strength).as((t, s) -> new SimulatedRunner.Turn(t.offDays(), t.status(),
                t.donePercent(), t.stoppedForPain(), t.pain(), t.watch(), t.slipSpm(), t.confirmSettled(), s))
                .list().ofMinSize(1).ofMaxSize(150);
    }

    private static SimulatedRunner runner(int increase, boolean stairsFine, List<SimulatedRunner.Turn> turns) {
        // A third of the runners start later in the program (a physio's --stage), so maintenance is reached too.
        Stage start = Stage.values()[turns.size() % 3 == 0 ? turns.size() % Stage.values().length : 0];
        Profile p = Profile.startingWith(new Cadence(164), "test").startingAt(start, 0)
                .withIncrease(new CadenceIncrease.Percent(INCREASES[increase]))
                .withChecks(EntryCheck.PASSED, EntryCheck.PASSED, SimulatedRunner.START.minusDays(1))
                .withStairs(stairsFine ? Stairs.FINE : Stairs.NOT_ASKED);
        SimulatedRunner r = new SimulatedRunner(p);
        r.play(turns);
        return r;
    }

    /** The last run the legs did before a decision, if any. */
    private static Optional<PastSession> lastRun(SimulatedRunner.Step s) {
        List<PastSession> done = s.before().runsDone();
        return done.isEmpty() ? Optional.empty() : Optional.of(done.get(done.size() - 1));
    }

    @Property(tries = 1500)
    void anAdvanceMakesOneVariableHarderWithoutZigZagOrJump(@ForAll("runners") List<SimulatedRunner.Turn> turns,
            @ForAll @IntRange(min = 0, max = 4) int increase) {
        SimulatedRunner r = runner(increase, false, turns);
        for (SimulatedRunner.Step s : r.steps) {
            if (s.decision().decision() != Decision.ADVANCE) {
                continue;
            }
            PlannedSession from = r.program.level(r.program.levelOf(lastRun(s).orElseThrow().session()));
            PlannedSession to = s.decision().session();
            assertEquals(from.level() + 1, to.level(), "skipped a level: " + s.decision());
            assertEquals(1, to.harderThan(from).size(), from + " → " + to);
            assertTrue(to.runningMinutes() >= from.runningMinutes(), "running fell on an advance: " + from + " → " + to);
            if (from.hasRunning()) {
                assertTrue(to.runningMinutes() - from.runningMinutes() <= 3 + 1e-9, "jump: " + from + " → " + to);
                assertTrue(to.runningMinutes() <= from.runningMinutes() * 1.25 + 1e-9, "jump: " + from + " → " + to);
            }
        }
    }

    @Property(tries = 1500)
    void theLoadRulesHoldInEveryWindowAndTheRhythmIsKept(@ForAll("runners") List<SimulatedRunner.Turn> turns,
            @ForAll @IntRange(min = 0, max = 4) int increase) {
        SimulatedRunner r = runner(increase, false, turns);
        LoadLimit limit = LoadLimit.forProgram(r.program);
        for (SimulatedRunner.Step s : r.steps) {
            PlanDecision d = s.decision();
            List<PastSession> done = s.before().runsDone();
            assertFalse(d.date().isBefore(s.today()), "planned in the past: " + d);
            assertEquals(Optional.empty(), limit.violation(Schedule.dailyLoad(done, d.date().minusDays(60)), d.date(),
                    d.session().load()), "load limit broken: " + d);
            if (!done.isEmpty()) {
                PastSession last = done.get(done.size() - 1);
                assertTrue(ChronoUnit.DAYS.between(last.date(), d.date()) >= Schedule.DAYS_BETWEEN, "no rest day: " + d);
                int inWeek = 1;
                for (PastSession p : done) {
                    inWeek += ChronoUnit.DAYS.between(p.date(), d.date()) < 7 ? 1 : 0;
                }
                assertTrue(inWeek <= Schedule.MAX_RUNS_PER_WEEK, "a fourth run in 7 days: " + d);
            }
        }
    }

    @Property(tries = 1500)
    void aGapNeverAdvancesAndStepsBackByItsLength(@ForAll("runners") List<SimulatedRunner.Turn> turns,
            @ForAll @IntRange(min = 0, max = 4) int increase) {
        SimulatedRunner r = runner(increase, false, turns);
        for (SimulatedRunner.Step s : r.steps) {
            Optional<PastSession> last = lastRun(s);
            if (last.isEmpty()) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(last.get().date(), s.today());
            if (!Gap.isGap(days)) {
                continue;
            }
            int lastLevel = r.program.levelOf(last.get().session());
            PlanDecision d = s.decision();
            assertTrue(d.decision() != Decision.ADVANCE && d.decision() != Decision.MAINTAIN, "advanced after "
                    + days + " days off: " + d);
            assertTrue(d.session().level() <= Gap.levelAfter(r.program, lastLevel, days), d.toString());
            assertTrue(d.reason(Reason.TimeOff.class).isPresent(), d.toString());
            if (days >= Gap.RESTART_FROM && lastLevel >= r.program.firstJog()) {
                assertTrue(d.session().level() <= r.program.atTopCadence(r.program.firstJog(), lastLevel),
                        "no walk-run restart: " + d);
            }
        }
    }

    @Property(tries = 1500)
    void aSevereFlareNeverAdvancesAlwaysRestsAndWaitsToSettle(@ForAll("runners") List<SimulatedRunner.Turn> turns,
            @ForAll @IntRange(min = 0, max = 4) int increase) {
        SimulatedRunner r = runner(increase, false, turns);
        for (SimulatedRunner.Step s : r.steps) {
            Optional<PastSession> last = lastRun(s);
            if (last.isEmpty() || last.get().flare().isEmpty()) {
                continue;
            }
            FlareCause cause = last.get().flare().get();
            int lastLevel = r.program.levelOf(last.get().session());
            PlanDecision d = s.decision();
            assertTrue(d.decision() != Decision.ADVANCE && d.decision() != Decision.MAINTAIN, "advanced: " + d);
            if (cause.severe()) {
                assertTrue(d.session().level() <= r.program.stepBackFrom(lastLevel), "no stage back: " + d);
                assertTrue(ChronoUnit.DAYS.between(last.get().date(), d.date()) > Progression.REST_DAYS_AFTER_SEVERE,
                        "no rest after a severe flare: " + d);
            } else if (!Gap.isGap(ChronoUnit.DAYS.between(last.get().date(), s.today()))) {
                assertTrue(d.session().level() >= lastLevel - 1 && d.session().level() <= lastLevel,
                        "a mild flare went more than one level back: " + cause + " " + d);
            }
            if (cause.needsSettledCheck() && last.get().settledOn().isEmpty()) {
                assertTrue(d.awaitingSettled(), "ran again without asking whether it settled: " + d);
            }
        }
    }

    @Property(tries = 1500)
    void clicksNeverFadeOnASlippingRecording(@ForAll("runners") List<SimulatedRunner.Turn> turns,
            @ForAll @IntRange(min = 0, max = 4) int increase) {
        SimulatedRunner r = runner(increase, false, turns);
        for (SimulatedRunner.Step s : r.steps) {
            PastSession last = null;
            for (PastSession p : s.before().runsDone()) {
                if (p.session().hasRunning()) {
                    last = p;
                }
            }
            PlannedSession next = s.decision().session();
            if (last == null || last.recording().isEmpty() || !next.hasRunning()
                    || last.session().cadencePercent() != next.cadencePercent()) {
                continue;
            }
            double measured = last.recording().get().runCadence().orElse(Double.NaN);
            if (!Double.isNaN(measured) && ClickFade.slipped(measured, last.target().stepsPerMinute())) {
                assertTrue(next.clickPercent() > last.session().clickPercent() || next.clickPercent() == 100,
                        "faded after a slip (" + measured + " for " + last.target() + "): " + last.session().clickPercent()
                                + "% → " + next.clickPercent() + "%");
                assertTrue(s.decision().reason(Reason.ClicksBack.class).isPresent()
                        || s.decision().reason(Reason.ClicksBackAfterGap.class).isPresent(), s.decision().toString());
            }
        }
    }

    @Property(tries = 1000)
    void strengthSessionsNeverCountAsRunning(@ForAll("runners") List<SimulatedRunner.Turn> turns,
            @ForAll @IntRange(min = 0, max = 4) int increase, @ForAll boolean stairsFine) {
        SimulatedRunner r = runner(increase, stairsFine, turns);
        for (SimulatedRunner.Step s : r.steps) {
            List<PastExtra> severe = new ArrayList<>();
            for (PastExtra e : s.before().extras()) {
                if (e.severeFlare().isPresent()) {
                    severe.add(e);
                }
            }
            PlanDecision without = r.planner.next(s.profile(), new History(s.before().runs(), severe), s.today());
            assertEquals(without, s.decision(), "strength days changed the run plan");
        }
    }

    @Property(tries = 1500)
    void thePlanNeverLeavesTheProgramAndAlwaysSaysWhy(@ForAll("runners") List<SimulatedRunner.Turn> turns,
            @ForAll @IntRange(min = 0, max = 4) int increase) {
        SimulatedRunner r = runner(increase, false, turns);
        for (SimulatedRunner.Step s : r.steps) {
            PlanDecision d = s.decision();
            Statistics.label("decision").collect(d.decision());
            for (Reason reason : d.reasons()) {
                Statistics.label("reason").collect(reason.getClass().getSimpleName());
            }
            assertTrue(r.program.levels().contains(d.session().withClickPercent(100)), "not a level: " + d);
            assertFalse(d.reasons().isEmpty());
            if (d.decision() == Decision.MAINTAIN) {
                assertTrue(r.program.maintenanceRotation().contains(d.session().level()), d.toString());
                boolean completed = false;
                for (PastSession p : s.before().runsDone()) {
                    completed |= p.good() && r.program.levelOf(p.session()) == r.program.lastLevel()
                            || p.decision() == Decision.MAINTAIN;
                }
                assertTrue(completed, "maintenance before the program was done: " + d);
            }
        }
        // The random runners reach every rule, not just the easy ones.
        Statistics.label("decision").coverage(c -> {
            for (Decision kind : Decision.values()) {
                c.check(kind).count(n -> n > 5);
            }
        });
        Statistics.label("reason").coverage(c -> {
            for (String kind : List.of("Advance", "LoadHold", "LighterWeek", "MildFlareHold", "MildFlareBack",
                    "SevereFlare", "TimeOff", "AwaitSettled", "ClicksBack", "ClicksBackAfterGap", "FadeHeld",
                    "FadeByCalendar", "CadenceCheck", "CadenceOwn", "Maintenance", "ChecksAgain", "PainRising",
                    "NoPainReport", "AwaitingMorning", "StoppedEarly", "CutOff", "RecordingWithoutCadence")) {
                c.check(kind).count(n -> n > 5);
            }
        });
    }

    @Property(tries = 1500)
    void anAdvanceNeedsGoodSessionsAndPainThatDoesNotRise(@ForAll("runners") List<SimulatedRunner.Turn> turns,
            @ForAll @IntRange(min = 0, max = 4) int increase) {
        SimulatedRunner r = runner(increase, false, turns);
        for (SimulatedRunner.Step s : r.steps) {
            PlanDecision d = s.decision();
            if (d.decision() != Decision.ADVANCE) {
                continue;
            }
            List<PastSession> done = s.before().runsDone();
            PastSession last = done.get(done.size() - 1);
            assertTrue(last.good(), "advanced after a session that was not good: " + d);
            assertEquals(Optional.empty(), Progression.painRisingWeekToWeek(done, last.date()),
                    "advanced while pain rose week to week: " + d);
            Reason.Advance why = d.reason(Reason.Advance.class).orElseThrow();
            int level = r.program.levelOf(last.session());
            if (why.reclimb()) {
                assertTrue(level < Progression.highWater(r.program, done), "re-climbed a level never run: " + d);
            } else {
                PastSession before = done.get(done.size() - 2);
                assertTrue(before.good() && r.program.levelOf(before.session()) == level,
                        "advanced after one good session: " + d);
            }
        }
    }
}
