package run.cadence.music;

/**
 * Integrated loudness after EBU R128 / ITU-R BS.1770-4, in LUFS, to match tracks' levels: K-weighting (a high
 * shelf and a high-pass, coefficients made for any sample rate as libebur128 does), mean square in 400 ms blocks
 * every 100 ms, an absolute gate at -70 LUFS and a relative gate 10 LU below the gated mean.
 *
 * <p>Blocks are kept as a histogram of 0.01 LU bins (with their summed energy), so memory does not grow with
 * the length of the track.
 */
public final class Loudness {
    private static final double FLOOR_LUFS = -70;
    private static final double TOP_LUFS = 10;
    private static final int BINS = (int) ((TOP_LUFS - FLOOR_LUFS) * 100);

    private final int channels;
    private final double[][] state;
    private final double[] shelf = new double[5];
    private final double[] highPass = new double[5];
    private final int subBlock;
    private final double[] subEnergy = new double[4];
    private double current;
    private int inSub;
    private long subBlocks;
    private final long[] count = new long[BINS];
    private final double[] energy = new double[BINS];

    public Loudness(int sampleRate, int channels) {
        this.channels = channels;
        this.state = new double[channels][4];
        this.subBlock = sampleRate / 10;
        double k = Math.tan(Math.PI * 1681.974450955533 / sampleRate);
        double q = 0.7071752369554196;
        double vh = Math.pow(10, 3.999843853973347 / 20);
        double vb = Math.pow(vh, 0.4996667741545416);
        double a0 = 1 + k / q + k * k;
        shelf[0] = (vh + vb * k / q + k * k) / a0;
        shelf[1] = 2 * (k * k - vh) / a0;
        shelf[2] = (vh - vb * k / q + k * k) / a0;
        shelf[3] = 2 * (k * k - 1) / a0;
        shelf[4] = (1 - k / q + k * k) / a0;
        k = Math.tan(Math.PI * 38.13547087602444 / sampleRate);
        q = 0.5003270373238773;
        a0 = 1 + k / q + k * k;
        highPass[0] = 1;
        highPass[1] = -2;
        highPass[2] = 1;
        highPass[3] = 2 * (k * k - 1) / a0;
        highPass[4] = (1 - k / q + k * k) / a0;
    }

    /** Adds {@code frames} interleaved frames. */
    public void add(float[] interleaved, int frames) {
        for (int f = 0; f < frames; f++) {
            for (int c = 0; c < channels; c++) {
                double[] s = state[c];
                double x = interleaved[f * channels + c];
                // Two biquads in direct form II: s[0], s[1] for the shelf, s[2], s[3] for the high-pass.
                double w = x - shelf[3] * s[0] - shelf[4] * s[1];
                double y = shelf[0] * w + shelf[1] * s[0] + shelf[2] * s[1];
                s[1] = s[0];
                s[0] = w;
                double w2 = y - highPass[3] * s[2] - highPass[4] * s[3];
                double z = w2 - 2 * s[2] + s[3];
                s[3] = s[2];
                s[2] = w2;
                current += z * z;
            }
            if (++inSub == subBlock) {
                closeSubBlock();
            }
        }
    }

    private void closeSubBlock() {
        subEnergy[(int) (subBlocks % 4)] = current / subBlock;
        subBlocks++;
        current = 0;
        inSub = 0;
        if (subBlocks >= 4) {
            double e = subEnergy[0] + subEnergy[1] + subEnergy[2] + subEnergy[3];
            e /= 4;
            double lufs = -0.691 + 10 * Math.log10(e);
            if (lufs > FLOOR_LUFS) {
                int bin = (int) Math.min(BINS - 1, (lufs - FLOOR_LUFS) * 100);
                count[bin]++;
                energy[bin] += e;
            }
        }
    }

    /** The integrated loudness, or {@code -70} for silence. */
    public double integratedLufs() {
        double gated = meanAbove(0);
        if (Double.isNaN(gated)) {
            return FLOOR_LUFS;
        }
        double relative = -0.691 + 10 * Math.log10(gated) - 10;
        double result = meanAbove((int) Math.max(0, Math.floor((relative - FLOOR_LUFS) * 100)));
        return Double.isNaN(result) ? FLOOR_LUFS : -0.691 + 10 * Math.log10(result);
    }

    private double meanAbove(int fromBin) {
        long n = 0;
        double sum = 0;
        for (int b = fromBin; b < BINS; b++) {
            n += count[b];
            sum += energy[b];
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
