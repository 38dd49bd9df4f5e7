package run.cadence.audio.io.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** WAV headers with whatever fields a test needs, true or not, followed by a little silence. */
public final class WavHeaders {
    private WavHeaders() {}

    public static byte[] pcm(int channels, int rate, int bits) {
        ByteBuffer b = ByteBuffer.allocate(44 + 400).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 400).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels).putInt(rate)
                .putInt(rate * channels * bits / 8).putShort((short) (channels * bits / 8)).putShort((short) bits);
        b.put("data".getBytes()).putInt(400);
        return b.array();
    }

    /**
     * A whole float WAV of {@code interleaved} samples: format 3 (a fact chunk before the data, as many tools write
     * it) or WAVE_FORMAT_EXTENSIBLE with the IEEE-float subformat; {@code bits} 32 or 64.
     */
    public static byte[] floating(float[] interleaved, int channels, int rate, int bits, boolean extensible) {
        int bytes = bits / 8;
        int data = interleaved.length * bytes;
        int fmt = extensible ? 40 : 16;
        ByteBuffer b = ByteBuffer.allocate(12 + 8 + fmt + 12 + 8 + data).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(b.capacity() - 8).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(fmt).putShort((short) (extensible ? 0xfffe : 3)).putShort((short) channels)
                .putInt(rate).putInt(rate * channels * bytes).putShort((short) (channels * bytes))
                .putShort((short) bits);
        if (extensible) {
            // cbSize, valid bits, channel mask, then the subformat GUID 00000003-0000-0010-8000-00aa00389b71.
            b.putShort((short) 22).putShort((short) bits).putInt(channels == 1 ? 4 : 3);
            b.putInt(3).putShort((short) 0).putShort((short) 0x10)
                    .put(new byte[] {(byte) 0x80, 0, 0, (byte) 0xaa, 0, 0x38, (byte) 0x9b, 0x71});
        }
        b.put("fact".getBytes()).putInt(4).putInt(interleaved.length / channels);
        b.put("data".getBytes()).putInt(data);
        for (float v : interleaved) {
            if (bits == 64) {
                b.putDouble(v);
            } else {
                b.putFloat(v);
            }
        }
        return b.array();
    }
}
