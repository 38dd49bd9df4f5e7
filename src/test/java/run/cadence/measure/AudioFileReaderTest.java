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
    void mp3IsRefusedWithAWayForward() {
        CadenceException e = assertThrows(CadenceException.class,
                () -> AudioFileReader.read(dir.resolve("steps.mp3")));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("MP3 is not supported yet; convert it to WAV first"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAudioIsBadInput() throws IOException {
        Path text = Files.writeString(dir.resolve("steps.wav"), "not a recording");
        CadenceException e = assertThrows(CadenceException.class, () -> AudioFileReader.read(text));
        assertEquals(text + ": not a recording Java can read; use a PCM WAV file", e.getMessage());
    }

    @Test
    void aMissingFileIsBadInput() {
        Path missing = dir.resolve("none.wav");
        CadenceException e = assertThrows(CadenceException.class, () -> AudioFileReader.read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }
}
