package run.cadence.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import run.cadence.CadenceException;

class SpeechSamplesTest {

    @Test
    void trimsSilentEdgesKeepingTenMillisecondsAndLevelsThePeak() {
        int rate = 1000;
        float[] clip = new float[1000];
        for (int i = 300; i < 500; i++) {
            clip[i] = (i % 2 == 0 ? 0.1f : -0.2f);
        }

        float[] shaped = SpeechSamples.trimmedAndLevelled(clip, rate, "test");

        assertEquals(10 + 200 + 10, shaped.length);
        assertEquals(0f, shaped[0]);
        assertEquals(0.35f, shaped[10], 1e-6);
        assertEquals(-SpeechSamples.PEAK, shaped[11], 1e-6);
    }

    @Test
    void silenceIsAnEngineFailure() {
        CadenceException e = assertThrows(CadenceException.class,
                () -> SpeechSamples.trimmedAndLevelled(new float[100], 1000, "espeak-ng speaking 'x'"));
        assertEquals(CadenceException.Kind.RUNTIME, e.kind());
        assertEquals("espeak-ng speaking 'x' produced only silence", e.getMessage());
    }

    @Test
    void decodesBigEndianPcmAndResamples() {
        AudioFormat format = new AudioFormat(16_000, 16, 1, true, true);
        byte[] pcm = new byte[2 * 1600];
        for (int i = 0; i < 1600; i++) {
            pcm[2 * i] = 0x40; // 0x4000 big-endian = 0.5
        }

        float[] clip = SpeechSamples.fromPcm(pcm, format, 32_000, "test", "a phrase");

        assertEquals(3199, clip.length, 1);
        assertEquals(0.5f, clip[1000], 1e-4);
    }
}
