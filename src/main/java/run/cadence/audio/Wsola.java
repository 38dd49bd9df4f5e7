package run.cadence.audio;

import java.io.IOException;

/**
 * Time stretch without a change of pitch, by waveform-similarity overlap-add (the algorithm of SoundTouch and of
 * TarsosDSP's port), for stereo music, with two fixes over TarsosDSP: the input skip keeps its fraction (TarsosDSP
 * rounds it each sequence: 26 ms in 4 minutes at 1.05x), and both channels share one seek offset found on their
 * sum (TarsosDSP stretches one channel). The seek window is centred on the nominal position and short (±5 ms), so
 * a beat lands within 5 ms of where the ratio puts it.
 *
 * <p>Every sequence reports where its input came from ({@link #lastInputStart()}), so a caller can measure where
 * the stretched beats actually land, not where the ratio alone would put them.
 *
 * <p>Producer-thread object: allocation-free after construction, not thread-safe.
 */
public final class Wsola {
    /** Pulls input frames (stereo, at the output rate) into a buffer; returns 0 at the end. */
    public interface Input {
        int read(float[] into, int offsetFrames, int frames) throws IOException;
    }

    private static final int CHANNELS = 2;
    private static final int COARSE = 4;

    private final int sequence;
    private final int overlap;
    private final int seekHalf;
    private final int tight;
    private final float[] buffer;
    private final float[] mono;
    private final float[] mid;
    private final float[] reference;
    private final int capacity;
    private Input input;
    private long bufferStart;
    private int bufferFrames;
    private boolean inputEnded;
    /** The track frame the input will deliver next. */
    private long inputNext;
    private double position;
    private long lastInputStart;

    public Wsola(int sampleRate) {
        this.sequence = Math.round(sampleRate * 0.082f);
        this.overlap = Math.round(sampleRate * 0.012f);
        this.seekHalf = Math.round(sampleRate * 0.005f);
        this.tight = Math.round(sampleRate * 0.0005f);
        this.capacity = 2 * (sequence + 2 * seekHalf) + 4 * sequence;
        this.buffer = new float[capacity * CHANNELS];
        this.mono = new float[capacity];
        this.mid = new float[overlap * CHANNELS];
        this.reference = new float[overlap];
    }

    /** Output frames each {@link #process} call makes. */
    public int framesPerSequence() {
        return sequence - overlap;
    }

    /** Frames at the start of each sequence that are cross-faded with the end of the one before. */
    public int overlapFrames() {
        return overlap;
    }

    /**
     * Starts a new stream whose first output frame takes input from {@code startFrame} (negative: silence first).
     */
    public void start(Input in, double startFrame) {
        this.input = in;
        this.position = startFrame;
        this.bufferStart = (long) Math.floor(startFrame) - seekHalf;
        this.bufferFrames = 0;
        this.inputEnded = false;
        this.inputNext = 0;
        java.util.Arrays.fill(mid, 0f);
    }

    /** Where the sequence made last began in the input (frames); its output frame j came from input start + j. */
    public long lastInputStart() {
        return lastInputStart;
    }

    /** The nominal input position of the next sequence. */
    public double position() {
        return position;
    }

    /**
     * Makes {@link #framesPerSequence()} output frames into {@code out} (interleaved stereo, from frame 0), consuming
     * {@code ratio} input frames per output frame on average. Past the end of the input the output is silence.
     */
    public void process(double ratio, float[] out) throws IOException {
        process(ratio, out, Double.NaN);
    }

