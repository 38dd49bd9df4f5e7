package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.CadenceException;
import run.cadence.audio.PcmSource;

/**
 * Recordings are opened through the one file decoder and streamed: the header decides before anything is read
 * (a pipe, a device, a file of zeros named .wav are refused at once), and memory does not grow with the length.
 * The timeout only guards against the old endless reads; it measures nothing.
 */
@Timeout(120)
class AudioFileReaderTest {
    @TempDir
    Path dir;

    private static String refusal(Path file) {
        CadenceException e = assertThrows(CadenceException.class, () -> FootstepDetector.cadence(file));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        return e.getMessage();
    }

    @Test
    void readsMonoWavSampleForSample() throws IOException {
        float[] ramp = {0f, 0.25f, -0.5f, 0.75f, -1f};
        Path wav = WavFiles.write(dir.resolve("m.wav"), new MonoAudio(ramp, 22_050), 1, 1);
        try (PcmSource in = AudioFileReader.open(wav)) {
            assertEquals(22_050, in.sampleRate());
            float[] back = new float[16];
            assertEquals(5, in.read(back, 16));
            for (int i = 0; i < ramp.length; i++) {
                assertEquals(ramp[i], back[i], 1.0 / 32768 + 1e-6, "sample " + i);
            }
        }
    }

    @Test
    void aStereoRecordingMeasuresAsItsMonoMix() throws IOException {
        MonoAudio steps = SyntheticFootsteps.record(171.5, 20, 0.02, 0.004, 5);
        Path stereo = WavFiles.write(dir.resolve("s.wav"), steps, 2, 0.5f);
        FootstepDetector.Measured m = FootstepDetector.cadence(stereo);
        assertEquals(171.5, m.rate().stepsPerMinute(), 0.1, m.rate().describe());
        assertEquals(20, m.seconds(), 0.01);
    }

    @Test
    void anMp3RecordingDecodesAndStillMeasuresWithinOneStep() throws IOException {
        MonoAudio steps = SyntheticFootsteps.record(168.5, 20, 0.02, 0.004, 11);
        Path wav = WavFiles.write(dir.resolve("steps.wav"), steps, 1, 1);
        Path mp3 = dir.resolve("steps.mp3");
        assertEquals(0, new de.sciss.jump3r.Main().run(new String[] {"--silent", wav.toString(), mp3.toString()}));
        FootstepDetector.Measured m = FootstepDetector.cadence(mp3);
        assertEquals(steps.seconds(), m.seconds(), 0.1);
        assertEquals(168.5, m.rate().stepsPerMinute(), 1.0, m.rate().describe());
        System.out.printf(java.util.Locale.ROOT, "footsteps via MP3: truth 168.5 -> %.2f%n", m.rate().stepsPerMinute());
    }

    @Test
    void filesThatAreNotRecordingsAreNamedForWhatTheyAre() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.mp3"), "hello ".repeat(100));
        assertEquals(junk + ": named .mp3 but its header is not MP3; the file is damaged", refusal(junk));
        byte[] tagThenZeros = java.util.Arrays.copyOf("ID3".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 4000);
        Path broken = Files.write(dir.resolve("broken.mp3"), tagThenZeros);
        assertEquals(broken + ": no MP3 audio frame after the ID3 tag; the file is damaged", refusal(broken));
        Path text = Files.writeString(dir.resolve("steps.wav"), "not a recording");
        assertEquals(text + ": named .wav but its header is not WAV; the file is damaged", refusal(text));
        Path missing = dir.resolve("none.wav");
        assertEquals(missing + ": no such file", refusal(missing));
    }

    @Test
    void aPipeOrADeviceNamedLikeARecordingIsRefusedUnopened() throws Exception {
        Path fifo = dir.resolve("fifo.wav");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path zero = Files.createSymbolicLink(dir.resolve("zero.wav"), Path.of("/dev/zero"));
        for (Path p : List.of(fifo, zero)) {
            assertEquals(p + ": not a regular file (a pipe, a device or a broken link); give an audio file", refusal(p));
        }
    }

    /** 300 MB of zeros named .wav (a sparse file, so the test writes nothing): refused from its first bytes. */
    @Test
    void aLargeFileOfZerosNamedWavIsRefusedFromItsHeader() throws IOException {
        Path zeros = dir.resolve("zeros.wav");
        try (RandomAccessFile f = new RandomAccessFile(zeros.toFile(), "rw")) {
            f.setLength(300L << 20);
        }
        assertEquals(zeros + ": named .wav but its header is not WAV; the file is damaged", refusal(zeros));
    }

    @Test
    void aSampleRateOfFourBillionHertzIsSaidAsTheHeaderSaysIt() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(44 + 1000).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 1000).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(-1).putInt(-1).putShort((short) 2)
                .putShort((short) 16).put("data".getBytes()).putInt(1000);
        Path wav = Files.write(dir.resolve("rate.wav"), b.array());
        assertEquals(wav + ": the WAV header claims a sample rate of 4294967295 Hz (8000-192000 are plausible); the"
                + " file is damaged or not audio", refusal(wav));
    }

    /** A plausible WAV header in front of {@code seconds} of silence, sparse on disk. */
    static Path silentWav(Path file, int rate, int channels, long seconds) throws IOException {
        long data = seconds * rate * channels * 2;
        ByteBuffer b = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt((int) (36 + data)).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) channels).putInt(rate).putInt(rate * channels * 2)
                .putShort((short) (channels * 2)).putShort((short) 16).put("data".getBytes()).putInt((int) data);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write(b.array());
            f.setLength(44 + data);
        }
        return file;
    }

    @Test
    void aRecordingLongerThanTheLimitIsRefusedSayingWhatIsNeeded() throws IOException {
        Path wav = silentWav(dir.resolve("long.wav"), 8_000, 1, FootstepDetector.MAX_MINUTES * 60L + 1);
        assertEquals(wav + ": longer than 20 minutes; a cadence needs 1-3 minutes of steady running, so trim the"
                + " recording (e.g. sox IN.wav OUT.wav trim 0 3:00)", refusal(wav));
    }

    /**
     * Ten minutes of 48 kHz stereo (230 MB) measured in a JVM with a 48 MB heap: held whole, as before, the samples
     * alone would need 115 MB. It is silence, so the answer is that no footfalls were heard.
     */
    @Test
    void memoryDoesNotGrowWithTheRecordingsLength() throws Exception {
        Path wav = silentWav(dir.resolve("ten-minutes.wav"), 48_000, 2, 600);
        Path log = dir.resolve("log.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "run.cadence.cli.Main",
                "measure", "audio", wav.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(110, TimeUnit.SECONDS), "still measuring");
        String out = Files.readString(log);
        assertEquals(2, p.exitValue(), out);
        assertEquals("cadence: error: only 0 footfalls heard in 600 s; record at least 20 s close to the feet, with the"
                + " treadmill running", out.strip());
    }
}
