package run.cadence.measure;

import com.garmin.fit.Factory;
import com.garmin.fit.Field;
import com.garmin.fit.Fit;
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
    // The base types are the SDK's own (Fit.BASE_TYPE_*, Fit.baseTypeSizes): one list of them in the program.
    private static final int[] CANONICAL = {Fit.BASE_TYPE_ENUM, Fit.BASE_TYPE_SINT8, Fit.BASE_TYPE_UINT8,
        Fit.BASE_TYPE_SINT16, Fit.BASE_TYPE_UINT16, Fit.BASE_TYPE_SINT32, Fit.BASE_TYPE_UINT32, Fit.BASE_TYPE_STRING,
        Fit.BASE_TYPE_FLOAT32, Fit.BASE_TYPE_FLOAT64, Fit.BASE_TYPE_UINT8Z, Fit.BASE_TYPE_UINT16Z,
        Fit.BASE_TYPE_UINT32Z, Fit.BASE_TYPE_BYTE, Fit.BASE_TYPE_SINT64, Fit.BASE_TYPE_UINT64, Fit.BASE_TYPE_UINT64Z};
    /** What {@link #readAs} returns for a field that is not read. */
    static final int SKIP = -1;
    private static final int UNKNOWN = -2;
    /** The profile's type of (message, field), or UNKNOWN; looked up once per pair, at definitions only. */
    private static final ConcurrentHashMap<Integer, Integer> PROFILE = new ConcurrentHashMap<>();

    private FitType() {}

    /** The size of one value of a base type, by its type byte. */
    static int size(int type) {
        return Fit.baseTypeSizes[type & Fit.BASE_TYPE_NUM_MASK];
    }

    static boolean signed(int type) {
        return type == Fit.BASE_TYPE_SINT8 || type == Fit.BASE_TYPE_SINT16 || type == Fit.BASE_TYPE_SINT32
                || type == Fit.BASE_TYPE_SINT64;
    }

    static boolean isFloat(int type) {
        return type == Fit.BASE_TYPE_FLOAT32 || type == Fit.BASE_TYPE_FLOAT64;
    }

    /**
     * The type a field is read as, or {@link #SKIP}: strings (the readers use none), unknown base types, sizes of
     * less than one value, and values the SDK would not read (a definition's type larger than the profile's).
     */
    static int readAs(int global, int fieldNumber, int size, int definedType) {
        int number = definedType & Fit.BASE_TYPE_NUM_MASK;
        if (number >= CANONICAL.length || size < Fit.baseTypeSizes[number]) {
            return SKIP;
        }
        int profile = profileType(global, fieldNumber);
        int type = definedType;
        if (profile != UNKNOWN && profile != definedType) {
            int profileSize = size(profile);
            if (Fit.baseTypeSizes[number] > profileSize) {
                return SKIP;
            }
            type = Fit.baseTypeSizes[number] < profileSize ? definedType : profile;
        }
        // The SDK reads only the protocol's own type bytes; a multi-byte type written without its endian bit is not one.
        return type == CANONICAL[type & Fit.BASE_TYPE_NUM_MASK] && type != Fit.BASE_TYPE_STRING ? type : SKIP;
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
            case Fit.BASE_TYPE_SINT8: return value == 0x7F;
            case Fit.BASE_TYPE_SINT16: return value == 0x7FFF;
            case Fit.BASE_TYPE_SINT32: return value == 0x7FFFFFFFL;
            case Fit.BASE_TYPE_SINT64: return value == Long.MAX_VALUE;
            case Fit.BASE_TYPE_UINT8Z: case Fit.BASE_TYPE_UINT16Z: case Fit.BASE_TYPE_UINT32Z:
            case Fit.BASE_TYPE_UINT64Z:
                return value == 0;
            case Fit.BASE_TYPE_FLOAT32: return Float.isNaN(Float.intBitsToFloat((int) value));
            case Fit.BASE_TYPE_FLOAT64: return Double.isNaN(Double.longBitsToDouble(value));
            case Fit.BASE_TYPE_UINT64: return value == -1L;
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
