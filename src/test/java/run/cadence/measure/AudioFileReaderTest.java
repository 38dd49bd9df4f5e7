package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.CadenceException;

class AudioFileReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsMonoWavSampleForSample() throws IOException {
        float[] ramp = {0f, 0.25f, -0.5f, 0.75f, -1f};
        Path wav = WavFiles.write(dir.resolve("m.wav"), new MonoAudio(ramp, 22_050), 1, 1);
        MonoAudio back = AudioFileReader.read(wav);
        assertEquals(22_050, back.sampleRate());
        assertEquals(5, back.samples().length);
        for (int i = 0; i < ramp.length; i++) {
            assertEquals(ramp[i], back.samples()[i], 1.0 / 32768 + 1e-6, "sample " + i);
        }
    }

    @Test
    void mixesStereoDownToTheMeanOfTheChannels() throws IOException {
        Path wav = WavFiles.write(dir.resolve("s.wav"), new MonoAudio(new float[] {0.5f, -0.5f}, 48_000), 2, 0);
        MonoAudio back = AudioFileReader.read(wav);
        assertEquals(0.25, back.samples()[0], 1e-4);
        assertEquals(-0.25, back.samples()[1], 1e-4);
    }

    @Test
    void anMp3RecordingDecodesAndStillMeasuresWithinOneStep() throws IOException {
        MonoAudio steps = SyntheticFootsteps.record(168.5, 20, 0.02, 0.004, 11);
        Path wav = WavFiles.write(dir.resolve("steps.wav"), steps, 1, 1);
        Path mp3 = dir.resolve("steps.mp3");
        assertEquals(0, new de.sciss.jump3r.Main().run(new String[] {"--silent", wav.toString(), mp3.toString()}));
        MonoAudio back = AudioFileReader.read(mp3);
        assertEquals(44_100, back.sampleRate());
        assertEquals(steps.seconds(), back.seconds(), 0.1);
        StepRate rate = FootstepDetector.cadence(back);
        assertEquals(168.5, rate.stepsPerMinute(), 1.0, rate.describe());
        System.out.printf(java.util.Locale.ROOT, "footsteps via MP3: truth 168.5 -> %.2f%n", rate.stepsPerMinute());
    }

    @Test
    void aFileNamedMp3ThatIsNotIsBadInput() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.mp3"), "hello ".repeat(100));
        CadenceException e = assertThrows(CadenceException.class, () -> AudioFileReader.read(junk));
        assertEquals(junk + ": not an MP3 file (no ID3 tag or MPEG audio frame at the start)", e.getMessage());
    }

    @Test
    void aDamagedMp3IsOneLineBadInput() throws IOException {
        byte[] bytes = new byte[4000];
        bytes[0] = 'I';
        bytes[1] = 'D';
        bytes[2] = '3';
        Path broken = Files.write(dir.resolve("broken.mp3"), bytes);
        CadenceException e = assertThrows(CadenceException.class, () -> AudioFileReader.read(broken));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().startsWith(broken + ": cannot decode the MP3"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAudioIsBadInput() throws IOException {
        Path text = Files.writeString(dir.resolve("steps.wav"), "not a recording");
        CadenceException e = assertThrows(CadenceException.class, () -> AudioFileReader.read(text));
        assertEquals(text + ": not a recording Java can read; use a WAV or MP3 file", e.getMessage());
    }

    @Test
    void aMissingFileIsBadInput() {
        Path missing = dir.resolve("none.wav");
        CadenceException e = assertThrows(CadenceException.class, () -> AudioFileReader.read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }
}
