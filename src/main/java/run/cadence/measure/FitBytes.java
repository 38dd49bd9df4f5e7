package run.cadence.measure;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a FIT stream, buffered, with the FIT CRC-16 of everything read so far and the position in the file.
 * Reading past the end is {@link FitStream.Problem#TRUNCATED}.
 */
final class FitBytes {
    private static final int[] TABLE = {0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400};
    private final InputStream stream;
    private final byte[] buffer = new byte[1 << 16];
    private int at;
    private int filled;
    long position;
    int crc;

    FitBytes(InputStream stream) {
        this.stream = stream;
    }

    boolean hasMore() throws IOException {
        return fill();
    }

    private boolean fill() throws IOException {
        if (at < filled) {
            return true;
        }
        int n = stream.read(buffer);
        while (n == 0) {
            n = stream.read(buffer);
        }
        if (n < 0) {
            return false;
        }
        at = 0;
        filled = n;
        return true;
    }

    int u8() throws IOException {
        if (!fill()) {
            throw new FitStream.FitFormatException(FitStream.Problem.TRUNCATED, position, "the file ends in the middle of a message");
        }
        int b = buffer[at++] & 0xFF;
        position++;
        int tmp = TABLE[crc & 0xF];
        crc = ((crc >> 4) & 0x0FFF) ^ tmp ^ TABLE[b & 0xF];
        tmp = TABLE[crc & 0xF];
        crc = ((crc >> 4) & 0x0FFF) ^ tmp ^ TABLE[(b >> 4) & 0xF];
        return b;
    }

    int byteOrEof(FitStream.Problem problem, String what) throws IOException {
        if (!fill()) {
            throw new FitStream.FitFormatException(problem, position, what);
        }
        return u8();
    }

    long le(int size) throws IOException {
        long v = 0;
        for (int i = 0; i < size; i++) {
            v |= (long) u8() << (8 * i);
        }
        return v;
    }

    long be(int size) throws IOException {
        long v = 0;
        for (int i = 0; i < size; i++) {
            v = (v << 8) | u8();
        }
        return v;
    }

    void skip(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            u8();
        }
    }
}
