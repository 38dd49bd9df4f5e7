package run.cadence.measure;

import java.io.IOException;
import java.io.InputStream;

/**
 * A streaming decoder of the FIT protocol: header, definition and data messages, compressed timestamps,
 * developer fields, big- and little-endian definitions, chained files, and the header and file CRCs.
 *
 * <p>Why not the Garmin SDK's {@code Decode}: it builds a {@code Mesg} with {@code Field} objects and boxed values
 * for every message, and checks the CRC in a second pass. A 3 MB triathlon then peaks at 325 MB of resident memory
 * in a bare JVM (178 MB with the serial collector), over the 150 MB allowed for a whole {@code measure file} command.
 * This decoder reads each message's fields into one reused array of longs, allocates nothing per message, and reads
 * the file once. Only numeric fields of up to 8 bytes are kept; strings and arrays are skipped.
 */
final class FitStream {
    /** What {@link Fields#get} returns for a field the message lacks or marks invalid. */
    static final long ABSENT = Long.MIN_VALUE;
    static final int TIMESTAMP_FIELD = 253;

    /** Receives every data message; the fields are valid only during the call. */
    interface Listener {
        void message(int globalNumber, Fields fields);
    }

    /** The decoded fields of the current data message. */
    static final class Fields {
        private final long[] values = new long[256];
        private final int[] stamp = new int[256];
        private int generation;
        private long messageIndex;
        private long byteOffset;

        /** The field's raw value (unscaled, unsigned), or {@link #ABSENT}. */
        long get(int fieldNumber) {
            return stamp[fieldNumber] == generation ? values[fieldNumber] : ABSENT;
        }

        /** How many data messages came before this one, from 0. */
        long messageIndex() {
            return messageIndex;
        }

        /** Where the message starts in the file. */
        long byteOffset() {
            return byteOffset;
        }

        private void next(long index, long offset) {
            generation++;
            messageIndex = index;
            byteOffset = offset;
        }

        private void put(int fieldNumber, long value) {
            values[fieldNumber] = value;
            stamp[fieldNumber] = generation;
        }
    }

    /** Why a FIT file could not be read; {@code byteOffset} is -1 when the problem is not at one place. */
    static final class FitFormatException extends IOException {
        final Problem problem;
        final long byteOffset;

        FitFormatException(Problem problem, long byteOffset, String detail) {
            super(detail);
            this.problem = problem;
            this.byteOffset = byteOffset;
        }
    }

    enum Problem { NOT_FIT, TRUNCATED, BAD_CHECKSUM, CORRUPT }

    /** One local message type's layout, as its definition message gave it. */
    private static final class Definition {
        int global;
        boolean bigEndian;
        int[] number = new int[0];
        int[] size = new int[0];
        int[] baseType = new int[0];
        int developerBytes;
    }

    private final FitBytes in;
    private final Fields fields = new Fields();
    private final Definition[] local = new Definition[16];
    private long lastTimestamp = -1;
    private long messages;

    private FitStream(InputStream stream) {
        this.in = new FitBytes(stream);
    }

    /**
     * Decodes every FIT file in the stream (files may be chained one after another) and hands each data message to
     * the listener, in file order.
     *
     * @throws FitFormatException when the stream is not FIT, ends early, or fails a checksum
     * @throws IOException when the stream cannot be read
     */
    static void read(InputStream stream, Listener listener) throws IOException {
        FitStream s = new FitStream(stream);
        s.file(listener);
        // Files may be chained (an activity and its settings). After a complete file, bytes that do not start
        // another FIT header are padding some devices leave, and a chained file cut off before any of its messages
        // (python-fitparse's activity-settings-nodata.fit) takes nothing from the complete one before it.
        while (s.in.hasMore()) {
            long before = s.messages;
            try {
                s.file(listener);
            } catch (FitFormatException e) {
                boolean nothingLost = e.problem == Problem.NOT_FIT
                        || e.problem == Problem.TRUNCATED && s.messages == before;
                if (!nothingLost) {
                    throw e;
                }
                return;
            }
        }
    }

