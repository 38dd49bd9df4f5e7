package run.cadence.measure;

import java.io.ByteArrayOutputStream;

/**
 * FIT bytes written by hand, for the corners of the protocol the SDK's encoder never writes: compressed timestamp
 * headers, big-endian definitions, developer fields, chained files. Tests decode them with both the Garmin SDK (the
 * oracle) and {@link FitStream}.
 */
final class RawFit {
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private final int[][][] fields = new int[16][][];
    private final boolean[] bigEndian = new boolean[16];
    private final int[] developerBytes = new int[16];

    /**
     * @param fieldDefs {number, size, base type} per field
     * @param developerSizes the size of each developer field (data index 0, field numbers 0, 1, ...)
     */
    RawFit define(int local, int global, boolean big, int[][] fieldDefs, int... developerSizes) {
        data.write(0x40 | (developerSizes.length > 0 ? 0x20 : 0) | local);
        data.write(0);
        data.write(big ? 1 : 0);
        write(global, 2, big);
        data.write(fieldDefs.length);
        for (int[] f : fieldDefs) {
            data.write(f[0]);
            data.write(f[1]);
            data.write(f[2]);
        }
        int dev = 0;
        if (developerSizes.length > 0) {
            data.write(developerSizes.length);
            for (int i = 0; i < developerSizes.length; i++) {
                data.write(i);
                data.write(developerSizes[i]);
                data.write(0);
                dev += developerSizes[i];
            }
        }
        fields[local] = fieldDefs;
        bigEndian[local] = big;
        developerBytes[local] = dev;
        return this;
    }

    /** A data message with a normal header; one value per defined field, developer bytes filled with 0x2A. */
    RawFit data(int local, long... values) {
        data.write(local);
        return values(local, values);
    }

    /**
     * A data message whose fields may be arrays: {@code elements[i]} are field i's values, each written in the
     * field's size divided by their number (a size that is no multiple leaves the last bytes 0).
     */
    RawFit arrays(int local, long[]... elements) {
        data.write(local);
        int[][] defs = fields[local];
        for (int i = 0; i < defs.length; i++) {
            int size = defs[i][1];
            int each = elements[i].length == 0 ? 0 : size / elements[i].length;
            for (long v : elements[i]) {
                write(v, each, bigEndian[local]);
            }
            for (int pad = each * elements[i].length; pad < size; pad++) {
                data.write(0);
            }
        }
        for (int i = 0; i < developerBytes[local]; i++) {
            data.write(0x2A);
        }
        return this;
    }

    /** A bare normal header byte for a data message of this local type, whatever is defined. */
    RawFit header(int local) {
        data.write(local);
        return this;
    }

    /** A data message with a compressed timestamp header (local types 0-3): the low 5 bits of its time. */
    RawFit compressed(int local, int timeOffset, long... values) {
        data.write(0x80 | (local << 5) | (timeOffset & 0x1F));
        return values(local, values);
    }

    private RawFit values(int local, long[] values) {
        int[][] defs = fields[local];
        for (int i = 0; i < defs.length; i++) {
            write(values[i], defs[i][1], bigEndian[local]);
        }
        for (int i = 0; i < developerBytes[local]; i++) {
            data.write(0x2A);
        }
        return this;
    }

    private void write(long value, int size, boolean big) {
        for (int i = 0; i < size; i++) {
            int shift = big ? 8 * (size - 1 - i) : 8 * i;
            data.write((int) (value >>> shift) & 0xFF);
        }
    }

    /** The whole file: a 14-byte header with its CRC, the messages, the file CRC. */
    byte[] bytes() {
        return bytesClaiming(data.size());
    }

    /**
     * A file whose header gives {@code dataSize} bytes of messages, cut to the length that header promises: with less
     * than the messages take, the last message runs past the end of the data (python-fitparse's nick.fit).
     */
    byte[] bytesClaiming(int dataSize) {
        byte[] body = java.util.Arrays.copyOf(data.toByteArray(), dataSize);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] header = {14, 0x20, (byte) 0x84, 0x52, 0, 0, 0, 0, '.', 'F', 'I', 'T'};
        for (int i = 0; i < 4; i++) {
            header[4 + i] = (byte) (dataSize >>> (8 * i));
        }
        out.writeBytes(header);
        int headerCrc = crc(0, header);
        out.write(headerCrc & 0xFF);
        out.write(headerCrc >>> 8);
        out.writeBytes(body);
        int fileCrc = crc(0, out.toByteArray());
        out.write(fileCrc & 0xFF);
        out.write(fileCrc >>> 8);
        return out.toByteArray();
    }

    /** FIT's CRC-16, as the protocol document gives it. */
    static int crc(int crc, byte[] bytes) {
        int[] table = {0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800,
            0xB401, 0x5000, 0x9C01, 0x8801, 0x4400};
        for (byte b : bytes) {
            int tmp = table[crc & 0xF];
            crc = ((crc >> 4) & 0x0FFF) ^ tmp ^ table[b & 0xF];
            tmp = table[crc & 0xF];
            crc = ((crc >> 4) & 0x0FFF) ^ tmp ^ table[(b >> 4) & 0xF];
        }
        return crc;
    }
}
