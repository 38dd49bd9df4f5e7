package run.cadence.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A track at another rate is converted without audible aliases, its passband and timing kept. */
class TrackReaderResamplingTest {
    /** A mono sine of {@code hz} at {@code rate}, amplitude 0.5, for {@code seconds}. */
    private static PcmSource sine(double hz, int rate, double seconds) {
        return GeneratedPcm.of(rate, 1, seconds, n -> 0.5 * Math.sin(2 * Math.PI * hz * n / rate));
    }

    private static float[] convert(PcmSource in, int outRate, int frames) throws Exception {
        TrackReader reader = new TrackReader(in, outRate);
        float[] out = new float[2 * frames];
        int got = 0;
        while (got < frames) {
            int n = reader.read(out, got, Math.min(1000, frames - got));
            assertTrue(n > 0);
            got += n;
        }
        return out;
    }

    private static double rms(float[] stereo, int from, int to) {
        double s = 0;
        for (int f = from; f < to; f++) {
            s += stereo[2 * f] * stereo[2 * f];
        }
        return Math.sqrt(s / (to - from));
    }

    @Test
    void ultrasonicContentDoesNotFoldIntoTheAudibleBand() throws Exception {
        // 30 kHz in a 96 kHz file would come out at 44.1 - 30 = 14.1 kHz; cubic interpolation let it through.
        float[] out = convert(sine(30_000, 96_000, 2), 44_100, 80_000);
        double db = 20 * Math.log10(rms(out, 10_000, 80_000) / (0.5 / Math.sqrt(2)));
        assertTrue(db < -60, "the 14.1 kHz alias at " + db + " dB");
    }

    @Test
    void upsamplingLeavesNoImageOfTheMusic() throws Exception {
        // A 22.05 kHz file's 8 kHz tone has an image at 22.05 - 8 = 14.05 kHz once at 44.1 kHz: only the tone may stay.
        float[] out = convert(sine(8_000, 22_050, 4), 44_100, 160_000);
        double s = 0;
        for (int f = 20_000; f < 160_000; f++) {
            double e = out[2 * f] - 0.5 * Math.sin(2 * Math.PI * 8_000 * f / 44_100.0);
            s += e * e;
        }
        double db = 20 * Math.log10(Math.sqrt(s / 140_000) / (0.5 / Math.sqrt(2)));
        assertTrue(db < -60, "image and error at " + db + " dB");
    }

    @Test
    void thePassbandKeepsItsLevelAndItsTiming() throws Exception {
        for (double hz : new double[] {100, 1_000, 10_000}) {
            float[] out = convert(sine(hz, 48_000, 2), 44_100, 80_000);
            double worst = 0;
            for (int f = 10_000; f < 80_000; f++) {
                double ideal = 0.5 * Math.sin(2 * Math.PI * hz * f / 44_100);
                worst = Math.max(worst, Math.abs(out[2 * f] - ideal));
                assertEquals(out[2 * f], out[2 * f + 1], 0f, "mono in both ears");
            }
            // Same level, no delay: the converted sine lies on the ideal one within 0.1% of full scale.
            assertTrue(worst < 1e-3, hz + " Hz off by " + worst);
        }
    }
}
