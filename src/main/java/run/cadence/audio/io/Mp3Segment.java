package run.cadence.audio.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One stretch of a session encoded by its own LAME encoder, so that stretches can be encoded on several cores at
 * once and their MP3 frames joined end to end.
 *
 * <p>Why the joins are seamless: without the bit reservoir every frame holds all of its own data, so frames of
 * different encoders can follow each other; every encoder delays its input by the same fixed amount, so frame j of
 * an encoder whose input starts at sample a (a multiple of 1152) is frame a / 1152 + j of the whole; and a stretch
 * is fed {@link #PRIMING_FRAMES} frames of the audio before it, whose frames are dropped, so that its encoder's
 * overlap and psychoacoustic history are those of one encoder running through, and {@link #TAIL_FRAMES} after it,
 * so that its last frame is complete without a flush.
 */
final class Mp3Segment {
    /** MPEG-1 Layer III: samples per frame. */
    static final int FRAME_SAMPLES = 1152;
    static final int PRIMING_FRAMES = 8;
    static final int TAIL_FRAMES = 4;
    private static final int[] MPEG1_KBPS = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0};
    private static final int[] MPEG1_RATES = {44_100, 48_000, 32_000, 0};

    private static final AtomicInteger THREADS = new AtomicInteger();

    private Mp3Segment() {}

    /** A pool of {@code threads} encoder threads; daemons, so an abandoned render never keeps the program alive. */
    static ExecutorService encoders(int threads) {
        return Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "mp3-encoder-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Whether MPEG-1 holds this rate as it is; other rates are resampled by LAME and encoded in one piece. */
    static boolean splittable(int sampleRate) {
        return sampleRate == 44_100 || sampleRate == 48_000 || sampleRate == 32_000;
    }

    /**
     * Encodes {@code samples} samples of {@code left} (and {@code right}, the same array for mono) and returns the
     * MP3 frames from frame {@code skip} on: {@code keep} of them, or all of them to the end, flushed, when
     * {@code keep} is negative (the last stretch).
     */
    static byte[] encode(int sampleRate, int channels, int[] left, int[] right, int samples, int skip, int keep)
            throws IOException {
        ByteArrayOutputStream mp3 = new ByteArrayOutputStream(samples / 8 + 8192);
        try (Mp3Encoder encoder = new Mp3Encoder(sampleRate, channels)) {
            encoder.encode(left, right, samples, mp3);
            if (keep >= 0 && frameCount(mp3.toByteArray()) >= skip + keep) {
                return frames(mp3.toByteArray(), skip, keep);
            }
            // The last stretch, or (never seen) an encoder holding back more than the tail: flush it.
            encoder.flush(mp3);
            return frames(mp3.toByteArray(), skip, keep);
        }
    }

    /** The length of the MPEG-1 Layer III frame whose header starts at {@code at}. */
    static int frameLength(byte[] mp3, int at) throws IOException {
        if (at + 4 > mp3.length || (mp3[at] & 0xff) != 0xff || (mp3[at + 1] & 0xfe) != 0xfa) {
            throw new IOException("the MP3 encoder wrote no MPEG-1 Layer III frame at byte " + at);
        }
        int kbps = MPEG1_KBPS[(mp3[at + 2] >> 4) & 0x0f];
        int rate = MPEG1_RATES[(mp3[at + 2] >> 2) & 0x03];
        if (kbps == 0 || rate == 0) {
            throw new IOException("the MP3 encoder wrote a frame header it should not (byte " + at + ")");
        }
        return 144_000 * kbps / rate + ((mp3[at + 2] >> 1) & 1);
    }

    static int frameCount(byte[] mp3) throws IOException {
        int count = 0;
        for (int at = 0; at < mp3.length; at += frameLength(mp3, at)) {
            count++;
        }
        return count;
    }

    /** Frames {@code skip} to {@code skip + keep} (to the end if {@code keep} is negative). */
    static byte[] frames(byte[] mp3, int skip, int keep) throws IOException {
        int start = 0;
        for (int i = 0; i < skip && start < mp3.length; i++) {
            start += frameLength(mp3, start);
        }
        int end = start;
        for (int i = 0; (keep < 0 || i < keep) && end < mp3.length; i++) {
            end += frameLength(mp3, end);
        }
        byte[] part = new byte[end - start];
        System.arraycopy(mp3, start, part, 0, part.length);
        return part;
    }
}
