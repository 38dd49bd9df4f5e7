package run.cadence.audio.io;

/** Float samples to 16-bit signed little-endian PCM, clamped to [-1, 1]. Allocation-free. */
final class Pcm16 {
    private Pcm16() {}

    /** Encodes {@code count} samples into a little-endian buffer from position 0 and flips it for writing. */
    static void encode(float[] samples, int count, java.nio.ByteBuffer out) {
        out.clear();
        for (int i = 0; i < count; i++) {
            out.putShort(2 * i, toShort(samples[i]));
        }
        out.limit(2 * count);
    }

    static short toShort(float s) {
        return (short) (s >= 1f ? 32767 : s <= -1f ? -32767 : Math.round(s * 32767f));
    }

    /** Encodes {@code count} samples into {@code bytes} and returns the number of bytes written. */
    static int encode(float[] samples, int count, byte[] bytes) {
        int b = 0;
        for (int i = 0; i < count; i++) {
            short v = toShort(samples[i]);
            bytes[b++] = (byte) v;
            bytes[b++] = (byte) (v >> 8);
        }
        return b;
    }
}
