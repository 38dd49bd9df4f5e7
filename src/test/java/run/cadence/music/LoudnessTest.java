package run.cadence.music;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoudnessTest {
    private static double sineLufs(double dbfs, int rate, int channels, double hz) {
        Loudness l = new Loudness(rate, channels);
        double amplitude = Math.pow(10, dbfs / 20);
        float[] block = new float[rate * channels];
        for (int second = 0; second < 20; second++) {
            for (int f = 0; f < rate; f++) {
                float v = (float) (amplitude * Math.sin(2 * Math.PI * hz * (second * rate + f) / rate));
                for (int c = 0; c < channels; c++) {
                    block[f * channels + c] = v;
                }
            }
            l.add(block, rate);
        }
        return l.integratedLufs();
    }

    @Test
    void ebuTech3341StereoSineAtMinus23DbfsIsMinus23Lufs() {
        // EBU Tech 3341 test case 1: 1 kHz, -23 dBFS in both channels reads -23.0 LUFS (±0.1).
        assertEquals(-23.0, sineLufs(-23, 48_000, 2, 1000), 0.1);
        assertEquals(-23.0, sineLufs(-23, 44_100, 2, 1000), 0.1);
        assertEquals(-33.0, sineLufs(-33, 48_000, 2, 1000), 0.1);
    }

    @Test
    void monoIsOneChannelsWorthThreeLuQuieter() {
        assertEquals(-26.0, sineLufs(-23, 48_000, 1, 1000), 0.1);
    }

    @Test
    void theHighPassLeavesRumbleOut() {
        assertEquals(true, sineLufs(-23, 48_000, 2, 20) < -35);
    }

    @Test
    void silenceIsTheFloor() {
        assertEquals(-70, sineLufs(-200, 44_100, 2, 1000), 1e-9);
    }
}
