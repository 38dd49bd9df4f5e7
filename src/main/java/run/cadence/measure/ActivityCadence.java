package run.cadence.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import run.cadence.CadenceException;

/**
 * The steady-running cadence of recorded activities.
 *
 * <p>Only steady running counts: a point is left out when it has no cadence (a pause), when its cadence is
 * below {@link #RUNNING_FROM} (walking), and, if the file knows speed, when it is slower than
 * {@link #STEADY_SPEED_SHARE} of the typical running speed (warm-up and cool-down jogs). Each point counts for
 * the time until the next one; a longer gap than {@link #MAX_GAP_SECONDS} counts only as far as the file shows
 * running across it (see {@link #weight}), so an auto-pause adds nothing and sparse recording still counts.
 *
 * @param source the file, or "all files"
 * @param stepsPerMinute the time-weighted median, both feet
 * @param lowQuartile 25th percentile of the steady points
 * @param highQuartile 75th percentile of the steady points
 * @param minutesUsed steady running time that went into the figure
 * @param minutesRecorded the whole recording
 * @param unit how the file's numbers were read
 */
public record ActivityCadence(String source, double stepsPerMinute, double lowQuartile, double highQuartile,
                              double minutesUsed, double minutesRecorded, CadenceUnit unit) {

    /** Both feet; brisk walking tops out around 135-140. */
    static final double RUNNING_FROM = 140;
    static final double STEADY_SPEED_SHARE = 0.8;
    /** A point counts for the time to the next one up to this; longer gaps may be pauses. */
    static final double MAX_GAP_SECONDS = 10;
    /**
     * A longer gap counts in full, up to this, when the way covered across it shows steady running: watches that
     * record "smart" (Garmin) write a point only every 10-20 s or so on a steady stretch. Beyond a minute one
     * point's cadence stands for too much of the run.
     */
    static final double MAX_MOVING_GAP_SECONDS = 60;
    /** Less steady running than this is too little to set a baseline on. */
    static final double MIN_MINUTES = 1;

    /** The steady points of one file: cadence in steps per minute and the seconds each stands for. */
    public record SteadyPoints(String source, double[] stepsPerMinute, double[] weightSeconds,
                               double minutesRecorded, CadenceUnit unit) {
        public SteadyPoints {
            if (stepsPerMinute.length != weightSeconds.length) {
                throw new IllegalArgumentException("one weight per point");
            }
        }

        double minutesUsed() {
            return Arrays.stream(weightSeconds).sum() / 60;
        }
    }

    /**
     * Picks the steady running out of one activity.
     *
     * @param unitChoice the unit to read the file's numbers in, or null to use the format's rule or guess
     * @throws CadenceException (bad input) when the file has no cadence, no running or too little of it
     */
    public static SteadyPoints steadyRunning(Activity activity, CadenceUnit unitChoice) {
        List<ActivitySample> samples = activity.samples();
        String source = activity.source();
        if (samples.isEmpty()) {
            throw CadenceException.badInput(source + ": no track points; is this an activity export?");
        }
        int n = samples.size();
        double recorded = (samples.get(n - 1).seconds() - samples.get(0).seconds()) / 60;

        List<Double> moving = new ArrayList<>();
        for (ActivitySample s : samples) {
            if (s.hasCadence() && s.rawCadence() > 0) {
                moving.add(s.rawCadence());
            }
        }
        if (moving.isEmpty()) {
            throw CadenceException.badInput(source + ": no cadence recorded (the watch or app saved no steps);"
                    + " use a file from a watch or foot pod that counts steps, or 'cadence measure tap'");
        }
        CadenceUnit unit = unitChoice != null ? unitChoice
                : activity.declaredUnit() != null ? activity.declaredUnit()
                : CadenceUnit.guess(median(moving.stream().mapToDouble(Double::doubleValue).toArray()));

        boolean[] running = new boolean[n];
        List<Double> runningSpeeds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ActivitySample s = samples.get(i);
            running[i] = s.hasCadence() && unit.toStepsPerMinute(s.rawCadence()) >= RUNNING_FROM;
            if (running[i] && s.hasSpeed() && s.speed() > 0) {
                runningSpeeds.add(s.speed());
            }
        }
        // Speed only judges warm-up and cool-down when most running points have it; on a treadmill without a
        // foot pod there is none, and cadence alone has to do.
        long runningCount = countTrue(running);
        double typicalSpeed = runningSpeeds.size() * 2 > runningCount
                ? median(runningSpeeds.stream().mapToDouble(Double::doubleValue).toArray()) : Double.NaN;

        double[] weight = new double[n];
        for (int i = 0; i + 1 < n; i++) {
            weight[i] = weight(samples.get(i), samples.get(i + 1), typicalSpeed);
        }

        List<Double> spm = new ArrayList<>();
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ActivitySample s = samples.get(i);
            if (!running[i] || weight[i] == 0) {
                continue;
            }
            if (!Double.isNaN(typicalSpeed) && (!s.hasSpeed() || s.speed() < STEADY_SPEED_SHARE * typicalSpeed)) {
                continue;
            }
            spm.add(unit.toStepsPerMinute(s.rawCadence()));
            seconds.add(weight[i]);
        }
        SteadyPoints steady = new SteadyPoints(source, spm.stream().mapToDouble(Double::doubleValue).toArray(),
                seconds.stream().mapToDouble(Double::doubleValue).toArray(), recorded, unit);
        if (runningCount == 0 || steady.stepsPerMinute().length == 0) {
            double typical = unit.toStepsPerMinute(median(moving.stream().mapToDouble(Double::doubleValue).toArray()));
            throw CadenceException.badInput(String.format(Locale.ROOT,
                    "%s: no running found (typical cadence %.0f spm, running starts at %.0f); measure a run, not a"
                            + " walk or ride", source, typical, RUNNING_FROM));
        }
        if (steady.minutesUsed() < MIN_MINUTES) {
            throw CadenceException.badInput(String.format(Locale.ROOT,
                    "%s: only %.1f min of steady running; at least %.0f min is needed for a baseline",
                    source, steady.minutesUsed(), MIN_MINUTES));
        }
        return steady;
    }

    /**
     * The seconds a point stands for: the time to the next point. A gap over {@link #MAX_GAP_SECONDS} may be an
     * auto-pause or sparse ("smart") recording; the way covered across it tells which when the file has distance
     * and speed: steady running counts in full up to {@link #MAX_MOVING_GAP_SECONDS}, a stop counts nothing.
     * Without distance nothing tells them apart, so the point counts as a short gap: a sparse recording is still
     * measured, and a pause adds at most {@link #MAX_GAP_SECONDS} of the cadence just before it.
     */
    private static double weight(ActivitySample point, ActivitySample next, double typicalSpeed) {
        double dt = next.seconds() - point.seconds();
        if (!(dt > 0)) {
            return 0;
        }
        if (dt <= MAX_GAP_SECONDS) {
            return dt;
        }
        double covered = next.distance() - point.distance();
        if (Double.isNaN(covered) || Double.isNaN(typicalSpeed)) {
            return MAX_GAP_SECONDS;
        }
        return covered / dt >= STEADY_SPEED_SHARE * typicalSpeed ? Math.min(dt, MAX_MOVING_GAP_SECONDS) : 0;
    }

    /** The cadence of one file's steady running. */
    public static ActivityCadence of(SteadyPoints steady) {
        return summarise(steady.source(), List.of(steady), steady.unit());
    }

    /** The cadence over several files, every steady minute counting the same. */
    public static ActivityCadence overAll(Collection<SteadyPoints> files) {
        return summarise("all files", files, null);
    }

    private static ActivityCadence summarise(String source, Collection<SteadyPoints> files, CadenceUnit unit) {
        int total = files.stream().mapToInt(f -> f.stepsPerMinute().length).sum();
        double[][] pairs = new double[total][];
        int k = 0;
        double recorded = 0;
        for (SteadyPoints f : files) {
            for (int i = 0; i < f.stepsPerMinute().length; i++) {
                pairs[k++] = new double[] {f.stepsPerMinute()[i], f.weightSeconds()[i]};
            }
            recorded += f.minutesRecorded();
        }
        Arrays.sort(pairs, (a, b) -> Double.compare(a[0], b[0]));
        double used = Arrays.stream(pairs).mapToDouble(p -> p[1]).sum();
        return new ActivityCadence(source, weightedQuantile(pairs, used, 0.5), weightedQuantile(pairs, used, 0.25),
                weightedQuantile(pairs, used, 0.75), used / 60, recorded, unit);
    }

    /** The value below which the share q of the time lies; pairs sorted by value. */
    private static double weightedQuantile(double[][] pairs, double totalWeight, double q) {
        double target = q * totalWeight;
        double running = 0;
        for (double[] p : pairs) {
            running += p[1];
            if (running >= target) {
                return p[0];
            }
        }
        return pairs[pairs.length - 1][0];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return StepTimes.quantile(sorted, 0.5);
    }

    private static long countTrue(boolean[] flags) {
        long c = 0;
        for (boolean f : flags) {
            if (f) {
                c++;
            }
        }
        return c;
    }

    /** "163.0 spm median (middle half 160.0-166.0), 24.5 of 31.2 min steady running". */
    public String describe() {
        return String.format(Locale.ROOT, "%.1f spm median (middle half %.1f-%.1f), %.1f of %.1f min steady running",
                stepsPerMinute, lowQuartile, highQuartile, minutesUsed, minutesRecorded);
    }
}
