package run.cadence.audio;

import java.util.List;

/**
 * Synthesizes the shipped click sounds, so the WAV files in {@code sounds/} can be remade and checked
 * ({@code cadence sounds generate}). Deterministic: the same rate gives the same samples.
 */
public final class ClickSynth {
    /** The built-in click names, in the order {@code cadence sounds} lists them. */
    public static final List<String> NAMES = List.of("woodblock", "beep", "cowbell", "rimshot");

    private ClickSynth() {}

    public static float[] synthesize(String name, int sampleRate) {
        return switch (name) {
            case "woodblock" -> woodblock(sampleRate);
            case "beep" -> beep(sampleRate);
            case "cowbell" -> cowbell(sampleRate);
            case "rimshot" -> rimshot(sampleRate);
            default -> throw new IllegalArgumentException("no built-in sound '" + name + "'");
        };
    }

    /** A hollow knock: two inharmonic partials that die in ~40 ms, with a short noise strike. */
    static float[] woodblock(int rate) {
        int n = rate * 60 / 1000;
        float[] out = new float[n];
        long seed = 0x5eedL;
        for (int i = 0; i < n; i++) {
            double t = i / (double) rate;
            double body = 0.7 * partial(1180, t) * Math.exp(-t / 0.012)
                    + 0.3 * partial(2650, t) * Math.exp(-t / 0.006);
            seed = nextSeed(seed);
            double noise = noise(seed) * Math.exp(-t / 0.002);
            out[i] = (float) (0.9 * attack(i, rate) * (body + 0.25 * noise));
        }
        return out;
    }

    /** A clean electronic beep: 1 kHz, 40 ms, soft edges so it does not crackle. */
    static float[] beep(int rate) {
        int n = rate * 40 / 1000;
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            double t = i / (double) rate;
            double release = Math.min(1, (n - i) / (rate * 0.008));
            out[i] = (float) (0.6 * attack(i, rate) * release * partial(1000, t));
        }
        return out;
    }

    /** The classic two-tone metal bell (540 and 800 Hz, like the TR-808), bright and easy to hear outdoors. */
    static float[] cowbell(int rate) {
        int n = rate * 200 / 1000;
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            double t = i / (double) rate;
            double tone = Math.tanh(3 * partial(540, t)) + Math.tanh(3 * partial(800, t));
            double env = 0.7 * Math.exp(-t / 0.015) + 0.3 * Math.exp(-t / 0.08);
            out[i] = (float) (0.35 * attack(i, rate) * env * tone);
        }
        return out;
    }

    /** A dry snare-rim crack: noise and a 330 Hz body, very short. */
    static float[] rimshot(int rate) {
        int n = rate * 50 / 1000;
        float[] out = new float[n];
        long seed = 0xfeedL;
        for (int i = 0; i < n; i++) {
            double t = i / (double) rate;
            seed = nextSeed(seed);
            double noise = noise(seed);
            double body = partial(330, t) * Math.exp(-t / 0.01);
            out[i] = (float) (0.8 * attack(i, rate) * (0.6 * noise * Math.exp(-t / 0.005) + 0.5 * body));
        }
        return out;
    }

    /**
     * 1 ms fade-in: sharp enough to hear (and detect) the onset, soft enough not to click digitally. It starts
     * above zero so the first sample of every click, the one placed on the beat frame, is audible.
     */
    private static double attack(int i, int rate) {
        return Math.min(1, (i + 1) / (0.001 * rate));
    }

    /**
     * The noise source of the woodblock and the rimshot: Knuth's 64-bit linear congruential step, fixed seeds,
     * so the shipped sounds are the same on every machine and every run.
     */
    private static long nextSeed(long seed) {
        return seed * 6364136223846793005L + 1442695040888963407L;
    }

    /** The top 24 bits of a seed as white noise in [-1, 1). */
    private static double noise(long seed) {
        return (seed >>> 40) / (double) (1L << 24) * 2 - 1;
    }

    /** Partials start a quarter of the way up, so a click's first sample is never a zero crossing. */
    private static double partial(double hz, double t) {
        return Math.sin(2 * Math.PI * hz * t + Math.PI / 4);
    }
}
