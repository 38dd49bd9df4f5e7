package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureAudioCommandTest {
    @TempDir
    Path dir;

    /** 20 s of thuds at the given cadence over hiss, as 16-bit mono WAV. */
    private Path footsteps(double spm) throws IOException {
        int rate = 44_100;
        int n = rate * 20;
        Random random = new Random(3);
        short[] pcm = new short[n];
        double[] mix = new double[n];
        for (int i = 0; i < n; i++) {
            mix[i] = random.nextGaussian() * 0.01;
        }
        for (double at = 0.2; at < 19.7; at += 60 / spm) {
            int start = (int) Math.round(at * rate);
            for (int k = 0; k < rate / 10 && start + k < n; k++) {
                double t = k / (double) rate;
                mix[start + k] += 0.4 * Math.sin(2 * Math.PI * 80 * t) * Math.exp(-t / 0.02)
                        + 0.2 * random.nextGaussian() * Math.exp(-t / 0.003);
            }
        }
        byte[] bytes = new byte[n * 2];
        for (int i = 0; i < n; i++) {
            pcm[i] = (short) Math.round(Math.max(-1, Math.min(1, mix[i])) * 32767);
            bytes[2 * i] = (byte) pcm[i];
            bytes[2 * i + 1] = (byte) (pcm[i] >> 8);
        }
        Path file = dir.resolve("treadmill.wav");
        AudioFormat format = new AudioFormat(rate, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(bytes), format, n)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    @Test
    void aTreadmillRecordingGivesItsCadenceAndStepCount() throws IOException {
        MeasureCli cli = new MeasureCli();
        Path wav = footsteps(172);
        CliRunner r = cli.run("measure", "audio", wav.toString(), "--save");
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(wav + ": 56 steps used in 20.0 s (0 missed, 0 extra sounds left out)", lines[0]);
        assertTrue(lines[1].startsWith("Cadence 172.0 spm ± 0.0 (95% confidence)"), lines[1]);
        assertEquals("Baseline 172.0 spm → target 180.6 spm (+5%)", lines[2]);
        assertEquals(172.0, cli.saved.get(0).baseline().stepsPerMinute(), 1e-9);
        assertEquals("treadmill.wav", cli.saved.get(0).source());
    }

    @Test
    void aFileThatIsNotAudioIsOneLineExitTwo() throws IOException {
        Path text = Files.writeString(dir.resolve("steps.wav"), "hello");
        CliRunner r = new MeasureCli().run("measure", "audio", text.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals(1, r.errLines().length);
        assertEquals("cadence: error: " + text + ": named .wav but its header is not WAV; the file is damaged",
                r.errLines()[0]);
    }

    @Test
    void theRootOrAFolderIsBadInputInOneLine() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("steps.wav"));
        for (String path : new String[] {"/", folder.toString()}) {
            CliRunner r = new MeasureCli().run("measure", "audio", path);
            assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), path + ": " + r.err());
            assertEquals(1, r.errLines().length, r.err());
            assertEquals("cadence: error: " + path + ": is a folder; give a recording (WAV, MP3, FLAC, Ogg Vorbis or AIFF)", r.err().strip());
        }
    }
}
