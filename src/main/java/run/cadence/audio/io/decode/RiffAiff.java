package run.cadence.audio.io.decode;

import java.nio.ByteBuffer;

/** The format chunks of WAV ("fmt ") and AIFF ("COMM"), walked only within the bytes read. */
final class RiffAiff {
    static final int PCM = 1;
    static final int FLOAT = 3;
    private static final int EXTENSIBLE = 0xfffe;

    private RiffAiff() {}

    /**
     * The sample format of a "fmt " chunk whose body starts at {@code body}: WAVE_FORMAT_EXTENSIBLE keeps the real
     * one in the first two bytes of its subformat GUID, 24 bytes into the body (PCM 1, IEEE float 3).
     */
    static int formatTag(ByteBuffer b, int body, long size) {
        int tag = b.getShort(body) & 0xffff;
        return tag == EXTENSIBLE && size >= 26 && b.limit() >= body + 26 ? b.getShort(body + 24) & 0xffff : tag;
    }

    static Header wav(ByteBuffer b) throws Refusal {
        int at = findChunk(b, 12, "fmt ");
        if (at < 0 || b.limit() < at + 8 + 16) {
            throw new Refusal("the WAV file has no format chunk near its start; the file is damaged");
        }
        int tag = formatTag(b, at + 8, b.getInt(at + 4) & 0xffffffffL);
        long channels = b.getShort(at + 10) & 0xffff;
        long rate = b.getInt(at + 12) & 0xffffffffL;
        int bits = b.getShort(at + 22) & 0xffff;
        Header h = Header.checked(Container.WAV, rate, channels);
        if (tag != PCM && tag != FLOAT) {
            throw new Refusal("compressed WAV (format " + tag + ") is not supported; save it as PCM WAV");
        }
        if (tag == FLOAT && bits != 32) {
            throw new Refusal(bits + "-bit float WAV is not supported; save it as 32-bit float or 16/24-bit PCM WAV");
        }
        if (bits != 8 && bits != 16 && bits != 24 && bits != 32) {
            throw new Refusal("the WAV header claims " + bits + " bits a sample (8, 16, 24 or 32 are read)");
        }
        return h;
    }

    static Header aiff(ByteBuffer b) throws Refusal {
        int at = findChunk(b, 12, "COMM");
        if (at < 0 || b.limit() < at + 8 + 18) {
            throw new Refusal("the AIFF file has no COMM chunk near its start; the file is damaged");
        }
        long channels = b.getShort(at + 8) & 0xffff;
        int bits = b.getShort(at + 14);
        short exponent = b.getShort(at + 16);
        long mantissa = b.getLong(at + 18);
        if ((exponent & 0x7fff) != 0x7fff && (exponent & 0x7fff) - 16383 > 1023) {
            // Finite, but past what a double holds: said as a power of ten.
            double log10 = Math.log10((mantissa >>> 11) / 0x1p52) + ((exponent & 0x7fff) - 16383) * Math.log10(2);
            long power = (long) Math.floor(log10);
            throw Header.implausibleRate(Container.AIFF, String.format(java.util.Locale.ROOT,
                    "a sample rate of %s%.2fe+%d Hz", exponent < 0 ? "-" : "", Math.pow(10, log10 - power), power));
        }
        Header h = Header.checked(Container.AIFF, extended(exponent, mantissa), channels);
        if (bits != 8 && bits != 16 && bits != 24 && bits != 32) {
            throw new Refusal("the AIFF header claims " + bits + " bits a sample (8, 16, 24 or 32 are read)");
        }
        return h;
    }

    /**
     * An 80-bit extended float (the AIFF rate): sign, 15-bit exponent, 64-bit mantissa with an explicit integer bit.
     * Read whole, so a damaged rate is reported as what it claims (huge, infinite, not a number), not as 0.
     */
    static double extended(short signAndExponent, long mantissa) {
        int exponent = signAndExponent & 0x7fff;
        double value;
        if (exponent == 0x7fff) {
            value = (mantissa << 1) == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            value = Math.scalb((double) (mantissa >>> 11), exponent - 16383 - 52);
        }
        return signAndExponent < 0 ? -value : value;
    }

    /** The offset of a chunk's id, or -1; chunk sizes are trusted only to step within the buffer. */
    private static int findChunk(ByteBuffer b, int from, String id) {
        long at = from;
        while (at + 8 <= b.limit()) {
            if (HeaderCheck.ascii(b.array(), (int) at, id)) {
                return (int) at;
            }
            long size = b.getInt((int) at + 4) & 0xffffffffL;
            at += 8 + size + (size & 1);
        }
        return -1;
    }
}
