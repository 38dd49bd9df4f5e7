package run.cadence.measure;

import com.garmin.fit.Fit;

/** The decoded fields of the data message {@link FitStream} is handing over; valid only during the call. */
final class FitFields {
    /** What {@link #get} returns for a field the message lacks or marks invalid. */
    static final long ABSENT = Long.MIN_VALUE;

    private final long[] values = new long[256];
    private final int[] types = new int[256];
    private final int[] stamp = new int[256];
    private int generation;
    private long messageIndex;
    private long byteOffset;

    /**
     * The field's first value as an integer, unscaled: signed types sign-extended, a byte array's bytes packed
     * first byte lowest (as {@code compressed_speed_distance} is laid out); {@link #ABSENT} for a field the
     * message lacks, marks invalid, or holds as a float.
     */
    long get(int fieldNumber) {
        return stamp[fieldNumber] == generation && !FitType.isFloat(types[fieldNumber]) ? values[fieldNumber]
                : ABSENT;
    }

    /** The field's first value as a number, floats included, unscaled; NaN when absent. */
    double number(int fieldNumber) {
        if (stamp[fieldNumber] != generation) {
            return Double.NaN;
        }
        long v = values[fieldNumber];
        switch (types[fieldNumber]) {
            case Fit.BASE_TYPE_FLOAT32: return Float.intBitsToFloat((int) v);
            case Fit.BASE_TYPE_FLOAT64: return Double.longBitsToDouble(v);
            case Fit.BASE_TYPE_UINT64: case Fit.BASE_TYPE_UINT64Z:
                return v >= 0 ? v : (v >>> 1) * 2.0 + (v & 1);
            default: return v;
        }
    }

    /** How many data messages came before this one, from 0. */
    long messageIndex() {
        return messageIndex;
    }

    /** Where the message starts in the file. */
    long byteOffset() {
        return byteOffset;
    }

    void next(long index, long offset) {
        generation++;
        messageIndex = index;
        byteOffset = offset;
    }

    /**
     * The first value of a field number in a message counts: a field written twice is found first by the SDK's
     * {@code getField}, and an invalid one is not added at all.
     */
    void put(int fieldNumber, long value, int type) {
        if (stamp[fieldNumber] != generation) {
            values[fieldNumber] = value;
            types[fieldNumber] = type;
            stamp[fieldNumber] = generation;
        }
    }
}
