package run.cadence.measure;

import com.garmin.fit.Decode;
import com.garmin.fit.Field;
import com.garmin.fit.Fit;
import com.garmin.fit.Mesg;
import com.garmin.fit.MesgDefinition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every field of every data message of a FIT file, as the Garmin SDK reads it and as {@link FitStream} reads it, in
 * one comparable form: "20 {4=80, 6=3100, 73=3100, 253=1083654030}". Strings and developer fields are left out
 * (FitStream skips them); so are fields the SDK makes by expanding components (a speed copied into enhanced_speed),
 * which are the SDK's interpretation, not the file's bytes.
 */
final class FitOracle {
    private FitOracle() {}

    /**
     * The messages as the SDK reads them, chained files too: each field's first value, or absent when it equals its
     * type's invalid value. A field defined smaller than one value of its type is left out: the SDK reads on past it
     * into stale bytes of its buffer (coros-pace-2-cycling-misaligned-fields.fit has a 1-byte uint32), where FitStream
     * reads no value.
     */
    static List<String> sdk(byte[] bytes) {
        List<String> out = new ArrayList<>();
        MesgDefinition[] local = new MesgDefinition[16];
        new Decode().read(new ByteArrayInputStream(bytes), mesg -> out.add(describe(mesg, local[mesg.getLocalNum()])),
                def -> local[def.getLocalNum()] = def);
        return out;
    }

    /** The messages as FitStream reads them. */
    static List<String> ours(byte[] bytes) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            FitStream.read(in, (global, f) -> {
                Map<Integer, String> values = new TreeMap<>();
                for (int n = 0; n < 256; n++) {
                    if (f.get(n) != FitStream.ABSENT) {
                        values.put(n, Long.toString(f.get(n)));
                    } else if (!Double.isNaN(f.number(n))) {
                        values.put(n, "f" + f.number(n));
                    }
                }
                out.add(global + " " + values);
            });
        }
        return out;
    }

    /** How many field values the messages hold, for saying what a comparison covered. */
    static int fieldCount(List<String> messages) {
        return messages.stream().mapToInt(m -> m.endsWith("{}") ? 0 : m.split(", ").length).sum();
    }

    private static String describe(Mesg mesg, MesgDefinition definition) {
        Map<Integer, String> values = new TreeMap<>();
        for (Field f : mesg.getFields()) {
            if (values.containsKey(f.getNum()) || expanded(f) || f.getType() == Fit.BASE_TYPE_STRING
                    || f.getNumValues() == 0 || readsStaleBytes(definition, f.getNum())) {
                continue;
            }
            String value = first(f);
            if (value != null) {
                values.put(f.getNum(), value);
            }
        }
        return mesg.getNum() + " " + values;
    }

    private static boolean readsStaleBytes(MesgDefinition definition, int fieldNumber) {
        return definition != null && definition.getFields().stream().anyMatch(d -> d.getNum() == fieldNumber
                && (d.getType() & Fit.BASE_TYPE_NUM_MASK) < Fit.BASE_TYPES
                && d.getSize() < Fit.baseTypeSizes[d.getType() & Fit.BASE_TYPE_NUM_MASK]);
    }

    /** The first value, or null when it is the type's invalid value; a byte array packed first byte lowest. */
    private static String first(Field f) {
        Object raw = f.getRawValue(0);
        if (f.getType() == Fit.BASE_TYPE_BYTE) {
            long packed = 0;
            boolean allOnes = true;
            for (int i = 0; i < f.getNumValues(); i++) {
                long b = ((Number) f.getRawValue(i)).longValue();
                allOnes &= b == 0xFF;
                packed |= i < 8 ? b << (8 * i) : 0;
            }
            return allOnes ? null : Long.toString(packed);
        }
        if (raw == null || raw.equals(Fit.baseTypeInvalidMap.get(f.getType()))) {
            return null;
        }
        if (raw instanceof Float || raw instanceof Double) {
            double d = ((Number) raw).doubleValue();
            return Double.isNaN(d) ? null : "f" + d;
        }
        if (raw instanceof BigInteger b) {
            return Long.toString(b.longValue());
        }
        return Long.toString(((Number) raw).longValue());
    }

    /** Whether the SDK made this field by expanding another's components; the SDK keeps that to itself. */
    private static boolean expanded(Field f) {
        try {
            Method m = Field.class.getDeclaredMethod("getIsExpanded");
            m.setAccessible(true);
            return (Boolean) m.invoke(f);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the SDK's Field no longer says which fields are expanded", e);
        }
    }
}
