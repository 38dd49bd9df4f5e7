package run.cadence.audio.io.decode;

import java.io.IOException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import run.cadence.audio.PcmSource;

/** PCM bytes of any common layout (8-32 bit integer, 32-bit float, either byte order) to float samples. */
final class DecodedTrack implements PcmSource {
    private final AudioInputStream in;
    private final int sampleRate;
    private final int channels;
    private final int bytesPerSample;
    private final boolean bigEndian;
    private final boolean floating;
    private final boolean unsigned;
    private byte[] bytes = new byte[0];
    private int carried;

    DecodedTrack(AudioInputStream in, int sampleRate, int channels) {
        AudioFormat f = in.getFormat();
        this.in = in;
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.bytesPerSample = Math.max(1, (f.getSampleSizeInBits() + 7) / 8);
        this.bigEndian = f.isBigEndian();
        this.floating = f.getEncoding() == AudioFormat.Encoding.PCM_FLOAT;
        this.unsigned = f.getEncoding() == AudioFormat.Encoding.PCM_UNSIGNED;
        if (!floating && !unsigned && f.getEncoding() != AudioFormat.Encoding.PCM_SIGNED) {
            throw new IllegalArgumentException(f.getEncoding() + " audio");
        }
        if (bytesPerSample > 4 || (floating && bytesPerSample != 4)) {
            throw new IllegalArgumentException(f.getSampleSizeInBits() + "-bit samples");
        }
    }

    @Override
    public int sampleRate() {
        return sampleRate;
    }

    @Override
    public int channels() {
        return channels;
    }

    @Override
    public int read(float[] out, int maxFrames) throws IOException {
        int frameBytes = bytesPerSample * channels;
        int want = maxFrames * frameBytes;
        if (bytes.length < want) {
            byte[] grown = new byte[want];
            System.arraycopy(bytes, 0, grown, 0, carried);
            bytes = grown;
        }
        int have = carried;
        while (have < frameBytes) {
            int n;
            try {
                n = in.read(bytes, have, want - have);
            } catch (RuntimeException e) {
                // A third-party decoder fails on damaged data with whatever it throws (an index out of bounds, a
                // null field): said as a read failure, which every caller words for the runner.
                throw new IOException("the decoder failed on the data", e);
            }
            if (n < 0) {
                return 0;
            }
            have += n;
        }
        int frames = have / frameBytes;
        int samples = frames * channels;
        for (int i = 0; i < samples; i++) {
            out[i] = sample(i * bytesPerSample);
        }
        carried = have - frames * frameBytes;
        System.arraycopy(bytes, frames * frameBytes, bytes, 0, carried);
        return frames;
    }

    private float sample(int at) {
        int v = 0;
        for (int i = 0; i < bytesPerSample; i++) {
            int b = bytes[at + (bigEndian ? i : bytesPerSample - 1 - i)] & 0xff;
            v = (v << 8) | b;
        }
        if (floating) {
            return Float.intBitsToFloat(v);
        }
        int shift = 32 - 8 * bytesPerSample;
        if (unsigned) {
            v ^= 1 << (8 * bytesPerSample - 1);
        }
        return (v << shift) / 2147483648f;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
