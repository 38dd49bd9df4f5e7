package run.cadence.voice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.audio.NullAudioPlayer;
import java.util.concurrent.atomic.AtomicBoolean;
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

    /** Stands in for FreeTTS's default player, which would open a sound line; records that it was made. */
    public static final class LineOpeningPlayer extends NullAudioPlayer {
        static final AtomicBoolean CREATED = new AtomicBoolean();

        public LineOpeningPlayer() {
            CREATED.set(true);
        }
    }

    @Test
    void neverCreatesFreeTtsDefaultPlayerSoNoLineIsOpened() {
        String before = System.getProperty(Voice.DEFAULT_AUDIO_PLAYER);
        System.setProperty(Voice.DEFAULT_AUDIO_PLAYER, LineOpeningPlayer.class.getName());
        try (FreeTtsSpeech fresh = new FreeTtsSpeech()) {
            float[] clip = fresh.render(Phrase.of(CueTone.FINISH, "Well done"), 44_100);

            assertTrue(clip.length > 0.3 * 44_100);
            assertFalse(LineOpeningPlayer.CREATED.get(), "FreeTTS made its default (line-opening) audio player");
        } finally {
            if (before == null) {
                System.clearProperty(Voice.DEFAULT_AUDIO_PLAYER);
            } else {
                System.setProperty(Voice.DEFAULT_AUDIO_PLAYER, before);
            }
        }
    }

    @Test
    void resamplesToTheRequestedRate() {
        Phrase phrase = Phrase.of(CueTone.INFO, "uphill 6 percent");
        float[] at16k = speech.render(phrase, 16_000);
        float[] at48k = speech.render(phrase, 48_000);

        assertEquals(3.0, at48k.length / (double) at16k.length, 0.01);
    }
}
