package run.cadence.audio;

/** Sample rate and channel count shared by the renderer and every sink. Samples are float in [-1, 1]. */
public record RenderFormat(int sampleRate, int channels) {
    public static final RenderFormat MONO_44K = new RenderFormat(44_100, 1);

    public RenderFormat {
        if (sampleRate < 8_000 || sampleRate > 192_000) {
            throw new IllegalArgumentException("sample rate " + sampleRate + " Hz is outside 8000-192000");
        }
        if (channels != 1 && channels != 2) {
            throw new IllegalArgumentException("channels must be 1 or 2, not " + channels);
        }
    }

    /** Frames for a time span, rounded once. */
    public long frames(double seconds) {
        return Math.round(seconds * sampleRate);
    }

    public double seconds(long frames) {
        return frames / (double) sampleRate;
    }
}
