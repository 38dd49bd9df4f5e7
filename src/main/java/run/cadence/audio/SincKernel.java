package run.cadence.audio;

/**
 * A windowed-sinc (Kaiser) low-pass for converting a track's sample rate, tabulated at {@link #PHASES} fractional
 * positions. Cubic interpolation let content above the output's Nyquist fold back audibly (a 30 kHz component of
 * a 96 kHz file came out at 14.1 kHz); this keeps every alias and image that would land under 20 kHz some 70 dB
 * down. The cutoff sits where the first audible alias would start (20 kHz below the lower rate, at most 45% of it),
 * less half the transition, so the passband runs to about 17 kHz for 48 to 44.1 kHz. Made once per track.
 */
final class SincKernel {
    static final int PHASES = 256;
    private static final double BETA = 7.0;
    private static final int BASE_HALF = 16;

    /** Taps each side of the position. */
    final int half;
    private final float[] table;

    SincKernel(int inRate, int outRate) {
        double ratio = Math.max(1.0, inRate / (double) outRate);
        this.half = (int) Math.ceil(BASE_HALF * ratio);
        int taps = 2 * half;
        double lower = Math.min(inRate, outRate);
        double stop = lower - Math.min(20_000, 0.45 * lower);
        // Kaiser's estimate of the transition width for this length and beta (72 dB), in Hz at the input rate.
        double transition = 4.42 / taps * inRate;
        double cutoffHz = Math.max(0.35 * lower, Math.min(0.5 * lower, stop - transition / 2));
        double fc = cutoffHz / (inRate / 2.0); // in units of the input's Nyquist
        this.table = new float[(PHASES + 1) * taps];
        double i0Beta = bessel0(BETA);
        for (int p = 0; p <= PHASES; p++) {
            double frac = p / (double) PHASES;
            double sum = 0;
            for (int j = 0; j < taps; j++) {
                double x = j - half + 1 - frac;
                double w = Math.abs(x) >= half ? 0 : bessel0(BETA * Math.sqrt(1 - (x / half) * (x / half))) / i0Beta;
                double s = x == 0 ? 1 : Math.sin(Math.PI * fc * x) / (Math.PI * fc * x);
                table[p * taps + j] = (float) (fc * s * w);
                sum += fc * s * w;
            }
            for (int j = 0; j < taps; j++) {
                table[p * taps + j] /= (float) sum; // unit gain at DC for every phase
            }
        }
    }

    /** The taps for a position {@code frac} (0-1) past the frame {@code half - 1} into {@code coefficients}. */
    void coefficients(double frac, float[] coefficients) {
        double at = frac * PHASES;
        int p = Math.min(PHASES - 1, (int) at);
        float w = (float) (at - p);
        int taps = 2 * half;
        int a = p * taps;
        int b = a + taps;
        for (int j = 0; j < taps; j++) {
            coefficients[j] = table[a + j] + (table[b + j] - table[a + j]) * w;
        }
    }

    /** The zeroth-order modified Bessel function of the first kind, by its series. */
    private static double bessel0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
            if (term < 1e-12 * sum) {
                break;
            }
        }
        return sum;
    }
}
