package run.cadence.music;

import java.util.Arrays;
import java.util.Optional;

/**
 * The least-squares fit of beat number against time. Every onset peak near a grid point is numbered by the
 * grid and a line is fitted through (number, time); the window of numbers grows from the middle of the track
 * outwards (32, 64, 128 ... beats) so that a small error in the starting tempo cannot slip a beat before the
 * line has corrected it. Onset times come from the peak of the curve, interpolated between frames.
 */
final class GridFit {
    /** A beat needs at least this many fitted beats. */
    static final int MIN_BEATS = 16;
    /**
     * Where a flux peak lies relative to the attack: 5.5 ms before it, since a window centred before the attack
     * already holds it (measured on generated tracks at 80-190 BPM, docs/music.md).
     */
    static final double ONSET_LAG_SECONDS = -0.0055;
    private static final double WIDE = 0.12;
    private static final double NARROW = 0.06;
    private static final int WINDOWS = BeatWindows.WINDOWS;
    /** A peak under this share of the median beat's strength is too weak to be a beat (a pad's flutter). */
    private static final double STRONG = 0.25;

    private GridFit() {}

    static Optional<BeatGrid> fit(float[] env, double envRate, double period, double phase, double frameZeroSeconds) {
        Peaks peaks = Peaks.of(env);
        if (peaks.count() < MIN_BEATS) {
            return Optional.empty();
        }
        int centreBeat = (int) Math.round((env.length / 2.0 - phase) / period);
        double a = phase + centreBeat * period; // the line's value at the centre beat
        double b = period;
        for (int half = 32; ; half *= 2) {
            double[] line = fitLine(peaks, a, b, centreBeat, half, WIDE);
            if (line == null) {
                return Optional.empty();
            }
            a = line[0];
            b = line[1];
            if (half * b > env.length) {
                break;
            }
        }
        double[] line = fitLine(peaks, a, b, centreBeat, Integer.MAX_VALUE / 4, NARROW);
        if (line == null) {
            return Optional.empty();
        }
        return Optional.of(describe(peaks, line[0], line[1], centreBeat, envRate, frameZeroSeconds));
    }

    /**
     * One fit over beats within {@code half} of the centre beat: assigns each beat its strongest peak within
     * {@code tolerance} periods, fits, drops residuals over 3 RMS and fits again. Returns {a, b} or null.
     */
    private static double[] fitLine(Peaks peaks, double a, double b, int centre, int half, double tolerance) {
        Assigned on = Assigned.of(peaks, a, b, centre, half, tolerance);
        on.keepStrong(STRONG);
        if (on.count < MIN_BEATS) {
            return null;
        }
        double[] line = on.line();
        double rms = on.rms(line);
        on.keepWithin(line, Math.max(3 * rms, 1e-9));
        return on.count < MIN_BEATS ? null : on.line();
    }

    private static BeatGrid describe(Peaks peaks, double a, double b, int centre, double envRate,
            double frameZeroSeconds) {
        Assigned on = Assigned.of(peaks, a, b, centre, Integer.MAX_VALUE / 4, NARROW);
        double beatStrength = on.medianStrength();
        double strongFloor = STRONG * beatStrength;
        long firstK = Long.MAX_VALUE;
        for (int i = 0; i < on.count; i++) {
            if (on.strength[i] >= strongFloor) {
                firstK = Math.min(firstK, on.beat[i]);
            }
        }
        double lastStrong = peaks.lastAbove(strongFloor);
        long lastK = Math.round((lastStrong - a) / b) + centre;
        long span = Math.max(1, lastK - firstK + 1);
        int[] supported = new int[WINDOWS];
        int[] expected = new int[WINDOWS];
        for (long k = firstK; k <= lastK; k++) {
            expected[(int) ((k - firstK) * WINDOWS / span)]++;
        }
        int support = 0;
        for (int i = 0; i < on.count; i++) {
            if (on.strength[i] >= strongFloor && on.beat[i] >= firstK && on.beat[i] <= lastK) {
                supported[(int) ((on.beat[i] - firstK) * WINDOWS / span)]++;
                support++;
            }
        }
        BeatWindows windows = BeatWindows.of(peaks, a, b, centre, firstK, lastK, NARROW);
        boolean steady = on.count >= MIN_BEATS && windows.allContrasted()
                && BeatWindows.noDrift(on, new double[] {a, b}, strongFloor, firstK, lastK);
        for (int w = 0; w < WINDOWS; w++) {
            steady &= expected[w] == 0 || supported[w] >= 0.5 * expected[w];
        }
        double contrast = windows.contrast(-1);
        double confidence = Math.min(1, (double) support / span) * Math.max(0, Math.min(1, (contrast - 1.2) / 0.8));
        double periodSeconds = b / envRate;
        double first = frameZeroSeconds + (a + (firstK - centre) * b) / envRate - ONSET_LAG_SECONDS;
        while (first < 0) {
            first += periodSeconds;
        }
        return new BeatGrid(60 / periodSeconds, first, steady, confidence, on.count);
    }

    /** Local maxima of the curve, at sub-frame positions. */
    record Peaks(double[] at, float[] strength) {
        static Peaks of(float[] env) {
            double[] at = new double[64];
            float[] strength = new float[64];
            int n = 0;
            for (int i = 1; i + 1 < env.length; i++) {
                if (env[i] > 0 && env[i] > env[i - 1] && env[i] >= env[i + 1]) {
                    if (n == at.length) {
                        at = Arrays.copyOf(at, n * 2);
                        strength = Arrays.copyOf(strength, n * 2);
                    }
                    double d = env[i - 1] - 2 * env[i] + env[i + 1];
                    at[n] = i + (d == 0 ? 0 : 0.5 * (env[i - 1] - env[i + 1]) / d);
                    strength[n++] = env[i];
                }
            }
            return new Peaks(Arrays.copyOf(at, n), Arrays.copyOf(strength, n));
        }

        int count() {
            return at.length;
        }

        double medianStrength() {
            float[] s = strength.clone();
            Arrays.sort(s);
            return s.length == 0 ? 0 : s[s.length / 2];
        }

        /** The strongest peak within {@code halfWidth} of {@code x} (0 when none): peaks are in time order. */
        double strongestNear(double x, double halfWidth) {
            int i = Arrays.binarySearch(at, x - halfWidth);
            i = i < 0 ? -i - 1 : i;
            float best = 0;
            for (; i < at.length && at[i] <= x + halfWidth; i++) {
                best = Math.max(best, strength[i]);
            }
            return best;
        }

        double lastAbove(double floor) {
            for (int i = at.length - 1; i >= 0; i--) {
                if (strength[i] >= floor) {
                    return at[i];
                }
            }
            return 0;
        }
    }
}
