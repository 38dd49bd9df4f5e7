package run.cadence.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
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
    /** The cues of a 45-minute walk-run ladder (1:4, 2:3, 3:2, 4:1 run:walk, twice each, with warm-up). */
    private static List<Phrase> ladderSessionCues() {
        String[] numbers = {"zero", "one", "two", "three", "four", "five"};
        List<Phrase> cues = new ArrayList<>();
        cues.add(Phrase.of(CueTone.WALK, "Warm up. Walk, five minutes"));
        for (int run = 1; run <= 4; run++) {
            for (int repeat = 0; repeat < 2; repeat++) {
                if (repeat == 1 && run == 4) {
                    cues.add(Phrase.of(CueTone.LAST_REPEAT, "Last repeat"));
                }
                cues.add(Phrase.of(CueTone.COUNTDOWN, "Three, two, one"));
                cues.add(Phrase.of(CueTone.RUN, "Run, " + numbers[run] + (run == 1 ? " minute" : " minutes")
                        + ", one seventy two"));
                cues.add(Phrase.of(CueTone.HALFWAY, "Halfway"));
                cues.add(Phrase.of(CueTone.COUNTDOWN, "Three, two, one"));
                cues.add(Phrase.of(CueTone.WALK, "Walk, " + numbers[5 - run] + (run == 4 ? " minute" : " minutes")));
            }
        }
        cues.add(Phrase.of(CueTone.WALK, "Cool down. Walk, five minutes"));
        cues.add(Phrase.of(CueTone.FINISH, "Done. Twenty minutes of running at one seventy two. Well done"));
        return cues;
    }

    /** {@code mvn -B -Pbench verify}: how long preparing a session's cues takes, per voice, for docs/voice.md. */
    @Test
    @Tag("bench")
    void preparesAFortyFiveMinuteSessionsCues() {
        List<Phrase> cues = ladderSessionCues();
        StringBuilder report = new StringBuilder();
        for (Speech speech : List.of(new FreeTtsSpeech(), new EspeakSpeech(), new CueTones())) {
            try (speech) {
                long start = System.nanoTime();
                CueClips clips = CueClips.prepare(speech, cues, 44_100);
                double seconds = (System.nanoTime() - start) / 1e9;
                long frames = clips.phrases().stream().mapToLong(p -> clips.clip(p).length).sum();
                report.append(String.format("cue bench: %s prepared %d cues (%d distinct, %.1f s of audio, %.1f MB) in %.2f s%n",
                        speech.name(), cues.size(), clips.phrases().size(), frames / 44_100.0, frames * 4 / 1e6, seconds));
                assertEquals(cues.stream().distinct().count(), clips.phrases().size());
            } catch (run.cadence.CadenceException e) {
                report.append("cue bench: ").append(speech.name()).append(" unavailable: ").append(e.getMessage()).append('\n');
            }
        }
        System.out.print(report);
    }
}
