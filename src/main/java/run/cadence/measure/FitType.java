package run.cadence.measure;

import com.garmin.fit.Factory;
import com.garmin.fit.Field;
import java.util.concurrent.ConcurrentHashMap;

/**
 * FIT base types, and which one a field is read as: the rules of the Garmin SDK's {@code Decode}, so that
 * {@link FitStream} reads every field value for value as the SDK does.
 *
 * <p>A definition gives each field a base type and a size in bytes. A size that is a multiple of the type's size
 * is an array (a Forerunner 55 writes {@code enhanced_speed} as two uint32 values in 8 bytes); the SDK's accessors
 * give its first element. When the definition's type differs from the profile's, the SDK reads the field as the
 * profile's type if both are the same size (only the signedness differs), as the definition's type if it is smaller
 * (a uint8 speed), and not at all if it is larger: it does not "demote" a value.
 */
final class FitType {
    static final int ENUM = 0x00;
    static final int SINT8 = 0x01;
    static final int UINT8 = 0x02;
    static final int SINT16 = 0x83;
    static final int UINT16 = 0x84;
    static final int SINT32 = 0x85;
    static final int UINT32 = 0x86;
    static final int STRING = 0x07;
    static final int FLOAT32 = 0x88;
    static final int FLOAT64 = 0x89;
    static final int UINT8Z = 0x0A;
    static final int UINT16Z = 0x8B;
    static final int UINT32Z = 0x8C;
    static final int BYTE = 0x0D;
    static final int SINT64 = 0x8E;
    static final int UINT64 = 0x8F;
    static final int UINT64Z = 0x90;
    /** The base types by number (the low five bits), as the protocol lists them. */
    private static final int[] CANONICAL = {ENUM, SINT8, UINT8, SINT16, UINT16, SINT32, UINT32, STRING, FLOAT32,
        FLOAT64, UINT8Z, UINT16Z, UINT32Z, BYTE, SINT64, UINT64, UINT64Z};
    private static final int[] SIZE = {1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8};
    /** What {@link #readAs} returns for a field that is not read. */
    static final int SKIP = -1;
    private static final int UNKNOWN = -2;
    /** The profile's type of (message, field), or UNKNOWN; looked up once per pair, at definitions only. */
    private static final ConcurrentHashMap<Integer, Integer> PROFILE = new ConcurrentHashMap<>();

    private FitType() {}

    /** The size of one value of a base type, by its type byte. */
    static int size(int type) {
        return SIZE[type & 0x1F];
    }

    static boolean signed(int type) {
        return type == SINT8 || type == SINT16 || type == SINT32 || type == SINT64;
    }

    static boolean isFloat(int type) {
        return type == FLOAT32 || type == FLOAT64;
    }

    /**
     * The type a field is read as, or {@link #SKIP}: strings (the readers use none), unknown base types, sizes of
     * less than one value, and values the SDK would not read (a definition's type larger than the profile's).
     */
    static int readAs(int global, int fieldNumber, int size, int definedType) {
        int number = definedType & 0x1F;
        if (number >= CANONICAL.length || size < SIZE[number]) {
            return SKIP;
        }
        int profile = profileType(global, fieldNumber);
        int type = definedType;
        if (profile != UNKNOWN && profile != definedType) {
            int profileSize = size(profile);
            if (SIZE[number] > profileSize) {
                return SKIP;
            }
            type = SIZE[number] < profileSize ? definedType : profile;
        }
        // The SDK reads only the protocol's own type bytes; a multi-byte type written without its endian bit is not one.
        return type == CANONICAL[type & 0x1F] && type != STRING ? type : SKIP;
    }

    /**
     * Whether a field's values are little-endian. The SDK swaps a value's bytes only when the definition's type has
     * the endian bit and the message is little-endian; otherwise it reads them big-endian, whatever the message says.
     */
    static boolean littleEndian(int definedType, boolean bigEndianMessage) {
        return (definedType & 0x80) != 0 && !bigEndianMessage;
    }

    /** Whether the first value, as read (signed ones sign-extended), is the type's "no value". */
    static boolean invalid(long value, int type) {
        switch (type) {
            case SINT8: return value == 0x7F;
            case SINT16: return value == 0x7FFF;
            case SINT32: return value == 0x7FFFFFFFL;
            case SINT64: return value == Long.MAX_VALUE;
            case UINT8Z: case UINT16Z: case UINT32Z: case UINT64Z: return value == 0;
            case FLOAT32: return Float.isNaN(Float.intBitsToFloat((int) value));
            case FLOAT64: return Double.isNaN(Double.longBitsToDouble(value));
            case UINT64: return value == -1L;
            default: return value == (1L << (8 * size(type))) - 1;
        }
    }

    /** A value's bits as read, sign-extended for the signed types. */
    static long extend(long raw, int type) {
        int bits = 8 * size(type);
        return signed(type) && bits < 64 ? (raw << (64 - bits)) >> (64 - bits) : raw;
    }

    private static int profileType(int global, int fieldNumber) {
        return PROFILE.computeIfAbsent(global << 8 | fieldNumber, key -> {
            Field f = Factory.createField(global, fieldNumber);
            return f == null || "unknown".equals(f.getName()) ? UNKNOWN : f.getType();
        });
    }
}