    /**
     * As {@link #process(double, float[])}, but when {@code target} is a number the sequence starts within
     * ±0.5 ms of that input frame (as far as the seek window allows): a sequence that carries a beat is placed
     * where the beat belongs, not where the best splice would put it.
     */
    public void process(double ratio, float[] out, double target) throws IOException {
        long base = (long) Math.floor(position);
        ensure(base - seekHalf, base + seekHalf + sequence);
        int lo = -seekHalf;
        int hi = seekHalf;
        if (!Double.isNaN(target)) {
            long centre = Math.max(-seekHalf, Math.min(seekHalf, Math.round(target) - base));
            lo = (int) Math.max(-seekHalf, centre - tight);
            hi = (int) Math.min(seekHalf, centre + tight);
        }
        long start = base + bestOffset(base, lo, hi);
        int at = (int) (start - bufferStart);
        for (int i = 0; i < overlap; i++) {
            float in = (float) i / overlap;
            for (int c = 0; c < CHANNELS; c++) {
                out[i * CHANNELS + c] = mid[i * CHANNELS + c] * (1 - in) + buffer[(at + i) * CHANNELS + c] * in;
            }
        }
        System.arraycopy(buffer, (at + overlap) * CHANNELS, out, overlap * CHANNELS,
                (sequence - 2 * overlap) * CHANNELS);
        System.arraycopy(buffer, (at + sequence - overlap) * CHANNELS, mid, 0, overlap * CHANNELS);
        lastInputStart = start;
        position += ratio * (sequence - overlap);
    }

    /** The offset in [lo, hi] whose start best continues the tail just played: coarse, then fine. */
    private int bestOffset(long base, int lo, int hi) {
        for (int i = 0; i < overlap; i++) {
            reference[i] = (mid[i * CHANNELS] + mid[i * CHANNELS + 1]) * i * (overlap - i);
        }
        int from = (int) (base - bufferStart);
        int best = 0;
        double bestScore = -Double.MAX_VALUE;
        for (int o = lo; o <= hi; o += COARSE) {
            double s = score(from + o, o);
            if (s > bestScore) {
                bestScore = s;
                best = o;
            }
        }
        int coarse = best;
        for (int o = Math.max(lo, coarse - COARSE + 1); o <= Math.min(hi, coarse + COARSE - 1); o++) {
            double s = score(from + o, o);
            if (s > bestScore) {
                bestScore = s;
                best = o;
            }
        }
        return best;
    }

    /** Normalised correlation with a slight preference for the nominal position (as SoundTouch favours the middle). */
    private double score(int at, int offset) {
        double corr = 0;
        double norm = 0;
        for (int i = 0; i < overlap; i++) {
            float m = mono[at + i];
            corr += reference[i] * m;
            norm += m * m;
        }
        double c = norm < 1e-12 ? 0 : corr / Math.sqrt(norm);
        double x = (double) offset / seekHalf;
        return (c + 0.1 * Math.abs(c) + 1e-9) * (1 - 0.25 * x * x);
    }

    /** The input always starts at its frame 0: frames before where the stretch starts are read and dropped. */
    private void skipInputTo(long absolute, int scratchAt) throws IOException {
        while (!inputEnded && inputNext < absolute) {
            int n = input.read(buffer, scratchAt, (int) Math.min(capacity - scratchAt, absolute - inputNext));
            if (n <= 0) {
                inputEnded = true;
            }
            inputNext += Math.max(0, n);
        }
    }

    /** Makes input frames [from, to) present in the buffer, discarding what lies before {@code from}. */
    private void ensure(long from, long to) throws IOException {
        int drop = (int) Math.min(bufferFrames, Math.max(0, from - bufferStart));
        if (drop > 0) {
            System.arraycopy(buffer, drop * CHANNELS, buffer, 0, (bufferFrames - drop) * CHANNELS);
            System.arraycopy(mono, drop, mono, 0, bufferFrames - drop);
            bufferStart += drop;
            bufferFrames -= drop;
        }
        while (bufferStart + bufferFrames < to) {
            int at = bufferFrames;
            int want = capacity - at;
            long absolute = bufferStart + at;
            skipInputTo(absolute, at);
            // Before frame 0 of the track is silence: a track that starts on its first beat needs a lead-in.
            int n = absolute < 0 || inputEnded ? 0 : input.read(buffer, at, want);
            inputNext += Math.max(0, n);
            if (absolute < 0) {
                n = (int) Math.min(want, -absolute);
                java.util.Arrays.fill(buffer, at * CHANNELS, (at + n) * CHANNELS, 0f);
            } else if (n <= 0) {
                inputEnded = true;
                n = (int) Math.min(want, to - bufferStart - at);
                java.util.Arrays.fill(buffer, at * CHANNELS, (at + n) * CHANNELS, 0f);
            }
            for (int i = at; i < at + n; i++) {
                mono[i] = buffer[i * CHANNELS] + buffer[i * CHANNELS + 1];
            }
            bufferFrames += n;
        }
    }
}
