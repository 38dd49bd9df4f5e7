package run.cadence.audio.io;

import de.sciss.jump3r.mp3.Lame;
import de.sciss.jump3r.mp3.LameGlobalFlags;
import de.sciss.jump3r.mp3.MPEGMode;
import de.sciss.jump3r.mp3.VbrMode;
import java.io.IOException;
import java.io.OutputStream;

/**
 * One jump3r (LAME) encoder: constant bit rate, no bit reservoir (so that frames of different encoders can follow
 * each other, see {@link Mp3Segment}), no tags. Its buffers are made once; jump3r's core still makes short-lived
 * scratch arrays per frame, which is why MP3 is an export format and never a live output.
 */
final class Mp3Encoder implements AutoCloseable {
    /** Per channel: 96 kbit/s keeps speech and clicks clean; 45 minutes of mono is about 31 MB. */
    static final int KBPS_PER_CHANNEL = 96;
    /** Frames handed to LAME per call: four MPEG-1 granule pairs. */
    private static final int CALL_FRAMES = 4 * 1152;

    private final Lame lame = new Jump3rModules().lame;
    private final LameGlobalFlags flags;
    private final int[] left = new int[CALL_FRAMES];
    private final int[] right = new int[CALL_FRAMES];
    /** LAME's documented worst case for a call: 1.25 x samples + 7200 bytes. */
    private final byte[] encoded = new byte[CALL_FRAMES * 5 / 4 + 7200];

    Mp3Encoder(int sampleRate, int channels) throws IOException {
        flags = lame.lame_init();
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
            lame.lame_close(flags);
            throw new IOException("the MP3 encoder refused " + sampleRate + " Hz, " + channels + " channels (LAME"
                    + " status " + status + ")");
        }
    }

    /** Encodes {@code samples} samples of {@code l} and {@code r} (one array twice for mono) into {@code out}. */
    void encode(int[] l, int[] r, int samples, OutputStream out) throws IOException {
        for (int done = 0; done < samples; done += CALL_FRAMES) {
            int n = Math.min(CALL_FRAMES, samples - done);
            System.arraycopy(l, done, left, 0, n);
            System.arraycopy(r, done, right, 0, n);
            out.write(encoded, 0, check(lame.lame_encode_buffer_int(flags, left, right, n, encoded, 0, encoded.length)));
        }
    }

    /** Encodes what LAME still holds, padding the last frame. */
    void flush(OutputStream out) throws IOException {
        out.write(encoded, 0, check(lame.lame_encode_flush(flags, encoded, 0, encoded.length)));
    }

    private static int check(int status) throws IOException {
        if (status < 0) {
            throw new IOException("the MP3 encoder failed (LAME status " + status + ")");
        }
        return status;
    }

    @Override
    public void close() {
        lame.lame_close(flags);
    }
}
