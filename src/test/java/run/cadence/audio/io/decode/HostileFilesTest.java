package run.cadence.audio.io.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.audio.PcmSource;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.io.Mp3Sink;

/**
 * Files built to hurt the decoders, as a reviewer made them: millions of tiny chunks, a 250 MB ID3 tag, rates no
 * number can hold, data a decoder chokes on. Each is refused in words (or read in bounded time and memory). The
 * timeout guards against the old 42-second chunk walk; it measures nothing.
 */
@Timeout(60)
class HostileFilesTest {
    @TempDir
    Path dir;

    private String refusal(String name, byte[] bytes) throws IOException {
        Path f = Files.write(dir.resolve(name), bytes);
        return assertThrows(Refusal.class, () -> {
            try (PcmSource in = TrackDecoder.open(f)) {
                in.read(new float[8192], 4096);
            }
        }).getMessage();
    }

    /** A 16-bit mono WAV with {@code chunks} 8-byte chunks between its format and its one second of samples. */
    private static byte[] wavWithTinyChunks(int chunks) {
        int samples = 8_000;
        ByteBuffer b = ByteBuffer.allocate(12 + 24 + chunks * 8 + 8 + 2 * samples).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(b.capacity() - 8).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(8_000).putInt(16_000)
                .putShort((short) 2).putShort((short) 16);
        for (int i = 0; i < chunks; i++) {
            b.put("tiny".getBytes()).putInt(0);
        }
        b.put("data".getBytes()).putInt(2 * samples);
        for (int i = 0; i < samples; i++) {
            b.putShort((short) (i % 80 == 0 ? 10_000 : 0));
        }
        return b.array();
    }

    @Test
    void aFewChunksBeforeTheSamplesAreReadAndMillionsAreRefusedAtOnce() throws Exception {
        Path ok = Files.write(dir.resolve("ok.wav"), wavWithTinyChunks(20));
        try (PcmSource in = TrackDecoder.open(ok)) {
            float[] block = new float[8_000];
            int total = 0;
            int n;
            while ((n = in.read(block, 8_000)) > 0) {
                total += n;
            }
            assertEquals(8_000, total);
            assertEquals(10_000 / 32768f, block[0], 1e-6);
        }
        assertEquals("the WAV file has over 1000 chunks before its samples; the file is damaged",
                refusal("tiny.wav", wavWithTinyChunks(2_000_000)));
    }

    /** An AIFF whose COMM chunk holds {@code rate} as the 80-bit float's sign-and-exponent and mantissa. */
    private static byte[] aiff(short exponent, long mantissa) {
        ByteBuffer b = ByteBuffer.allocate(12 + 8 + 18 + 16 + 100).order(ByteOrder.BIG_ENDIAN);
        b.put("FORM".getBytes()).putInt(b.capacity() - 8).put("AIFF".getBytes());
        b.put("COMM".getBytes()).putInt(18).putShort((short) 1).putInt(50).putShort((short) 16).putShort(exponent)
                .putLong(mantissa);
        b.put("SSND".getBytes()).putInt(8 + 100).putInt(0).putInt(0);
        return b.array();
    }

    @Test
    void anAiffRateIsSaidAsTheHeaderStatesIt() throws Exception {
        assertEquals(44_100, RiffAiff.extended((short) 0x400e, 0xac44000000000000L), 0);
        assertEquals("the AIFF header claims a sample rate of 1.19e+4932 Hz (8000-192000 are plausible); the file is"
                + " damaged or not audio", refusal("huge.aiff", aiff((short) 0x7ffe, 0xffffffffffffffffL)));
        assertEquals("the AIFF header claims an infinite sample rate (8000-192000 are plausible); the file is damaged"
                + " or not audio", refusal("inf.aiff", aiff((short) 0x7fff, 0x8000000000000000L)));
        assertEquals("the AIFF header claims a sample rate that is not a number (8000-192000 are plausible); the file"
                + " is damaged or not audio", refusal("nan.aiff", aiff((short) 0x7fff, 0xc000000000000000L)));
        assertEquals("the AIFF header claims a sample rate of 9.22e+18 Hz (8000-192000 are plausible); the file is"
                + " damaged or not audio", refusal("big.aiff", aiff((short) (16383 + 63), 0x8000000000000000L)));
    }

    /** A second of tone, as Mp3Sink encodes it. */
    private byte[] mp3Frames() throws IOException {
        Path mp3 = dir.resolve("tone.mp3");
        RenderFormat mono = new RenderFormat(44_100, 1);
        float[] tone = new float[44_100];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / 44_100));
        }
        try (Mp3Sink sink = new Mp3Sink(mp3, mono)) {
            sink.write(tone, tone.length);
            sink.finish();
        }
        return Files.readAllBytes(mp3);
    }

    /**
     * The decoder starts after the tag: handed the whole file, JLayer read a 250 MB tag into memory (852 MB for the
     * process). The tag here is a hole in a sparse file, so the test writes almost nothing.
     */
    @Test
    void aQuarterGigabyteId3TagIsSkippedNotRead() throws Exception {
        long tag = (1L << 28) - 1; // the largest size four synch-safe bytes hold
        byte[] frames = mp3Frames();
        Path f = dir.resolve("tagged.mp3");
        try (RandomAccessFile out = new RandomAccessFile(f.toFile(), "rw")) {
            out.write(new byte[] {'I', 'D', '3', 3, 0, 0, 0x7f, 0x7f, 0x7f, 0x7f});
            out.seek(10 + tag);
            out.write(frames);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        long frameCount = 0;
        try (PcmSource in = TrackDecoder.open(f)) {
            assertEquals(44_100, in.sampleRate());
            float[] block = new float[2 * 4096];
            int n;
            while ((n = in.read(block, 4096)) > 0) {
                frameCount += n;
            }
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals(1.0, frameCount / 44_100.0, 0.1, "about a second of audio");
        assertTrue(allocated < 32L << 20, "allocated " + (allocated >> 20) + " MB to decode one second");
    }

    /** Frame headers that promise audio, then noise: whatever the decoder throws, the runner reads plain words. */
    @Test
    void decoderFailuresAreWordedWithoutTheDecodersInternals() throws Exception {
        ByteArrayOutputStream noise = new ByteArrayOutputStream();
        java.util.Random random = new java.util.Random(7);
        for (int frame = 0; frame < 200; frame++) {
            byte[] f = new byte[417];
            random.nextBytes(f);
            f[0] = (byte) 0xff;
            f[1] = (byte) 0xfb;
            f[2] = (byte) 0x90;
            f[3] = (byte) 0x44;
            noise.write(f);
        }
        Path f = Files.write(dir.resolve("noise.mp3"), noise.toByteArray());
        Exception failed = assertThrows(Exception.class, () -> {
            try (PcmSource in = TrackDecoder.open(f)) {
                float[] block = new float[2 * 4096];
                while (in.read(block, 4096) > 0) {
                    // to the end, or to the decoder's failure
                }
            }
        });
        String words = failed instanceof Refusal r ? r.getMessage() : TrackDecoder.failedWhileReading(failed).getMessage();
        assertEquals("the audio data cannot be decoded; the file is damaged", words.replace("MP3", "audio"));
        assertEquals("the MP3 data cannot be decoded; the file is damaged",
                TrackDecoder.damaged(Container.MP3, new NullPointerException(
                        "Cannot invoke \"Header.frequency()\" because \"this.m_header\" is null")).getMessage());
        assertEquals("cannot read (an I/O error)", Refusal.cannotRead(new IOException()).getMessage());
    }
}
