package run.cadence.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;

/**
 * The simulation report for docs/PLANNER.md: 10,000 random runners, half a year each, through the planner.
 * Runners differ in how often they flare (mild, severe, the pain key), take time off (a few days to two months),
 * forget a report or the next morning, and whether their watch records (never, sometimes, always; a fifth of the
 * recorders slip below the target once the clicks fade past half). Prints and writes
 * {@code target/bench-planner.txt}; asserts nothing about the figures. Run: mvn -B -Pbench verify
 */
@Tag("bench")
class PlannerSimulationBenchTest {
    private static final int RUNNERS = 10_000;
    private static final int DAYS = 26 * 7;

    /** One runner's habits, drawn once. */
    record Habits(double mild, double severe, double key, double gap, double noReport, double noMorning,
            double records, boolean slipper, double strength) {
        static Habits draw(Random r) {
            double records = r.nextDouble() < 0.3 ? 0 : r.nextDouble() < 0.5 ? 1 : 0.5;
            return new Habits(r.nextDouble() * 0.15, r.nextDouble() * 0.04, r.nextDouble() * 0.02,
                    r.nextDouble() * 0.04, r.nextDouble() * 0.08, r.nextDouble() * 0.10, records,
                    records > 0 && r.nextDouble() < 0.2, r.nextDouble());
        }
    }

