package run.cadence.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
