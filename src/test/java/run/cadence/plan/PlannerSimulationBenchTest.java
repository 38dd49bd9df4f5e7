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
                    : kind == 1 ? new PainReport(2, 2, 1, true, null) : new PainReport(1, 1, 4, false, null);
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
        b.append(String.format(Locale.ROOT, "clicks came back after a slipping recording: %d of %d runners who record"
                + " (%.0f%%); %d of %d who slip once the clicks fade (%.0f%%)%n", clicksBack, recorders,
                100.0 * clicksBack / Math.max(1, recorders), slippersWithClicksBack, slippers,
                100.0 * slippersWithClicksBack / Math.max(1, slippers)));
        System.out.print(b);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "bench-planner.txt"), b.toString());
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
     * those held something: the plain week-on-week ratio, not the planner's own reference.
     */
    static final class Growth {
        final List<Double> week = new ArrayList<>();
        final List<Double> fortnight = new ArrayList<>();

        void add(List<PastSession> done, boolean asLoad) {
            if (done.isEmpty()) {
                return;
            }
            LocalDate first = done.get(0).date();
            int span = (int) ChronoUnit.DAYS.between(first, done.get(done.size() - 1).date()) + 1;
            double[] day = new double[span];
            for (PastSession s : done) {
                day[(int) ChronoUnit.DAYS.between(first, s.date())] += asLoad ? s.loadDone() : s.runningMinutesDone();
            }
            for (int end = 13; end < span; end++) {
                ratio(day, end, 7, week);
            }
            for (int end = 27; end < span; end++) {
                ratio(day, end, 14, fortnight);
            }
        }

        private static void ratio(double[] day, int end, int days, List<Double> into) {
            double now = 0;
            double before = 0;
            for (int i = 0; i < days; i++) {
                now += day[end - i];
                before += day[end - days - i];
            }
            if (before > 0 && now > 0) {
                into.add(now / before);
            }
        }

        String report(String what) {
            return String.format(Locale.ROOT, "%s: 7 days against the 7 before: worst %+.0f%%, 99th percentile %+.0f%%,"
                    + " median %+.0f%%, %.1f%% of windows over +10%%; 14 days against the 14 before: worst %+.0f%%,"
                    + " 99th percentile %+.0f%%, %.1f%% over +30%%%n", what, 100 * (pct(week, 100) - 1),
                    100 * (pct(week, 99) - 1), 100 * (pct(week, 50) - 1), over(week, 1.10),
                    100 * (pct(fortnight, 100) - 1), 100 * (pct(fortnight, 99) - 1), over(fortnight, 1.30));
        }

        private static double over(List<Double> v, double limit) {
            return 100.0 * v.stream().filter(x -> x > limit + 1e-9).count() / Math.max(1, v.size());
        }
    }
}
