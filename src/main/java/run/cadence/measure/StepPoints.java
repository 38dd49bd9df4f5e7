package run.cadence.measure;

import java.util.Arrays;

/**
 * An activity's points read as a runner's steps: the cadence in steps per minute (both feet), which points are
 * running, the typical running speed, and the seconds each point stands for. {@link ActivityCadence} (the baseline)
 * and {@link RecordingAligner} (a recording laid over a session) read recordings the same way through this.
 */
final class StepPoints {
    /** Both feet; brisk walking tops out around 135-140. */
    static final double RUNNING_FROM = 140;
    /** Slower than this share of the typical running speed is a warm-up or cool-down jog, not steady running. */
    static final double STEADY_SPEED_SHARE = 0.8;
    /** A point counts for the time to the next one up to this; longer gaps may be pauses. */
    static final double MAX_GAP_SECONDS = 10;
    /**
     * A longer gap counts in full, up to this, when the way covered across it shows steady running: watches that
     * record "smart" (Garmin) write a point only every 10-20 s or so on a steady stretch. Beyond a minute one
     * point's cadence stands for too much of the run.
     */
    static final double MAX_MOVING_GAP_SECONDS = 60;

    /**
     * Metres per second: 21.6 km/h, 2:47 min/km, faster than the marathon record. Steps "running" faster than this
     * are pedal strokes (a GPX from a bike app has no sport to say so).
     */
    static final double FASTEST_RUN = 6.0;

    final Activity activity;
    final CadenceUnit unit;
    /** Steps per minute, both feet; NaN where the point has no cadence. */
    final double[] spm;
    final boolean[] running;
    /** The seconds each point stands for (0 for the last point of a leg). */
    final double[] weight;
    /** The median speed of running points, NaN when the file has none for most of them or is indoors. */
    final double typicalSpeed;
    /** Points that record a cadence, and those whose cadence is above 0. */
    final int withCadence;
    final int moving;
    /** The median cadence of moving points, steps per minute; NaN when none moves. */
    final double typicalSpm;

    private StepPoints(Activity activity, CadenceUnit unit, double[] spm, boolean[] running, double[] weight,
            double typicalSpeed, int withCadence, int moving, double typicalSpm) {
        this.activity = activity;
        this.unit = unit;
        this.spm = spm;
        this.running = running;
        this.weight = weight;
        this.typicalSpeed = typicalSpeed;
        this.withCadence = withCadence;
        this.moving = moving;
        this.typicalSpm = typicalSpm;
    }

    /**
     * @param unitChoice the unit to read the file's numbers in, or null to use the format's rule or guess
     */
    static StepPoints of(Activity activity, CadenceUnit unitChoice) {
        int n = activity.size();
        double[] movingRaw = new double[n];
        int withCadence = 0;
        int moving = 0;
        for (int i = 0; i < n; i++) {
            double c = activity.rawCadence(i);
            if (!Double.isNaN(c)) {
                withCadence++;
                if (c > 0) {
                    movingRaw[moving++] = c;
                }
            }
        }
        double medianRaw = moving == 0 ? Double.NaN : median(Arrays.copyOf(movingRaw, moving));
        CadenceUnit unit = unitChoice != null ? unitChoice
                : activity.declaredUnit() != null ? activity.declaredUnit()
                : moving == 0 ? CadenceUnit.ONE_LEG : CadenceUnit.guess(medianRaw);

        boolean indoor = activity.sport().indoor();
        double[] spm = new double[n];
        boolean[] running = new boolean[n];
        double[] runningSpeeds = new double[n];
        int runningCount = 0;
        int withSpeed = 0;
        for (int i = 0; i < n; i++) {
            spm[i] = unit.toStepsPerMinute(activity.rawCadence(i));
            running[i] = spm[i] >= RUNNING_FROM;
            if (running[i]) {
                runningCount++;
                double v = activity.speed(i);
                if (!indoor && !Double.isNaN(v) && v > 0) {
                    runningSpeeds[withSpeed++] = v;
                }
            }
        }
        // Speed only judges warm-up and cool-down when most running points have it; on a treadmill without a
        // foot pod there is none (or only the wrist's guess), and cadence alone has to do.
        double typicalSpeed = withSpeed * 2 > runningCount ? median(Arrays.copyOf(runningSpeeds, withSpeed))
                : Double.NaN;
        double[] weight = new double[n];
        for (int i = 0; i + 1 < n; i++) {
            weight[i] = activity.startsLeg(i + 1) ? 0 : weight(activity, i, typicalSpeed, indoor);
        }
        return new StepPoints(activity, unit, spm, running, weight, typicalSpeed, withCadence, moving,
                unit.toStepsPerMinute(medianRaw));
    }

