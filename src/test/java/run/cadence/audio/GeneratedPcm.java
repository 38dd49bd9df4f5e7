package run.cadence.audio;

import java.util.function.LongToDoubleFunction;

/** A track made from a formula, frame by frame (every channel the same): silence, a hum, a test tone. */
public final class GeneratedPcm {
    private GeneratedPcm() {}

    /** {@code seconds} at {@code rate}; {@code sample} gives frame n's value. */
    public static PcmSource of(int rate, int channels, double seconds, LongToDoubleFunction sample) {
        long frames = Math.round(seconds * rate);
        return new PcmSource() {
            private long at;

            @Override
            public int sampleRate() {
                return rate;
            }

            @Override
            public int channels() {
                return channels;
            }

            @Override
            public int read(float[] out, int maxFrames) {
                int n = (int) Math.min(maxFrames, frames - at);
                for (int i = 0; i < n; i++) {
                    float v = (float) sample.applyAsDouble(at + i);
                    for (int c = 0; c < channels; c++) {
                        out[i * channels + c] = v;
                    }
                }
                at += n;
                return n;
            }

            @Override
            public void close() {}
        };
    }
}
