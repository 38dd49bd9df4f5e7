package run.cadence.voice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.CadenceException;

class CueFolderSpeechTest {
    private static final int RATE = 22_050;

    @TempDir
    Path folder;

    /** Writes a 16-bit mono WAV of {@code frames} samples all equal to {@code level}. */
    private Path recording(String name, int frames, float level) throws IOException {
        byte[] pcm = new byte[2 * frames];
        short value = (short) Math.round(level * 32767);
        for (int i = 0; i < frames; i++) {
            pcm[2 * i] = (byte) value;
            pcm[2 * i + 1] = (byte) (value >> 8);
        }
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        Path file = folder.resolve(name);
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), format, frames),
                AudioFileFormat.Type.WAVE, file.toFile());
        return file;
    }

    @Test
    void namesAPhraseByItsLowerCaseWordsJoinedByDashes() {
        assertEquals("run-one-minute-one-seventy-two.wav", CueFolderSpeech.fileName("Run, one minute, one seventy two"));
        assertEquals("uphill-6-percent.wav", CueFolderSpeech.fileName("  Uphill 6 percent! "));
        assertEquals("lets-go-cafe.wav", CueFolderSpeech.fileName("Let\u2019s go -- caf\u00e9"));
        assertEquals("last-repeat.wav", CueFolderSpeech.fileName("Last repeat."));
    }

    @Test
    void namesAKindRecordingWithThePrefix() {
        assertEquals("kind-walk.wav", CueFolderSpeech.fileName(CueTone.WALK));
        assertEquals("kind-last-repeat.wav", CueFolderSpeech.fileName(CueTone.LAST_REPEAT));
    }

    @Test
    void aRecordingNamedAfterThePhraseReplacesIt() throws IOException {
        recording("run-one-minute-one-seventy-two.wav", 3000, 0.5f);
        CueFolderSpeech speech = new CueFolderSpeech(folder, new CueTones());

        float[] clip = speech.render(Phrase.of(CueTone.RUN, "Run, one minute, one seventy two"), RATE);

        assertEquals(3000, clip.length);
        assertEquals(0.5f, clip[1500], 1e-4);
    }

    @Test
    void theWholePhraseWinsOverTheKindAndTheKindOverTheFallback() throws IOException {
        recording("walk-four-minutes.wav", 1000, 0.25f);
        recording("kind-walk.wav", 2000, -0.25f);
        CueTones tones = new CueTones();
        CueFolderSpeech speech = new CueFolderSpeech(folder, tones);

        assertEquals(1000, speech.render(Phrase.of(CueTone.WALK, "Walk, four minutes"), RATE).length);
        assertEquals(2000, speech.render(Phrase.of(CueTone.WALK, "Walk, two minutes"), RATE).length);
        assertArrayEquals(tones.tone(CueTone.RUN, RATE), speech.render(Phrase.of(CueTone.RUN, "Run"), RATE));
        assertEquals(Optional.of(folder.resolve("kind-walk.wav")),
                speech.recordingFor(Phrase.of(CueTone.WALK, "Walk, two minutes")));
        assertEquals(Optional.empty(), speech.recordingFor(Phrase.of(CueTone.REST, "Rest")));
    }

    @Test
    void namesMatchInAnyLetterCase() throws IOException {
        Path recorded = recording("Run-One-Minute.WAV", 500, 0.5f);
        CueFolderSpeech speech = new CueFolderSpeech(folder, new CueTones());

        assertEquals(Optional.of(recorded), speech.recordingFor(Phrase.of(CueTone.RUN, "Run, one minute")));
        assertEquals(500, speech.render(Phrase.of(CueTone.RUN, "run one minute"), RATE).length);
    }

    @Test
    void listsRecordingsThatNoPhraseOfTheSessionPlays() throws IOException {
        recording("walk-four-minutes.wav", 10, 0f);
        recording("kind-run.wav", 10, 0f);
        Path misnamed = recording("walk-4-minutes.wav", 10, 0f);
        Path otherKind = recording("kind-finish.wav", 10, 0f);
        Files.writeString(folder.resolve("notes.txt"), "not a recording");
        CueFolderSpeech speech = new CueFolderSpeech(folder, new CueTones());

        assertEquals(java.util.List.of(otherKind, misnamed), speech.unusedRecordings(java.util.List.of(
                Phrase.of(CueTone.WALK, "Walk, four minutes"), Phrase.of(CueTone.RUN, "Run, one minute"))));
    }

    @Test
    void aCorruptRecordingIsBadInputNamingTheFile() throws IOException {
        Path corrupt = Files.writeString(folder.resolve("kind-run.wav"), "this is not audio");
        CueFolderSpeech speech = new CueFolderSpeech(folder, new CueTones());

        CadenceException e = assertThrows(CadenceException.class,
                () -> speech.render(Phrase.of(CueTone.RUN, "Run, one minute"), RATE));

        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("'" + corrupt + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("its header is not WAV"), e.getMessage());
    }

    /** The docs promise a recording is never silently skipped: a folder, a pipe or a device by that name neither. */
    @Test
    void somethingNamedLikeARecordingThatIsNoFileIsBadInputNamingIt() throws Exception {
        Path folderNamedWav = Files.createDirectory(folder.resolve("kind-run.wav"));
        Path fifo = folder.resolve("kind-walk.wav");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path zero = Files.createSymbolicLink(folder.resolve("kind-rest.wav"), Path.of("/dev/zero"));
        CueFolderSpeech speech = new CueFolderSpeech(folder, new CueTones());
        CadenceException dir = assertThrows(CadenceException.class,
                () -> speech.render(Phrase.of(CueTone.RUN, "Run, one minute"), RATE));
        assertEquals("cannot read sound file '" + folderNamedWav + "': it is a folder, not an audio file",
                dir.getMessage());
        for (var kind : java.util.Map.of(CueTone.WALK, fifo, CueTone.REST, zero).entrySet()) {
            CadenceException e = assertThrows(CadenceException.class,
                    () -> speech.render(Phrase.of(kind.getKey(), "Easy"), RATE));
            assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
            assertEquals("cannot read sound file '" + kind.getValue() + "': not a regular file (a pipe, a device or a"
                    + " broken link); give an audio file", e.getMessage());
        }
    }

    @Test
    void aMissingFolderIsBadInput() {
        Path missing = folder.resolve("nope");
        CadenceException e = assertThrows(CadenceException.class, () -> new CueFolderSpeech(missing, new CueTones()));

        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals("cue folder '" + missing + "' not found; give the folder holding your .wav recordings",
                e.getMessage());
    }

    @Test
    void aFileGivenAsFolderIsBadInput() throws IOException {
        Path file = recording("a.wav", 10, 0f);
        CadenceException e = assertThrows(CadenceException.class, () -> new CueFolderSpeech(file, new CueTones()));

        assertTrue(e.getMessage().contains("is not a folder"), e.getMessage());
    }
}
