package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CueCommandTest {

    @TempDir
    Path folder;

    @Test
    void namesTheRecordingForAPhrase() {
        CliRunner r = CliRunner.run("cue", "name", "Run,", "one minute,", "one seventy two");

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("run-one-minute-one-seventy-two.wav" + System.lineSeparator(), r.out());
    }

    @Test
    void namesTheRecordingForAKind() {
        CliRunner r = CliRunner.run("cue", "name", "--kind", "LAST_REPEAT");

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("kind-last-repeat.wav" + System.lineSeparator(), r.out());
    }

    @Test
    void namingNothingIsBadInput() {
        CliRunner r = CliRunner.run("cue", "name", "...");

        assertEquals(2, r.exitCode());
        assertArrayEquals(new String[] {"cadence: error: give the phrase to name, e.g. cadence cue name \"Walk, four minutes\""},
                r.errLines());
    }

    @Test
    void saysAPhraseWithTheBuiltInVoiceIntoAnMp3() throws IOException {
        Path mp3 = folder.resolve("run.mp3");
        CliRunner r = CliRunner.run("cue", "say", "Run, one minute, one seventy two", "--kind", "run", "--out", mp3.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("wrote " + mp3 + ": 'Run, one minute, one seventy two' by freetts, "), r.out());
        byte[] bytes = Files.readAllBytes(mp3);
        assertEquals(0xff, bytes[0] & 0xff);
        assertEquals(0xe0, bytes[1] & 0xe0);
        assertTrue(bytes.length > 10_000, bytes.length + " bytes");
    }

    @Test
    void noVoiceSaysTheKindsTone() {
        Path mp3 = folder.resolve("tone.mp3");
        CliRunner r = CliRunner.run("cue", "say", "Finish", "--kind", "finish", "--no-voice", "--out", mp3.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("wrote " + mp3 + ": 'Finish' by tones, 1.25 s" + System.lineSeparator(), r.out());
    }

    @Test
    void aCorruptRecordingInTheCueFolderIsOneLineNamingTheFile() throws IOException {
        Path cues = Files.createDirectory(folder.resolve("cues"));
        Path corrupt = Files.writeString(cues.resolve("walk-four-minutes.wav"), "not audio");
        Path mp3 = folder.resolve("walk.mp3");

        CliRunner r = CliRunner.run("cue", "say", "Walk, four minutes", "--cues", cues.toString(), "--out", mp3.toString());

        assertEquals(2, r.exitCode());
        assertArrayEquals(new String[] {"cadence: error: cannot read sound file '" + corrupt
                + "': named .wav but its header is not WAV; the file is damaged"}, r.errLines());
        assertFalse(Files.exists(mp3));
    }

    @Test
    void anUnknownVoiceIsBadInputListingTheChoices() {
        CliRunner r = CliRunner.run("cue", "say", "hi", "--voice", "siri", "--out", folder.resolve("a.mp3").toString());

        assertEquals(2, r.exitCode());
        assertArrayEquals(new String[] {"cadence: error: Invalid value for option '--voice': unknown voice 'siri': "
                + "expected one of freetts, espeak (or --no-voice for tones) (see 'cadence cue say --help')"}, r.errLines());
    }

    @Test
    void saysAPhraseIntoAWav() throws IOException {
        Path wav = folder.resolve("finish.WAV");
        CliRunner r = CliRunner.run("cue", "say", "Finish", "--kind", "finish", "--no-voice", "--out", wav.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("wrote " + wav + ": 'Finish' by tones, 1.25 s" + System.lineSeparator(), r.out());
        byte[] bytes = Files.readAllBytes(wav);
        assertEquals("RIFF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("WAVE", new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII));
        // 1.25 s of mono 16-bit 44.1 kHz after the 44-byte header.
        assertEquals(44 + 2 * 55_125, bytes.length);
    }

    @Test
    void onlyWavOrMp3IsWritten() {
        CliRunner r = CliRunner.run("cue", "say", "hi", "--out", folder.resolve("a.ogg").toString());

        assertEquals(2, r.exitCode());
        assertArrayEquals(new String[] {"cadence: error: cannot write '" + folder.resolve("a.ogg")
                + "': --out must name a .wav or .mp3 file"}, r.errLines());
    }

    @Test
    void theRootFolderAsOutIsBadInputNotACrash() {
        CliRunner r = CliRunner.run("cue", "say", "hi", "--no-voice", "--out", "/");

        assertEquals(2, r.exitCode(), r.err());
        assertArrayEquals(new String[] {"cadence: error: cannot write '/': --out must name a .wav or .mp3 file"},
                r.errLines());
    }

    @Test
    void anUnwritableOutFailsBeforeAnyCueIsMade() throws IOException {
        // The corrupt recording would fail the synthesis: the out path's error shows it was checked first.
        Path cues = Files.createDirectory(folder.resolve("cues"));
        Files.writeString(cues.resolve("hi.wav"), "not audio");
        Path mp3 = folder.resolve("missing/a.mp3");

        CliRunner r = CliRunner.run("cue", "say", "hi", "--cues", cues.toString(), "--out", mp3.toString());

        assertEquals(2, r.exitCode());
        assertEquals(1, r.errLines().length);
        assertTrue(r.err().startsWith("cadence: error: cannot write '" + mp3 + "'"), r.err());
    }

    @Test
    void anUnwritableOutIsBadInputNamingThePath() {
        Path mp3 = folder.resolve("missing/a.mp3");
        CliRunner r = CliRunner.run("cue", "say", "hi", "--no-voice", "--out", mp3.toString());

        assertEquals(2, r.exitCode());
        assertEquals(1, r.errLines().length);
        assertTrue(r.err().startsWith("cadence: error: cannot write '" + mp3 + "'"), r.err());
    }
}
