package run.cadence.audio.io;

import de.sciss.jump3r.mp3.Lame;
import de.sciss.jump3r.mp3.LameGlobalFlags;
import de.sciss.jump3r.mp3.MPEGMode;
import de.sciss.jump3r.mp3.VbrMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

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
    /** Per channel: 96 kbit/s keeps speech and clicks clean; 45 minutes of mono is about 31 MB. */
    static final int KBPS_PER_CHANNEL = 96;
    /** Frames handed to LAME per call: four MPEG-1 granule pairs. */
    private static final int CALL_FRAMES = 4 * FRAME_SAMPLES;
    private static final int[] MPEG1_KBPS = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0};
    private static final int[] MPEG1_RATES = {44_100, 48_000, 32_000, 0};

    private Mp3Segment() {}

    /** Whether MPEG-1 holds this rate as it is; other rates are resampled by LAME and encoded in one piece. */
    static boolean splittable(int sampleRate) {
        return sampleRate == 44_100 || sampleRate == 48_000 || sampleRate == 32_000;
    }

    /** A LAME encoder for the sink's format: constant bit rate, no reservoir, no tags. */
    static LameGlobalFlags encoder(Lame lame, int sampleRate, int channels) throws IOException {
        LameGlobalFlags flags = lame.lame_init();
        flags.num_channels = channels;
        flags.in_samplerate = sampleRate;
        flags.mode = channels == 1 ? MPEGMode.MONO : MPEGMode.JOINT_STEREO;
        flags.VBR = VbrMode.vbr_off;
        flags.brate = KBPS_PER_CHANNEL * channels;
        flags.quality = 5;
        flags.disable_reservoir = true;
        // The Xing/Info frame would need a seek back to the start when finished; CBR players don't need it.
        flags.bWriteVbrTag = false;
        flags.write_id3tag_automatic = false;
        int status = lame.lame_init_params(flags);
        if (status < 0) {
            throw new IOException("the MP3 encoder refused " + sampleRate + " Hz, " + channels + " channels (LAME"
                    + " status " + status + ")");
        }
        return flags;
    }

    /**
     * Encodes {@code samples} samples of {@code left} (and {@code right}, the same array for mono) and returns the
     * MP3 frames from frame {@code skip} on: {@code keep} of them, or all of them to the end, flushed, when
     * {@code keep} is negative (the last stretch).
     */
    static byte[] encode(int sampleRate, int channels, int[] left, int[] right, int samples, int skip, int keep)
            throws IOException {
        Lame lame = new Jump3rModules().lame;
        LameGlobalFlags flags = encoder(lame, sampleRate, channels);
        ByteArrayOutputStream mp3 = new ByteArrayOutputStream(samples / 8 + 8192);
        byte[] out = new byte[CALL_FRAMES * 5 / 4 + 7200];
        int[] l = new int[CALL_FRAMES];
        int[] r = new int[CALL_FRAMES];
        try {
            for (int done = 0; done < samples; done += CALL_FRAMES) {
                int n = Math.min(CALL_FRAMES, samples - done);
                System.arraycopy(left, done, l, 0, n);
                System.arraycopy(right, done, r, 0, n);
                mp3.write(out, 0, check(lame.lame_encode_buffer_int(flags, l, r, n, out, 0, out.length)));
            }
            byte[] encoded = mp3.toByteArray();
            if (keep >= 0 && frameCount(encoded) >= skip + keep) {
                return frames(encoded, skip, keep);
            }
            // The last stretch, or (never seen) an encoder holding back more than the tail: flush it.
            mp3.write(out, 0, check(lame.lame_encode_flush(flags, out, 0, out.length)));
            return frames(mp3.toByteArray(), skip, keep);
        } finally {
            lame.lame_close(flags);
        }
    }

    private static int check(int status) throws IOException {
        if (status < 0) {
            throw new IOException("the MP3 encoder failed (LAME status " + status + ")");
        }
        return status;
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
