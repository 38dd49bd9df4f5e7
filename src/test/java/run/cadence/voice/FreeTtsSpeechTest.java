package run.cadence.voice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FreeTtsSpeechTest {
    private static FreeTtsSpeech speech;

    @BeforeAll
    static void open() {
        speech = new FreeTtsSpeech();
    }

    @AfterAll
    static void close() {
        speech.close();
    }

    @Test
    void speaksACueAsAudibleSpeechOfPlausibleLength() {
        float[] clip = speech.render(Phrase.of(CueTone.RUN, "Run, one minute, one seventy two"), 44_100);

        double seconds = clip.length / 44_100.0;
        assertTrue(seconds > 0.5 && seconds < 5, "duration " + seconds + " s");
        double rms = Clips.rms(clip);
        assertTrue(rms > 0.05, "rms " + rms);
        assertEquals(SpeechSamples.PEAK, Clips.peak(clip), 1e-4);
    }

    @Test
    void longerTextTakesLongerAndTheSameTextGivesTheSameSamples() {
        float[] shortClip = speech.render(Phrase.of(CueTone.WALK, "Walk"), 22_050);
        float[] longClip = speech.render(Phrase.of(CueTone.WALK, "Walk, four minutes, then run again"), 22_050);
        float[] again = speech.render(Phrase.of(CueTone.WALK, "Walk"), 22_050);

        assertTrue(longClip.length > 2 * shortClip.length, shortClip.length + " vs " + longClip.length);
        assertArrayEquals(shortClip, again);
    }

    @Test
    void resamplesToTheRequestedRate() {
        Phrase phrase = Phrase.of(CueTone.INFO, "uphill 6 percent");
        float[] at16k = speech.render(phrase, 16_000);
        float[] at48k = speech.render(phrase, 48_000);

        assertEquals(3.0, at48k.length / (double) at16k.length, 0.01);
    }
}
