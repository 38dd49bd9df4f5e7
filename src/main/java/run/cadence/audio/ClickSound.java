package run.cadence.audio;

/** A click as mono samples at the engine rate, with its accented form (higher and louder). */
public record ClickSound(String name, float[] normal, float[] accent) {
    public ClickSound {
        if (normal.length == 0 || accent.length == 0) {
            throw new IllegalArgumentException("click sound '" + name + "' is empty");
        }
    }

    /** The accent is the same sound a fifth higher, so a runner's own WAV gets an accent too. */
    public static ClickSound withPitchedAccent(String name, float[] samples, int sampleRate) {
        return new ClickSound(name, samples, Resampler.linear(samples, sampleRate * 1.5, sampleRate));
    }
}
