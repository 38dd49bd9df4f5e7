package run.cadence.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WsolaTest {
    private static final int RATE = 44_100;

    /** Input from a function of the frame index, left and right. */
    static Wsola.Input input(java.util.function.LongFunction<float[]> frame, long frames) {
        long[] at = {0};
        return (into, offset, n) -> {
            int k = (int) Math.min(n, frames - at[0]);
            for (int i = 0; i < k; i++) {
                float[] lr = frame.apply(at[0] + i);
                into[(offset + i) * 2] = lr[0];
                into[(offset + i) * 2 + 1] = lr[1];
            }
            at[0] += k;
            return k;
        };
    }

    @Test
    void speedsUpWithoutChangingPitch() throws Exception {
        Wsola w = new Wsola(RATE);
        long frames = RATE * 20L;
        w.start(input(i -> new float[] {(float) Math.sin(2 * Math.PI * 440 * i / RATE), 0f}, frames), 0);
        float[] seq = new float[w.framesPerSequence() * 2];
        float[] left = new float[RATE * 10];
        int n = 0;
        while (n + w.framesPerSequence() <= left.length) {
            w.process(1.08, seq);
            for (int i = 0; i < w.framesPerSequence(); i++) {
                left[n++] = seq[2 * i];
            }
        }
        int crossings = 0;
        for (int i = RATE + 1; i < n; i++) {
            if (left[i - 1] < 0 && left[i] >= 0) {
                crossings++;
            }
        }
        double hz = crossings / ((n - RATE - 1) / (double) RATE);
        assertEquals(440, hz, 2.0);
        assertEquals(1.08 * n, w.position(), 1.0, "the input consumed is exactly 1.08 times the output");
    }

    @Test
    void theSkipsFractionIsCarriedOverAnHour() throws Exception {
        Wsola w = new Wsola(RATE);
        w.start(input(i -> new float[] {0f, 0f}, Long.MAX_VALUE), 0);
        float[] seq = new float[w.framesPerSequence() * 2];
        long out = 0;
        double ratio = 172.5 / 170;
        while (out < 3600L * RATE) {
            w.process(ratio, seq);
            out += w.framesPerSequence();
        }
        // TarsosDSP rounds the skip each sequence: 3132.397 frames become 3132, 0.4 frame a sequence, 0.46 s an
        // hour at 44.1 kHz: the 456 ms drift once measured here.
        assertEquals(out * ratio, w.position(), 1e-3);
    }

    @Test
    void bothChannelsShareOneSeekSoTheStereoImageHolds() throws Exception {
        Wsola w = new Wsola(RATE);
        java.util.Random noise = new java.util.Random(3);
        float[] source = new float[RATE * 6];
        for (int i = 0; i < source.length; i++) {
            source[i] = (float) noise.nextGaussian() * 0.2f;
        }
        w.start(input(i -> new float[] {source[(int) i], i >= 7 ? source[(int) i - 7] : 0f}, source.length), 0);
        float[] seq = new float[w.framesPerSequence() * 2];
        for (int s = 0; s < 40; s++) {
            w.process(0.93, seq);
            for (int i = w.overlapFrames() + 7; i < w.framesPerSequence(); i++) {
                assertEquals(seq[2 * (i - 7)], seq[2 * i + 1], 0f, "right is left 7 frames later, sequence " + s);
            }
        }
    }

    @Test
    void aBeatSequenceStartsWhereItIsAsked() throws Exception {
        Wsola w = new Wsola(RATE);
        w.start(input(i -> new float[] {(float) Math.sin(i * 0.01), 0f}, RATE * 10L), 1000);
        float[] seq = new float[w.framesPerSequence() * 2];
        w.process(1.0, seq, 1150.0);
        assertTrue(Math.abs(w.lastInputStart() - 1150) <= 22, "start " + w.lastInputStart());
        w.process(1.0, seq, 10_000.0); // beyond the seek window: its edge, within 0.5 ms
        long nominal = 1000 + w.framesPerSequence();
        assertTrue(w.lastInputStart() >= nominal + 221 - 22 && w.lastInputStart() <= nominal + 221,
                "start " + w.lastInputStart());
    }
}
