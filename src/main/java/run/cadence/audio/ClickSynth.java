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
            double body = 0.7 * Math.sin(2 * Math.PI * 1180 * t) * Math.exp(-t / 0.012)
                    + 0.3 * Math.sin(2 * Math.PI * 2650 * t) * Math.exp(-t / 0.006);
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double noise = ((seed >>> 40) / (double) (1L << 24) * 2 - 1) * Math.exp(-t / 0.002);
            out[i] = (float) (0.9 * attack(t) * (body + 0.25 * noise));
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
            out[i] = (float) (0.6 * attack(t) * release * Math.sin(2 * Math.PI * 1000 * t));
        }
        return out;
    }

    /** The classic two-tone metal bell (540 and 800 Hz, like the TR-808), bright and easy to hear outdoors. */
    static float[] cowbell(int rate) {
        int n = rate * 200 / 1000;
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            double t = i / (double) rate;
            double tone = Math.tanh(3 * Math.sin(2 * Math.PI * 540 * t)) + Math.tanh(3 * Math.sin(2 * Math.PI * 800 * t));
            double env = 0.7 * Math.exp(-t / 0.015) + 0.3 * Math.exp(-t / 0.08);
            out[i] = (float) (0.35 * attack(t) * env * tone);
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
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double noise = (seed >>> 40) / (double) (1L << 24) * 2 - 1;
            double body = Math.sin(2 * Math.PI * 330 * t) * Math.exp(-t / 0.01);
            out[i] = (float) (0.8 * attack(t) * (0.6 * noise * Math.exp(-t / 0.005) + 0.5 * body));
        }
        return out;
    }

    /** 1 ms fade-in: sharp enough to hear (and detect) the onset, soft enough not to click digitally. */
    private static double attack(double t) {
        return Math.min(1, t / 0.001);
    }
}
