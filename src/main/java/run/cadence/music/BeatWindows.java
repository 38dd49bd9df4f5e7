package run.cadence.music;

import java.util.Arrays;

/**
 * Whether a fitted grid holds over the whole track, judged in eighths of it. Counting beats that have a peak near
 * them is not enough: noise has peaks everywhere, so every beat of any grid "has one". Each eighth is compared like
 * with like instead: the strongest peak near each beat against the strongest peak in an equally wide window at the
 * seven off-beat eighths of a period. A real beat stands well above its off-beats; a grid laid over noise (or over
 * the part of a track after a tempo change) does not. The mean residual of each eighth catches a tempo that drifts
 * away from the line (an accelerando) before it slips far enough to lose its beats.
 */
final class BeatWindows {
    static final int WINDOWS = 8;
    /** A window's beats must be at least this many times stronger than its off-beats (noise measures about 1). */
    static final double MIN_CONTRAST = 1.6;
    /** A window whose beats sit on average this far (in periods) to one side of the line has left the tempo. */
    static final double MAX_DRIFT = 0.025;
    private static final int OFF_PHASES = 7;

    private final double[] onBeat;
    private final double[] offBeat;
    private final int[] windowOf;
    private final int[] offWindowOf;
    private final int count;

    private BeatWindows(double[] onBeat, double[] offBeat, int[] windowOf, int[] offWindowOf, int count) {
        this.onBeat = onBeat;
        this.offBeat = offBeat;
        this.windowOf = windowOf;
        this.offWindowOf = offWindowOf;
        this.count = count;
    }

    /** Beats {@code firstK..lastK} of the line {@code a + (k - centre) b}, each looked at within {@code tolerance}. */
    static BeatWindows of(GridFit.Peaks peaks, double a, double b, int centre, long firstK, long lastK,
            double tolerance) {
        int n = (int) Math.max(1, lastK - firstK + 1);
        double[] on = new double[n];
        double[] off = new double[n * OFF_PHASES];
        int[] window = new int[n];
        int[] offWindow = new int[n * OFF_PHASES];
        for (int i = 0; i < n; i++) {
            double x = a + (firstK + i - centre) * b;
            on[i] = peaks.strongestNear(x, tolerance * b);
            window[i] = (int) ((long) i * WINDOWS / n);
            for (int j = 1; j <= OFF_PHASES; j++) {
                off[i * OFF_PHASES + j - 1] = peaks.strongestNear(x + j * b / (OFF_PHASES + 1), tolerance * b);
                offWindow[i * OFF_PHASES + j - 1] = window[i];
            }
        }
        return new BeatWindows(on, off, window, offWindow, n);
    }

    /** Median on-beat strength over median off-beat strength, in window {@code w} (or all, for -1). */
    double contrast(int w) {
        double on = median(onBeat, windowOf, w);
        double off = median(offBeat, offWindowOf, w);
        return on / Math.max(off, 1e-9 * Math.max(on, 1e-30));
    }

    /** Whether every eighth of the track keeps its beats clearly above its off-beats. */
    boolean allContrasted() {
        for (int w = 0; w < Math.min(WINDOWS, count); w++) {
            if (contrast(w) < MIN_CONTRAST) {
                return false;
            }
        }
        return true;
    }

    /** Whether no eighth's beats lie, on average, further than {@link #MAX_DRIFT} periods to one side of the line. */
    static boolean noDrift(Assigned on, double[] line, double floor, long firstK, long lastK) {
        long span = Math.max(1, lastK - firstK + 1);
        double[] sum = new double[WINDOWS];
        int[] n = new int[WINDOWS];
        for (int i = 0; i < on.count; i++) {
            if (on.strength[i] >= floor && on.beat[i] >= firstK && on.beat[i] <= lastK) {
                int w = (int) ((on.beat[i] - firstK) * WINDOWS / span);
                sum[w] += on.at[i] - (line[0] + (on.beat[i] - on.centre) * line[1]);
                n[w]++;
            }
        }
        for (int w = 0; w < WINDOWS; w++) {
            if (n[w] > 0 && Math.abs(sum[w] / n[w]) > MAX_DRIFT * line[1]) {
                return false;
            }
        }
        return true;
    }

    private static double median(double[] values, int[] windows, int w) {
        double[] kept = new double[values.length];
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (w < 0 || windows[i] == w) {
                kept[n++] = values[i];
            }
        }
        Arrays.sort(kept, 0, n);
        return n == 0 ? 0 : kept[n / 2];
    }
}
