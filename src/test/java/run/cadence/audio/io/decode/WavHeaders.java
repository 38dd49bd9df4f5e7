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
}
