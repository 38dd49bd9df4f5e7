package run.cadence.measure;

/**
 * A recording mixed down to one channel, as floats in [-1, 1].
 *
 * @param samples the signal; not copied, so do not change it after handing it over
 */
public record MonoAudio(float[] samples, int sampleRate) {
    public MonoAudio {
        if (sampleRate < 4000 || sampleRate > 384_000) {
            throw new IllegalArgumentException("sample rate " + sampleRate + " Hz is outside 4000-384000 Hz");
        }
    }

    public double seconds() {
        return samples.length / (double) sampleRate;
    }
}