    /**
     * The seconds a point stands for: the time to the next point. A gap over {@link #MAX_GAP_SECONDS} may be an
     * auto-pause or sparse ("smart") recording; the way covered across it tells which when the file has distance
     * and speed: steady running counts in full up to {@link #MAX_MOVING_GAP_SECONDS}, a stop counts nothing.
     * Without distance (or indoors, where it is a guess) nothing tells them apart, so the point counts as a short
     * gap: a sparse recording is still measured, and a pause adds at most {@link #MAX_GAP_SECONDS} of the cadence
     * just before it.
     */
    private static double weight(Activity a, int i, double typicalSpeed, boolean indoor) {
        double dt = a.seconds(i + 1) - a.seconds(i);
        if (dt <= MAX_GAP_SECONDS) {
            return dt;
        }
        double covered = a.distance(i + 1) - a.distance(i);
        if (indoor || Double.isNaN(covered) || Double.isNaN(typicalSpeed)) {
            return MAX_GAP_SECONDS;
        }
        return covered / dt >= STEADY_SPEED_SHARE * typicalSpeed ? Math.min(dt, MAX_MOVING_GAP_SECONDS) : 0;
    }

    /** Whether a running point is at steady speed (always, when speed does not judge). */
    boolean steady(int i) {
        if (Double.isNaN(typicalSpeed)) {
            return true;
        }
        double v = activity.speed(i);
        return !Double.isNaN(v) && v >= STEADY_SPEED_SHARE * typicalSpeed;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return StepTimes.quantile(sorted, 0.5);
    }

    /**
     * The weighted mean of the middle half: the points between the 25th and 75th weighted percentile, the ones at
     * the edges counted for the part of their weight inside. Robust like a median to a stop or a stumble, but it
     * averages out what a median cannot: watches round cadence to whole numbers (TCX and GPX to whole strides, 2
     * spm), and a median snaps to one of those values, up to a whole step from the truth: too coarse against the
     * planner's 2 spm retention tolerance.
     *
     * @param values any order
     * @param weights one per value, positive
     */
    static double weightedMiddleMean(double[] values, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double lo = total / 4;
        double hi = 3 * total / 4;
        double below = 0;
        double sum = 0;
        double used = 0;
        for (int i : order(values)) {
            double inside = Math.min(below + weights[i], hi) - Math.max(below, lo);
            if (inside > 0) {
                sum += values[i] * inside;
                used += inside;
            }
            below += weights[i];
        }
        return sum / used;
    }

    /**
     * The value below which the share {@code q} of the weight lies.
     *
     * @param values any order
     * @param weights one per value
     */
    static double weightedQuantile(double[] values, double[] weights, double q) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double target = q * total;
        double sum = 0;
        int[] order = order(values);
        for (int i : order) {
            sum += weights[i];
            if (sum >= target) {
                return values[i];
            }
        }
        return values[order[order.length - 1]];
    }

    /**
     * The indices of {@code values} in ascending order of value. Sorted as primitive longs (the value's float bits,
     * made to sort as numbers, above the index), so a day-long recording sorts without an object per point.
     */
    static int[] order(double[] values) {
        long[] keys = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            int bits = Float.floatToIntBits((float) values[i]);
            bits ^= (bits >> 31) & 0x7FFFFFFF;
            keys[i] = (long) bits << 32 | i;
        }
        java.util.Arrays.sort(keys);
        int[] order = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }
}
