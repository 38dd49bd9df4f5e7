package run.cadence.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.CadenceException;

class CueClipsTest {
    private static final int RATE = 8_000;

    /** Speaks each phrase as one sample per character and records what it was asked. */
    private static final class CountingSpeech implements Speech {
        final List<Phrase> asked = new ArrayList<>();

        @Override
        public float[] render(Phrase phrase, int sampleRate) {
            asked.add(phrase);
            float[] clip = new float[phrase.text().length() * sampleRate / 100];
            clip[0] = 0.5f;
            return clip;
        }

        @Override
        public String name() {
            return "counting";
        }
    }

    @Test
    void rendersEachDistinctPhraseOnceAndSharesTheClip() {
        Phrase walk = Phrase.of(CueTone.WALK, "Walk, four minutes");
        Phrase run = Phrase.of(CueTone.RUN, "Run, one minute, one seventy two");
        CountingSpeech speech = new CountingSpeech();

        CueClips clips = CueClips.prepare(speech, List.of(walk, run, walk, run, walk), RATE);

        assertEquals(List.of(walk, run), speech.asked);
        assertEquals(List.of(walk, run), new ArrayList<>(clips.phrases()));
        assertSame(clips.clip(walk), clips.clip(Phrase.of(CueTone.WALK, "Walk, four minutes")));
        assertEquals(18 * RATE / 100, clips.clip(walk).length);
        assertEquals(0.32, clips.seconds(run), 1e-9);
        assertEquals("counting", clips.speechName());
    }

    @Test
    void theSameWordsOfAnotherKindAreAnotherCue() {
        CountingSpeech speech = new CountingSpeech();
        CueClips.prepare(speech, List.of(Phrase.of(CueTone.RUN, "Go"), Phrase.of(CueTone.INFO, "Go")), RATE);

        assertEquals(2, speech.asked.size());
    }

    @Test
    void askingForAnUnpreparedPhraseIsACallerBug() {
        CueClips clips = CueClips.prepare(new CountingSpeech(), List.of(Phrase.of(CueTone.RUN, "Run")), RATE);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> clips.clip(Phrase.of(CueTone.WALK, "Walk")));
        assertEquals("cue 'Walk' (WALK) was not prepared before playback", e.getMessage());
    }

    @Test
    void anUnreadableRecordingStopsPreparationBeforeAnythingPlays(@TempDir Path folder) throws IOException {
        Files.write(folder.resolve("finish.wav"), new byte[] {1, 2, 3});
        Speech speech = new CueFolderSpeech(folder, new CueTones());

        CadenceException e = assertThrows(CadenceException.class, () -> CueClips.prepare(speech,
                List.of(Phrase.of(CueTone.RUN, "Run"), Phrase.of(CueTone.FINISH, "Finish")), RATE));

        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals(1, e.getMessage().lines().count());
    }
}
