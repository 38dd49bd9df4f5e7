package run.cadence.music;

import java.util.Arrays;

/** The peaks a grid claims as its beats: for each beat number, the strongest peak close enough to it. */
final class Assigned {
    final long[] beat;
    final double[] at;
    final float[] strength;
    final int centre;
    int count;

    private Assigned(int capacity, int centre) {
        beat = new long[capacity];
        at = new double[capacity];
        strength = new float[capacity];
        this.centre = centre;
    }

    /** Beat k is at a + (k - centre) * b; peaks further than {@code tolerance} periods from every beat are left. */
    static Assigned of(GridFit.Peaks peaks, double a, double b, int centre, int half, double tolerance) {
        Assigned on = new Assigned(peaks.count(), centre);
        for (int i = 0; i < peaks.count(); i++) {
            double x = peaks.at()[i];
            long k = Math.round((x - a) / b) + centre;
            if (Math.abs(k - centre) > half || Math.abs(x - (a + (k - centre) * b)) > tolerance * b) {
                continue;
            }
            if (on.count > 0 && on.beat[on.count - 1] == k) {
                if (peaks.strength()[i] > on.strength[on.count - 1]) {
                    on.at[on.count - 1] = x;
                    on.strength[on.count - 1] = peaks.strength()[i];
                }
                continue;
            }
            on.beat[on.count] = k;
            on.at[on.count] = x;
            on.strength[on.count] = peaks.strength()[i];
            on.count++;
        }
        return on;
    }

    /** Least squares of time against beat number: {time at the centre beat, period}. */
    double[] line() {
        double sk = 0;
        double sx = 0;
        for (int i = 0; i < count; i++) {
            sk += beat[i] - centre;
            sx += at[i];
        }
        double mk = sk / count;
        double mx = sx / count;
        double skk = 0;
        double skx = 0;
        for (int i = 0; i < count; i++) {
            double dk = beat[i] - centre - mk;
            skk += dk * dk;
            skx += dk * (at[i] - mx);
        }
        double slope = skk == 0 ? 0 : skx / skk;
        return new double[] {mx - slope * mk, slope};
    }

    double rms(double[] line) {
        double s = 0;
        for (int i = 0; i < count; i++) {
            double r = at[i] - (line[0] + (beat[i] - centre) * line[1]);
            s += r * r;
        }
        return Math.sqrt(s / Math.max(1, count));
    }

    /** Drops the beats whose peak lies further than {@code limit} frames from the line. */
    void keepWithin(double[] line, double limit) {
        keep(i -> Math.abs(at[i] - (line[0] + (beat[i] - centre) * line[1])) <= limit);
    }

    /** Drops the beats whose peak is under {@code fraction} of the median beat's. */
    void keepStrong(double fraction) {
        double floor = fraction * medianStrength();
        keep(i -> strength[i] >= floor);
    }

    private void keep(java.util.function.IntPredicate kept) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (kept.test(i)) {
                beat[n] = beat[i];
                at[n] = at[i];
                strength[n] = strength[i];
                n++;
            }
        }
        count = n;
    }

    double medianStrength() {
        float[] s = Arrays.copyOf(strength, count);
        Arrays.sort(s);
        return count == 0 ? 0 : s[count / 2];
    }
}