    private void file(Listener listener) throws IOException {
        long fileStart = in.position;
        in.crc = 0;
        int headerSize = in.byteOrEof(Problem.NOT_FIT, "no FIT header");
        if (headerSize < 12) {
            throw new FitFormatException(Problem.NOT_FIT, fileStart, "no FIT header");
        }
        in.u8(); // protocol version
        in.le(2); // profile version
        long dataSize = in.le(4);
        if (in.u8() != '.' || in.u8() != 'F' || in.u8() != 'I' || in.u8() != 'T') {
            throw new FitFormatException(Problem.NOT_FIT, fileStart, "no FIT header");
        }
        if (headerSize >= 14) {
            int expected = in.crc;
            int stored = (int) in.le(2);
            if (stored != 0 && stored != expected) {
                throw new FitFormatException(Problem.BAD_CHECKSUM, fileStart, "the header's checksum does not match");
            }
            in.skip(headerSize - 14);
        } else {
            in.skip(headerSize - 12);
        }
        long end = in.position + dataSize;
        java.util.Arrays.fill(local, null);
        try {
            while (in.position < end) {
                record(listener, end);
            }
        } catch (FitFormatException e) {
            if (e.problem != Problem.TRUNCATED) {
                throw e;
            }
            throw new FitFormatException(Problem.TRUNCATED, e.byteOffset, "it ends at byte " + e.byteOffset
                    + " of the " + (end + 2) + " its header promises");
        }
        if (in.position != end) {
            throw new FitFormatException(Problem.CORRUPT, in.position, "a message runs past the end of the data");
        }
        int expected = in.crc;
        int stored = (int) in.le(2);
        if (stored != expected) {
            throw new FitFormatException(Problem.BAD_CHECKSUM, -1, "the file's checksum does not match");
        }
    }

    private void record(Listener listener, long end) throws IOException {
        long offset = in.position;
        int header = in.u8();
        if ((header & 0x80) != 0) {
            // Compressed timestamp header: a 5-bit offset from the last full timestamp, local types 0-3 only.
            int type = (header >> 5) & 0x3;
            int timeOffset = header & 0x1F;
            if (lastTimestamp < 0) {
                throw new FitFormatException(Problem.CORRUPT, offset, "a compressed timestamp before any full one");
            }
            long t = (lastTimestamp & ~0x1FL) + timeOffset;
            if (timeOffset < (lastTimestamp & 0x1F)) {
                t += 0x20;
            }
            lastTimestamp = t;
            data(listener, type, offset, t);
        } else if ((header & 0x40) != 0) {
            define(header & 0x0F, (header & 0x20) != 0);
        } else {
            data(listener, header & 0x0F, offset, ABSENT);
        }
        if (in.position > end) {
            throw new FitFormatException(Problem.CORRUPT, offset, "a message runs past the end of the data");
        }
    }

    private void define(int type, boolean developer) throws IOException {
        Definition d = new Definition();
        in.u8(); // reserved
        d.bigEndian = in.u8() == 1;
        d.global = (int) (d.bigEndian ? in.be(2) : in.le(2));
        int count = in.u8();
        d.number = new int[count];
        d.size = new int[count];
        d.baseType = new int[count];
        for (int i = 0; i < count; i++) {
            d.number[i] = in.u8();
            d.size[i] = in.u8();
            d.baseType[i] = in.u8();
        }
        if (developer) {
            int devCount = in.u8();
            for (int i = 0; i < devCount; i++) {
                in.u8();
                d.developerBytes += in.u8();
                in.u8();
            }
        }
        local[type] = d;
    }

    private void data(Listener listener, int type, long offset, long compressedTime) throws IOException {
        Definition d = local[type];
        if (d == null) {
            throw new FitFormatException(Problem.CORRUPT, offset, "a data message of local type " + type
                    + " comes before its definition");
        }
        fields.next(messages++, offset);
        for (int i = 0; i < d.number.length; i++) {
            int size = d.size[i];
            if (size > 8) {
                in.skip(size);
                continue;
            }
            long raw = d.bigEndian ? in.be(size) : in.le(size);
            long value = invalid(raw, size, d.baseType[i]) ? ABSENT : raw;
            fields.put(d.number[i], value);
            if (d.number[i] == TIMESTAMP_FIELD && value != ABSENT) {
                lastTimestamp = value;
            }
        }
        in.skip(d.developerBytes);
        if (compressedTime != ABSENT) {
            fields.put(TIMESTAMP_FIELD, compressedTime);
        }
        listener.message(d.global, fields);
    }

    /**
     * Each base type marks "no value" its own way: all ones for unsigned types and enums, the largest positive value
     * for signed ones, zero for the "z" types. A field whose size is not its type's size (an array) is judged by its
     * whole bytes as unsigned.
     */
    static boolean invalid(long raw, int size, int baseType) {
        long allOnes = size == 8 ? -1L : (1L << (8 * size)) - 1;
        switch (baseType & 0x1F) {
            case 0x01: case 0x03: case 0x05: case 0x0E:
                return raw == (allOnes >>> 1);
            case 0x0A: case 0x0B: case 0x0C: case 0x10:
                return raw == 0;
            default:
                return raw == allOnes;
        }
    }
}
