package run.cadence.measure;

import run.cadence.audio.PcmSource;

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

    /** The samples as a stream, for the code that reads recordings from disk block by block. */
    PcmSource asSource() {
        return new PcmSource() {
            private int at;

            @Override
            public int sampleRate() {
                return sampleRate;
            }

            @Override
            public int channels() {
                return 1;
            }

            @Override
            public int read(float[] out, int maxFrames) {
                int n = Math.min(maxFrames, samples.length - at);
                System.arraycopy(samples, at, out, 0, n);
                at += n;
                return n;
            }

            @Override
            public void close() {}
        };
    }
}
