package run.cadence.measure;

import com.garmin.fit.Fit;
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
 * the file once. Each field is read as the SDK reads it ({@link FitType}): the first value of an array, the
 * profile's type where the definition's differs; strings and developer fields are skipped.
 */
final class FitStream {
    /** What {@link FitFields#get} returns for a field the message lacks or marks invalid. */
    static final long ABSENT = FitFields.ABSENT;
    static final int TIMESTAMP_FIELD = 253;

    /** Receives every data message; the fields are valid only during the call. */
    interface Listener {
        void message(int globalNumber, FitFields fields);
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

    /** One local message type's layout, as its definition message gave it, with each field's type resolved. */
    private static final class Definition {
        int global;
        int[] number = new int[0];
        int[] size = new int[0];
        /** The type each field is read as ({@link FitType#readAs}), or {@link FitType#SKIP}. */
        int[] type = new int[0];
        boolean[] littleEndian = new boolean[0];
        int developerBytes;
    }

    private final FitBytes in;
    private final FitFields fields = new FitFields();
    private final Definition[] local = new Definition[16];
    private long lastTimestamp = -1;
    /** Where the message being read starts. */
    private long recordStart;
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
                recordStart = in.position;
                record(listener, end);
            }
        } catch (FitFormatException e) {
            if (e.problem != Problem.TRUNCATED) {
                throw e;
            }
            if (e.byteOffset >= end + 2) {
                // Every byte the header promises is there: the last message is what is wrong (python-fitparse's
                // nick.fit), not the copy.
                throw pastEnd(end);
            }
            throw new FitFormatException(Problem.TRUNCATED, e.byteOffset, "it ends at byte " + e.byteOffset
                    + " of the " + (end + 2) + " its header promises");
        }
        int expected = in.crc;
        int stored = (int) in.le(2);
        if (stored != expected) {
            throw new FitFormatException(Problem.BAD_CHECKSUM, -1, "the file's checksum does not match");
        }
    }

    private FitFormatException pastEnd(long end) {
        return new FitFormatException(Problem.CORRUPT, recordStart, "the message there runs past the end of the"
                + " data, at byte " + end + " by the file's header");
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
            throw pastEnd(end);
        }
    }

    private void define(int type, boolean developer) throws IOException {
        Definition d = new Definition();
        in.u8(); // reserved
        boolean bigEndian = in.u8() == 1;
        d.global = (int) (bigEndian ? in.be(2) : in.le(2));
        int count = in.u8();
        d.number = new int[count];
        d.size = new int[count];
        d.type = new int[count];
        d.littleEndian = new boolean[count];
        for (int i = 0; i < count; i++) {
            d.number[i] = in.u8();
            d.size[i] = in.u8();
            int defined = in.u8();
            d.type[i] = FitType.readAs(d.global, d.number[i], d.size[i], defined);
            d.littleEndian[i] = FitType.littleEndian(defined, bigEndian);
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
        if (compressedTime != ABSENT) {
            // The SDK gives the header's time as the message's timestamp, before any timestamp field it holds.
            fields.put(TIMESTAMP_FIELD, compressedTime, Fit.BASE_TYPE_UINT32);
        }
        for (int i = 0; i < d.number.length; i++) {
            int t = d.type[i];
            int size = d.size[i];
            if (t == FitType.SKIP) {
                in.skip(size);
                continue;
            }
            long value = t == Fit.BASE_TYPE_BYTE ? bytes(size) : first(t, size, d.littleEndian[i]);
            if (value == ABSENT) {
                continue;
            }
            fields.put(d.number[i], value, t);
            if (d.number[i] == TIMESTAMP_FIELD) {
                lastTimestamp = value;
            }
        }
        in.skip(d.developerBytes);
        listener.message(d.global, fields);
    }

    /** An array's first value (a single value is an array of one); the rest is skipped. */
    private long first(int type, int size, boolean littleEndian) throws IOException {
        int one = FitType.size(type);
        long raw = littleEndian ? in.le(one) : in.be(one);
        in.skip(size - one);
        long value = FitType.extend(raw, type);
        return FitType.invalid(value, type) ? ABSENT : value;
    }

    /**
     * A byte array packed first byte lowest, its first 8 bytes kept: the profile's byte fields are bit fields
     * ({@code compressed_speed_distance}: 12 bits of speed, 12 of distance). The SDK counts it invalid only when every
     * byte is 0xFF.
     */
    private long bytes(int size) throws IOException {
        long packed = 0;
        boolean allOnes = true;
        for (int i = 0; i < size; i++) {
            int b = in.u8();
            allOnes &= b == 0xFF;
            if (i < 8) {
                packed |= (long) b << (8 * i);
            }
        }
        return allOnes ? ABSENT : packed;
    }
}
