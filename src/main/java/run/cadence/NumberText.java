package run.cadence;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as people read them: no trailing ".0", no exponent, no binary noise ("172.2", not
 * "172.20000000000002"). The one formatter every layer uses, so a cadence, a percentage or a JSON figure reads the
 * same everywhere; {@link DurationText} is its counterpart for durations.
 */
public final class NumberText {
    private NumberText() {}

    /** The shortest decimal that reads back as {@code v}: 5 → "5", 7.5 → "7.5", -2.5 → "-2.5". */
    public static String plain(double v) {
        return strip(BigDecimal.valueOf(v));
    }

    /**
     * {@code v} rounded half up to at most {@code decimals} places, trailing zeros dropped: (172.25, 1) → "172.3",
     * (172.04, 1) → "172".
     */
    public static String rounded(double v, int decimals) {
        return strip(BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP));
    }

    private static String strip(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