    static SimulatedRunner.Turn turn(Habits h, Random r) {
        int off = 0;
        if (r.nextDouble() < h.gap()) {
            off = r.nextDouble() < 0.7 ? 8 + r.nextInt(20) : 28 + r.nextInt(35);
        } else if (r.nextDouble() < 0.1) {
            off = 1 + r.nextInt(3);
        }
        double u = r.nextDouble();
        PainReport pain;
        if (u < h.severe()) {
            int kind = r.nextInt(3);
            pain = kind == 0 ? new PainReport(6 + r.nextInt(3), 5, 3, false, null)
                    : kind == 1 ? new PainReport(2, 2, 1, true, null) : new PainReport(1, 1, 6, false, null);
        } else if (u < h.severe() + h.mild()) {
            int kind = r.nextInt(3);
            int p = r.nextInt(4);
            pain = kind == 0 ? new PainReport(4 + r.nextInt(2), 3, r.nextInt(3), false, null)
                    : kind == 1 ? new PainReport(p, p, p + 1, false, null) : new PainReport(4, 4, 4, false, null);
        } else {
            int p = r.nextInt(3);
            pain = new PainReport(p, p, Math.max(0, p - r.nextInt(2)), false, null);
        }
        if (r.nextDouble() < h.noReport()) {
            pain = null;
        } else if (r.nextDouble() < h.noMorning()) {
            pain = new PainReport(pain.during(), pain.after(), null, pain.limp(), null);
        }
        SessionStatus status = r.nextDouble() < 0.03 ? SessionStatus.STOPPED_EARLY : SessionStatus.COMPLETED;
        SimulatedRunner.Watch watch = r.nextDouble() >= h.records() ? SimulatedRunner.Watch.NONE
                : h.slipper() ? SimulatedRunner.Watch.SLIPS_WHEN_FADED : SimulatedRunner.Watch.HELD;
        List<Integer> strength = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            if (r.nextDouble() < h.strength()) {
                strength.add(r.nextInt(3));
            }
        }
        return new SimulatedRunner.Turn(off, status, 30 + r.nextInt(60), r.nextDouble() < h.key(), pain, watch,
                2.5 + r.nextDouble() * 5, r.nextDouble() < 0.9, strength);
    }

    @Test
    void tenThousandRunners() throws Exception {
        Random random = new Random(20261130);
        List<Double> weeksToThirty = new ArrayList<>();
        List<Integer> stepBacks = new ArrayList<>();
        Growth running = new Growth();
        Growth load = new Growth();
        AgainstRule rule = new AgainstRule();
        int clicksBack = 0;
        int recorders = 0;
        int slippers = 0;
        int slippersWithClicksBack = 0;
        int neverRecord = 0;
        int neverRecordReached = 0;
        List<Double> neverRecordWeeks = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int n = 0; n < RUNNERS; n++) {
            Habits h = Habits.draw(random);
            double increase = random.nextDouble() < 0.8 ? 5 : random.nextBoolean() ? 7.5 : 2.5;
            Profile p = Profile.startingWith(new Cadence(155 + random.nextInt(25)), "sim")
                    .withIncrease(new CadenceIncrease.Percent(increase))
                    .withChecks(EntryCheck.PASSED, EntryCheck.PASSED, SimulatedRunner.START.minusDays(1))
                    .withStairs(random.nextBoolean() ? Stairs.FINE : Stairs.NOT_ASKED);
            SimulatedRunner runner = new SimulatedRunner(p);
            while (ChronoUnit.DAYS.between(SimulatedRunner.START, runner.today) < DAYS) {
                runner.turn(turn(h, random));
            }
            runner.daysFirstJogToThirty().ifPresent(d -> weeksToThirty.add(d / 7.0));
            int backs = 0;
            boolean back = false;
            for (PastSession s : runner.history.runsDone()) {
                backs += s.decision() == Decision.STEP_BACK || s.decision() == Decision.LEVEL_BACK ? 1 : 0;
                back |= s.recording().isPresent() && s.recording().get().runCadence().isPresent()
                        && ClickFade.slipped(s.recording().get().runCadence().getAsDouble(), s.target().stepsPerMinute());
            }
            stepBacks.add(backs);
            running.add(runner.history.runsDone(), false);
            load.add(runner.history.runsDone(), true);
            rule.add(runner.program, runner.history.runsDone());
            if (h.records() > 0) {
                recorders++;
                clicksBack += back ? 1 : 0;
            }
            if (h.slipper()) {
                slippers++;
                slippersWithClicksBack += back ? 1 : 0;
            }
            if (h.records() == 0) {
                neverRecord++;
                if (runner.daysFirstJogToThirty().isPresent()) {
                    neverRecordReached++;
                    neverRecordWeeks.add(runner.daysFirstJogToThirty().get() / 7.0);
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%d simulated runners, %d days each (%.1f s)%n", RUNNERS, DAYS, seconds));
        b.append(String.format(Locale.ROOT, "first jog to 30 min continuous: %d of %d runners (%.0f%%); weeks median %.1f,"
                + " 90th percentile %.1f, best %.1f%n", weeksToThirty.size(), RUNNERS,
                100.0 * weeksToThirty.size() / RUNNERS, pct(weeksToThirty, 50), pct(weeksToThirty, 90),
                pct(weeksToThirty, 0)));
        b.append(String.format(Locale.ROOT, "runners who never log a recording: %d; %d reached 30 min, weeks median %.1f%n",
                neverRecord, neverRecordReached, pct(neverRecordWeeks, 50)));
        List<Double> backs = new ArrayList<>();
        stepBacks.forEach(x -> backs.add((double) x));
        b.append(String.format(Locale.ROOT, "step-backs (a level or a stage, run) per runner: mean %.2f, median %.0f, 90th"
                + " percentile %.0f, most %.0f%n", backs.stream().mapToDouble(x -> x).average().orElse(0),
                pct(backs, 50), pct(backs, 90), pct(backs, 100)));
        b.append(running.report("running minutes"));
        b.append(load.report("load (walking min + 3 x running min)"));
        b.append(rule.report());
        b.append(String.format(Locale.ROOT, "clicks came back after a slipping recording: %d of %d runners who record"
                + " (%.0f%%); %d of %d who slip once the clicks fade (%.0f%%)%n", clicksBack, recorders,
                100.0 * clicksBack / Math.max(1, recorders), slippersWithClicksBack, slippers,
                100.0 * slippersWithClicksBack / Math.max(1, slippers)));
        b.append(byHabit());
        System.out.print(b);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "bench-planner.txt"), b.toString());
    }

    /** One habit at a time (500 runners each, pain 0-2 on good days): what each costs on the way to 30 min. */
    static String byHabit() {
        String[] names = {"every session good", "mild flares, 10% of sessions", "severe flares, 3%", "pain key, 2%",
            "time off, 3% of sessions", "no report, 5%", "no morning report, 8%", "all of these together"};
        StringBuilder b = new StringBuilder("one habit at a time, 500 runners each: weeks from the first jog to 30"
                + " min continuous (median, 90th percentile), runners who got there in 26 weeks\n");
        for (int k = 0; k < names.length; k++) {
            Random r = new Random(k);
            boolean all = k == names.length - 1;
            Habits h = new Habits(k == 1 || all ? 0.10 : 0, k == 2 || all ? 0.03 : 0, k == 3 || all ? 0.02 : 0,
                    k == 4 || all ? 0.03 : 0, k == 5 || all ? 0.05 : 0, k == 6 || all ? 0.08 : 0, 0, false, 0.5);
            List<Double> weeks = new ArrayList<>();
            for (int n = 0; n < 500; n++) {
                SimulatedRunner runner = new SimulatedRunner(Profile.startingWith(new Cadence(164), "sim")
                        .withChecks(EntryCheck.PASSED, EntryCheck.PASSED, SimulatedRunner.START.minusDays(1)));
                while (ChronoUnit.DAYS.between(SimulatedRunner.START, runner.today) < DAYS) {
                    SimulatedRunner.Turn t = turn(h, r);
                    runner.turn(new SimulatedRunner.Turn(t.offDays(), SessionStatus.COMPLETED, t.donePercent(),
                            t.stoppedForPain(), t.pain(), t.watch(), t.slipSpm(), true, t.strength()));
                }
                runner.daysFirstJogToThirty().ifPresent(d -> weeks.add(d / 7.0));
            }
            b.append(String.format(Locale.ROOT, "  %-32s %5.1f  %5.1f  %3d of 500%n", names[k], pct(weeks, 50),
                    pct(weeks, 90), weeks.size()));
        }
        return b.toString();
    }

    static double pct(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(x -> x).toArray();
        Arrays.sort(v);
        return v[(int) Math.min(v.length - 1, Math.floor(p / 100 * v.length))];
    }

    /**
     * Growth of running minutes (or load) in every 7 and 14 days against the 7 (14) days just before, where
     * those held something: the plain ratio, and the ratio for steady weeks (the same number of runs in both, so
     * the growth is in the sessions, not a comeback or a lighter week ending).
     */
    static final class Growth {
        final List<Double> week = new ArrayList<>();
        final List<Double> steadyWeek = new ArrayList<>();
        final List<Double> fortnight = new ArrayList<>();

        void add(List<PastSession> done, boolean asLoad) {
            if (done.isEmpty()) {
                return;
            }
            LocalDate first = done.get(0).date();
            int span = (int) ChronoUnit.DAYS.between(first, done.get(done.size() - 1).date()) + 1;
            double[] day = new double[span];
            int[] runs = new int[span];
            for (PastSession s : done) {
                int i = (int) ChronoUnit.DAYS.between(first, s.date());
                day[i] += asLoad ? s.loadDone() : s.runningMinutesDone();
                runs[i]++;
            }
            for (int end = 13; end < span; end++) {
                double r = ratio(day, end, 7);
                if (r > 0) {
                    week.add(r);
                    if (count(runs, end, 7) == count(runs, end - 7, 7)) {
                        steadyWeek.add(r);
                    }
                }
            }
            for (int end = 27; end < span; end++) {
                double r = ratio(day, end, 14);
                if (r > 0) {
                    fortnight.add(r);
                }
            }
        }

        private static int count(int[] runs, int end, int days) {
            int n = 0;
            for (int i = 0; i < days; i++) {
                n += runs[end - i];
            }
            return n;
        }

        private static double ratio(double[] day, int end, int days) {
            double now = 0;
            double before = 0;
            for (int i = 0; i < days; i++) {
                now += day[end - i];
                before += day[end - days - i];
            }
            return before > 0 && now > 0 ? now / before : 0;
        }

        String report(String what) {
            return String.format(Locale.ROOT, "%s, 7 days against the 7 before: steady weeks (same number of runs)"
                    + " worst %+.0f%%, 99th percentile %+.0f%%, median %+.0f%%, %.1f%% over +10%%; all windows worst"
                    + " %+.0f%%, 99th percentile %+.0f%%, %.1f%% over +10%%. 14 days against the 14 before: worst %+.0f%%,"
                    + " 99th percentile %+.0f%%, %.1f%% over +30%%%n", what, 100 * (pct(steadyWeek, 100) - 1),
                    100 * (pct(steadyWeek, 99) - 1), 100 * (pct(steadyWeek, 50) - 1), over(steadyWeek, 1.10),
                    100 * (pct(week, 100) - 1), 100 * (pct(week, 99) - 1), over(week, 1.10),
                    100 * (pct(fortnight, 100) - 1), 100 * (pct(fortnight, 99) - 1), over(fortnight, 1.30));
        }

        private static double over(List<Double> v, double limit) {
            return 100.0 * v.stream().filter(x -> x > limit + 1e-9).count() / Math.max(1, v.size());
        }
    }

    /** Load in every 7 and 14 days against the planner's own reference: never above what it allowed. */
    static final class AgainstRule {
        double worstWeek;
        double worstFortnight;
        long windows;
        long overAllowed;

        void add(Program program, List<PastSession> done) {
            if (done.isEmpty()) {
                return;
            }
            LoadLimit limit = LoadLimit.forProgram(program);
            java.util.Map<LocalDate, Double> daily = Schedule.dailyLoad(done, done.get(0).date());
            for (LocalDate end = done.get(0).date(); !end.isAfter(done.get(done.size() - 1).date());
                    end = end.plusDays(1)) {
                for (int days : new int[] {7, 14}) {
                    LoadLimit.Window w = limit.measure(daily, end, days);
                    windows++;
                    overAllowed += w.load() > w.allowed() + 1e-6 ? 1 : 0;
                    if (w.reference() * (days == 7 ? 1.1 : 1.3) >= w.allowed() - 1e-6 && w.reference() > 0) {
                        double g = w.load() / w.reference();
                        if (days == 7) {
                            worstWeek = Math.max(worstWeek, g);
                        } else {
                            worstFortnight = Math.max(worstFortnight, g);
                        }
                    }
                }
            }
        }

        String report() {
            return String.format(Locale.ROOT, "load against the planner's reference (above the floors): worst 7 days"
                    + " %+.1f%%, worst 14 days %+.1f%%; %d of %d windows over what it allowed (runners who ran"
                    + " later or more than planned)%n", 100 * (worstWeek - 1), 100 * (worstFortnight - 1), overAllowed,
                    windows);
        }
    }
}
