package run.cadence.audio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.CadenceException;
import run.cadence.files.OutputFileException;
import run.cadence.files.OutputProblem;
import run.cadence.audio.RenderFormat;

class Mp3SinkTest {
    private static final int RATE = 44_100;

    @TempDir
    Path folder;

    /** Writes {@code seconds} of a sine in blocks of 1000 frames, the way a renderer would. */
    private static void writeSine(Mp3Sink sink, double seconds, double hertz, float amplitude) throws IOException {
        int channels = sink.format().channels();
        float[] block = new float[1000 * channels];
        long total = Math.round(seconds * sink.format().sampleRate());
        long frame = 0;
        while (frame < total) {
            int n = (int) Math.min(1000, total - frame);
            for (int i = 0; i < n; i++) {
                float v = (float) (amplitude * Math.sin(2 * Math.PI * hertz * (frame + i) / sink.format().sampleRate()));
                block[i * channels] = v;
                if (channels == 2) {
                    block[i * channels + 1] = 0f;
                }
            }
            sink.write(block, n);
            frame += n;
        }
    }

    private List<Path> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.collect(Collectors.toList());
        }
    }

    @Test
    void encodesAMonoSineThatDecodesBackToTheSameTone() throws IOException {
        Path mp3 = folder.resolve("sine.mp3");
        try (Mp3Sink sink = new Mp3Sink(mp3, RenderFormat.MONO_44K)) {
            writeSine(sink, 3, 1000, 0.5f);
            assertFalse(Files.exists(mp3), "the target appears only when finished");
            sink.finish();
            assertEquals(3 * RATE, sink.framesWritten());
        }

        assertEquals(new Mp3Decoding.Header(1, 3, 96, RATE, 3), Mp3Decoding.firstHeader(mp3));
        long expectedBytes = 3L * 96_000 / 8;
        assertEquals(expectedBytes, Files.size(mp3), expectedBytes * 0.03);

        Mp3Decoding.Decoded decoded = Mp3Decoding.decode(mp3);
        assertEquals(RATE, decoded.sampleRate());
        assertEquals(1, decoded.channels());
        // Encoder delay and the last frame's padding add at most a few frames of 1152 samples.
        assertTrue(decoded.left().length >= 3 * RATE && decoded.left().length <= 3 * RATE + 3 * 1152,
                "decoded " + decoded.left().length + " samples");
        int from = RATE / 2;
        int to = 5 * RATE / 2;
        assertEquals(0.5 / Math.sqrt(2), decoded.rms(decoded.left(), from, to), 0.02);
        assertEquals(2000, decoded.crossingsPerSecond(decoded.left(), from, to), 20);
    }

    @Test
    void encodesStereoKeepingTheChannelsApart() throws IOException {
        Path mp3 = folder.resolve("stereo.mp3");
        try (Mp3Sink sink = new Mp3Sink(mp3, new RenderFormat(48_000, 2))) {
            writeSine(sink, 2, 440, 0.5f);
            sink.finish();
        }

        Mp3Decoding.Header header = Mp3Decoding.firstHeader(mp3);
        assertEquals(192, header.kbps());
        assertEquals(48_000, header.sampleRate());
        Mp3Decoding.Decoded decoded = Mp3Decoding.decode(mp3);
        assertEquals(2, decoded.channels());
        assertEquals(0.5 / Math.sqrt(2), decoded.rms(decoded.left(), 24_000, 72_000), 0.02);
        assertTrue(decoded.rms(decoded.right(), 24_000, 72_000) < 0.01);
    }

    @Test
    void aRateMp3CannotHoldIsResampledToOneItCan() throws IOException {
        Path mp3 = folder.resolve("hires.mp3");
        try (Mp3Sink sink = new Mp3Sink(mp3, new RenderFormat(96_000, 1))) {
            writeSine(sink, 1, 1000, 0.5f);
            sink.finish();
        }

        Mp3Decoding.Decoded decoded = Mp3Decoding.decode(mp3);
        assertEquals(48_000, Mp3Decoding.firstHeader(mp3).sampleRate());
        assertEquals(2000, decoded.crossingsPerSecond(decoded.left(), 12_000, 36_000), 20);
    }

    @Test
    void closingWithoutFinishLeavesNoFileBehind() throws IOException {
        Path mp3 = folder.resolve("abandoned.mp3");
        try (Mp3Sink sink = new Mp3Sink(mp3, RenderFormat.MONO_44K)) {
            writeSine(sink, 1, 1000, 0.5f);
            assertEquals(1, filesInFolder().size(), "one hidden partial file while writing");
        }

        assertEquals(List.of(), filesInFolder());
    }

    @Test
    void anExistingFileIsKeptUntilTheNewOneIsFinished() throws IOException {
        Path mp3 = folder.resolve("session.mp3");
        Files.writeString(mp3, "yesterday's export");
        try (Mp3Sink sink = new Mp3Sink(mp3, RenderFormat.MONO_44K)) {
            writeSine(sink, 1, 1000, 0.5f);
            assertEquals("yesterday's export", Files.readString(mp3));
        }
        assertEquals("yesterday's export", Files.readString(mp3), "abandoning keeps the old file");

        try (Mp3Sink sink = new Mp3Sink(mp3, RenderFormat.MONO_44K)) {
            writeSine(sink, 1, 1000, 0.5f);
            sink.finish();
        }
        assertEquals(96, Mp3Decoding.firstHeader(mp3).kbps());
        assertEquals(List.of(mp3), filesInFolder());
    }

    @Test
    void theFinishedFileGetsTheSamePermissionsAsAnyNewFile() throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path reference = Files.createFile(folder.resolve("reference.txt"));
        Path mp3 = folder.resolve("shared.mp3");
        try (Mp3Sink sink = new Mp3Sink(mp3, RenderFormat.MONO_44K)) {
            writeSine(sink, 0.1, 1000, 0.5f);
            sink.finish();
        }

        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(mp3));
    }

    @Test
    void aMissingFolderIsBadInputNamingThePath() {
        Path mp3 = folder.resolve("no/such/folder/session.mp3");
        OutputFileException e = assertThrows(OutputFileException.class, () -> new Mp3Sink(mp3, RenderFormat.MONO_44K));

        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals(new OutputProblem.FolderMissing(mp3, mp3.getParent()), e.problem());
    }

    @Test
    void aFolderWhereNothingCanBeCreatedIsBadInputNamingThePath() {
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc), "needs Linux /proc, where no file can be created even as root");
        Path mp3 = proc.resolve("session.mp3");

        OutputFileException e = assertThrows(OutputFileException.class, () -> new Mp3Sink(mp3, RenderFormat.MONO_44K));

        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals(mp3, ((OutputProblem.CannotCreate) e.problem()).target());
    }

    @Test
    void aFolderAsTargetIsBadInput() throws IOException {
        Path sub = Files.createDirectory(folder.resolve("out.mp3"));
        OutputFileException e = assertThrows(OutputFileException.class, () -> new Mp3Sink(sub, RenderFormat.MONO_44K));

        assertEquals(new OutputProblem.IsFolder(sub), e.problem());
    }

    @Test
    void writingAfterFinishIsABug() throws IOException {
        try (Mp3Sink sink = new Mp3Sink(folder.resolve("done.mp3"), RenderFormat.MONO_44K)) {
            sink.finish();
            assertThrows(IllegalStateException.class, () -> sink.write(new float[10], 10));
            assertThrows(IllegalStateException.class, sink::finish);
        }
        assertTrue(Files.exists(folder.resolve("done.mp3")), "finishing with no audio still completes the file");
    }

    @Test
    void outOfRangeSamplesAreClampedNotWrapped() throws IOException {
        Path mp3 = folder.resolve("loud.mp3");
        try (Mp3Sink sink = new Mp3Sink(mp3, RenderFormat.MONO_44K)) {
            writeSine(sink, 1, 200, 4f);
            sink.finish();
        }
        Mp3Decoding.Decoded decoded = Mp3Decoding.decode(mp3);
        // A sine of amplitude 4 clamped to [-1, 1] is close to a square wave: RMS near 0.9, still 200 Hz.
        assertTrue(decoded.rms(decoded.left(), 11_025, 33_075) > 0.8);
        assertEquals(400, decoded.crossingsPerSecond(decoded.left(), 11_025, 33_075), 10);
    }
    private static long allThreadsAllocated(com.sun.management.ThreadMXBean threads) {
        long sum = 0;
        for (long a : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(0, a);
        }
        return sum;
    }

    /**
     * {@code mvn -B -Pbench verify}: encoding speed for a 45-minute mono session at 44.1 kHz, the figure
     * quoted in docs/voice.md. Prints, asserts nothing about time.
     */
    @Test
    @Tag("bench")
    void encodesFortyFiveMinutesOfMono() throws IOException {
        Path mp3 = folder.resolve("bench.mp3");
        long frames = 45L * 60 * RATE;
        float[] block = new float[1024];
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore;
        long start;
        long allocatedAfter;
        long elapsed;
        try (Mp3Sink sink = new Mp3Sink(mp3, RenderFormat.MONO_44K)) {
            allocatedBefore = allThreadsAllocated(threads);
            start = System.nanoTime();
            for (long frame = 0; frame < frames; frame += block.length) {
                int n = (int) Math.min(block.length, frames - frame);
                for (int i = 0; i < n; i++) {
                    long f = frame + i;
                    // A click every 0.35 s over a quiet tone: about what a walk-run session sounds like.
                    double click = (f % 15_435) < 400 ? 0.6 * Math.sin(2 * Math.PI * 2000 * f / RATE) : 0;
                    block[i] = (float) (click + 0.1 * Math.sin(2 * Math.PI * 220 * f / RATE));
                }
                sink.write(block, n);
            }
            // Before finish, while the encoder threads live: all but the last few stretches' garbage.
            allocatedAfter = allThreadsAllocated(threads);
            sink.finish();
            elapsed = System.nanoTime() - start;
        }
        double seconds = elapsed / 1e9;
        double audioSeconds = frames / (double) RATE;
        String report = String.format("MP3 bench: 45 min mono 44.1 kHz at %d kbit/s encoded in %.1f s "
                        + "(%.0fx real time), %d bytes, about %.0f MB allocated by all threads (%.0f bytes per audio"
                        + " second), "
                        + "Java %s, %d CPUs",
                Mp3Sink.KBPS_PER_CHANNEL, seconds, audioSeconds / seconds, Files.size(mp3),
                (allocatedAfter - allocatedBefore) / 1e6, (allocatedAfter - allocatedBefore) / audioSeconds,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.println(report);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "mp3.txt"), report + System.lineSeparator());
        // Constant bit rate: the size is the duration times 96 kbit/s, whatever the speed.
        assertEquals(audioSeconds * Mp3Sink.KBPS_PER_CHANNEL * 1000 / 8, Files.size(mp3), 0.01 * Files.size(mp3));
    }

    /**
     * Stretches encoded apart and joined: the same number of frames as one encoder running through, and decoded,
     * as close to the input as what that one encoder makes, at the joins as everywhere (every 1152-sample window).
     */
    @Test
    void stretchesEncodedApartJoinIntoWhatOneEncoderMakes() throws IOException {
        int samples = 3 * Mp3Sink.STRETCH_FRAMES * Mp3Segment.FRAME_SAMPLES + 30_000; // three joins, a short end
        float[] input = new float[samples];
        for (int i = 0; i < samples; i++) {
            int sinceClick = i % 15_557;
            double click = sinceClick < 400 ? 0.6 * Math.sin(Math.PI * sinceClick / 400) * Math.sin(2 * Math.PI * 2000.0
                    * i / RATE) : 0;
            input[i] = (float) (click + 0.05 * Math.sin(2 * Math.PI * 220.0 * i / RATE));
        }
        Path joined = folder.resolve("joined.mp3");
        try (Mp3Sink sink = new Mp3Sink(joined, RenderFormat.MONO_44K)) {
            float[] block = new float[2048];
            for (int at = 0; at < samples; at += block.length) {
                int n = Math.min(block.length, samples - at);
                System.arraycopy(input, at, block, 0, n);
                sink.write(block, n);
            }
            sink.finish();
        }
        int[] ints = new int[samples];
        for (int i = 0; i < samples; i++) {
            ints[i] = (int) (input[i] * 2147483647.0);
        }
        Path whole = Files.write(folder.resolve("whole.mp3"), Mp3Segment.encode(RATE, 1, ints, ints, samples, 0, -1));

        assertEquals(Mp3Segment.frameCount(Files.readAllBytes(whole)), Mp3Segment.frameCount(Files.readAllBytes(joined)));
        short[] a = Mp3Decoding.decode(joined).left();
        short[] b = Mp3Decoding.decode(whole).left();
        assertEquals(b.length, a.length);
        int delay = delay(input, b);
        double worst = Double.MAX_VALUE;
        for (int w = 0; w + 1152 <= samples && w + delay + 1152 <= a.length; w += 1152) {
            double signal = 0;
            double errorJoined = 0;
            double errorWhole = 0;
            for (int i = w; i < w + 1152; i++) {
                double x = input[i] * 32767.0;
                signal += x * x;
                errorJoined += (a[i + delay] - x) * (a[i + delay] - x);
                errorWhole += (b[i + delay] - x) * (b[i + delay] - x);
            }
            double joinedDb = 10 * Math.log10(signal / Math.max(errorJoined, 1e-9));
            double wholeDb = 10 * Math.log10(signal / Math.max(errorWhole, 1e-9));
            worst = Math.min(worst, joinedDb - wholeDb);
            // Encoders that saw different history may choose other block types at a click; neither is worse.
            assertTrue(joinedDb >= wholeDb - 3, "window at sample " + w + ": " + joinedDb + " dB where one encoder"
                    + " reaches " + wholeDb + " dB");
        }
        assertTrue(worst > -3, "worst window " + worst + " dB");
    }

    /** The decoder's delay: where the decoded sound lines up best with the input over its first second. */
    private static int delay(float[] input, short[] decoded) {
        int best = 0;
        double bestSum = -Double.MAX_VALUE;
        for (int d = 0; d < 4000; d++) {
            double sum = 0;
            for (int i = 0; i < RATE; i++) {
                sum += input[i] * decoded[i + d];
            }
            if (sum > bestSum) {
                bestSum = sum;
                best = d;
            }
        }
        return best;
    }

    /** A silent stretch's frames are encoded once and written again: byte for byte what encoding each gives. */
    @Test
    void silenceEncodedOnceIsByteForByteSilenceEncodedEachTime() throws IOException {
        int samples = 8 * Mp3Sink.STRETCH_FRAMES * Mp3Segment.FRAME_SAMPLES + 5000;
        float[] block = new float[2048];
        Path[] out = {folder.resolve("reused.mp3"), folder.resolve("each.mp3")};
        for (int k = 0; k < 2; k++) {
            try (Mp3Sink sink = new Mp3Sink(out[k], RenderFormat.MONO_44K, k == 0)) {
                for (int at = 0; at < samples; at += block.length) {
                    int n = Math.min(block.length, samples - at);
                    for (int i = 0; i < n; i++) {
                        long f = at + i;
                        // Sound in the first stretch, once in the middle and at the end; silence between.
                        boolean sound = f < 20_000 || (f > samples / 2 && f < samples / 2 + 3000) || f > samples - 3000;
                        block[i] = sound ? (float) (0.4 * Math.sin(2 * Math.PI * 440.0 * f / RATE)) : 0f;
                    }
                    sink.write(block, n);
                }
                sink.finish();
            }
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(out[1]), Files.readAllBytes(out[0]));
    }
}
