package run.cadence.music;

import be.tarsos.dsp.util.fft.FFT;
import be.tarsos.dsp.util.fft.HannWindow;
import java.util.Arrays;

/**
 * How much new sound starts in each short frame of a track: the log-compressed spectral flux (the rise of each
 * frequency bin's magnitude since the frame before, summed). Beats are the peaks of this curve. Fed as the
 * track is decoded, so only the curve is kept, never the audio (about 170 floats a second).
 *
 * <p>Why a flux curve rather than TarsosDSP's onset lists: music has onsets between beats (hi-hats, fills),
 * and a beat grid is fitted best to a curve that keeps how strong each onset is; the lists drop that.
 */
public final class OnsetEnvelope {
    /** Only this much of a track is kept for the fit (a DJ mix of hours needs no more to find its tempo). */
    static final double MAX_SECONDS = 30 * 60;
    private static final double TOP_HZ = 10_000;
    /** The low band (kick, snare body, bass) decides which metrical level is the beat; hi-hats stay out. */
    private static final double LOW_HZ = 1_500;
    private static final float COMPRESSION = 100f;

    private final int window;
    private final int hop;
    private final int sampleRate;
    private final FFT fft;
    private final float[] frame;
    private final float[] spectrum;
    private final float[] magnitude;
    private final float[] previous;
    private final float[] previousLinear;
    private final int topBin;
    private final int lowBin;
    private final int maxValues;
    private int filled;
    private float[] values = new float[4096];
    private float[] low = new float[4096];
    private int count;

    public OnsetEnvelope(int sampleRate) {
        this.sampleRate = sampleRate;
        this.hop = sampleRate >= 32_000 ? 256 : 128;
        this.window = hop * 4;
        this.fft = new FFT(window, new HannWindow());
        this.frame = new float[window];
        this.spectrum = new float[window];
        this.magnitude = new float[window / 2];
        this.previous = new float[window / 2];
        this.previousLinear = new float[window / 2];
        this.topBin = (int) Math.min(window / 2, Math.round(TOP_HZ * window / sampleRate));
        this.lowBin = (int) Math.min(topBin, Math.round(LOW_HZ * window / sampleRate));
        this.maxValues = (int) (MAX_SECONDS * sampleRate / hop);
    }

    /** Adds mono samples. */
    public void add(float[] mono, int n) {
        int i = 0;
        while (i < n) {
            int take = Math.min(n - i, window - filled);
            System.arraycopy(mono, i, frame, filled, take);
            filled += take;
            i += take;
            if (filled == window) {
                analyseFrame();
                System.arraycopy(frame, hop, frame, 0, window - hop);
                filled = window - hop;
            }
        }
    }

    private void analyseFrame() {
        if (count >= maxValues) {
            return;
        }
        System.arraycopy(frame, 0, spectrum, 0, window);
        fft.forwardTransform(spectrum);
        fft.modulus(spectrum, magnitude);
        double flux = 0;
        double lowFlux = 0;
        for (int b = 1; b < topBin; b++) {
            float m = (float) Math.log1p(COMPRESSION * magnitude[b]);
            float rise = m - previous[b];
            if (rise > 0) {
                flux += rise;
            }
            if (b < lowBin && magnitude[b] > previousLinear[b]) {
                lowFlux += magnitude[b] - previousLinear[b];
            }
            previous[b] = m;
            previousLinear[b] = magnitude[b];
        }
        if (count == values.length) {
            values = Arrays.copyOf(values, Math.min(values.length * 2, maxValues));
            low = Arrays.copyOf(low, values.length);
        }
        low[count] = (float) lowFlux;
        values[count++] = (float) flux;
    }

    /** The curve so far; value i describes the window centred at {@link #seconds(double)} of i. */
    public float[] values() {
        return Arrays.copyOf(values, count);
    }

    /** The same curve over the low band only (below 1.5 kHz). */
    public float[] lowValues() {
        return Arrays.copyOf(low, count);
    }

    /** Curve values per second. */
    public double rate() {
        return sampleRate / (double) hop;
    }

    /** The time of (fractional) curve index {@code i}: the centre of its window. */
    public double seconds(double i) {
        return (i * hop + window / 2.0) / sampleRate;
    }
}
