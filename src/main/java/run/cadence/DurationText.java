package run.cadence;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as runners write them: "30s", "1m30s", "4m", "1h", "1h5m", "90" (seconds). */
public final class DurationText {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(h|m|s|ms)");

    private DurationText() {}

    /**
     * Parses a duration.
     *
     * @throws IllegalArgumentException naming what was expected; zero and negative durations are refused
     */
    public static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("-")) {
            throw new IllegalArgumentException("invalid duration '" + text + "': must be positive");
        }
        if (t.matches("\\d+(\\.\\d+)?")) {
            t = t + "s";
        }
        Matcher m = PART.matcher(t);
        int at = 0;
        double seconds = 0;
        while (at < t.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("invalid duration '" + text
                        + "': expected e.g. 30s, 1m30s, 4m or 1h");
            }
            double n = Double.parseDouble(m.group(1));
            seconds += switch (m.group(2)) {
                case "h" -> n * 3600;
                case "m" -> n * 60;
                case "s" -> n;
                default -> n / 1000;
            };
            at = m.end();
        }
        if (t.isEmpty()) {
            throw new IllegalArgumentException("invalid duration '" + text + "': expected e.g. 30s, 1m30s, 4m or 1h");
        }
        Duration d = Duration.ofNanos(Math.round(seconds * 1e9));
        if (d.isZero()) {
            throw new IllegalArgumentException("invalid duration '" + text + "': must be longer than zero");
        }
        return d;
    }

    /**
     * The shortest of "45s", "4m", "1m30s", "1h5m", "5.5s": to the millisecond, what a workout can hold, so a
     * 5.5 s step is not shown as 5 s.
     */
    public static String format(Duration d) {
        long millis = d.toMillis();
        long h = millis / 3_600_000;
        long m = millis / 60_000 % 60;
        long ms = millis % 60_000;
        StringBuilder b = new StringBuilder();
        if (h > 0) {
            b.append(h).append('h');
        }
        if (m > 0) {
            b.append(m).append('m');
        }
        if (ms > 0 || b.length() == 0) {
            b.append(BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString()).append('s');
        }
        return b.toString();
    }

    /** "mm:ss" or "h:mm:ss" for status lines. */
    public static String clock(Duration d) {
        StringBuilder b = new StringBuilder(8);
        clock(d, b);
        return b.toString();
    }

    /** Appends "mm:ss" or "h:mm:ss" to {@code b} without allocating: a live status line is redrawn for hours. */
    public static void clock(Duration d, StringBuilder b) {
        long total = Math.max(0, d.toSeconds());
        long h = total / 3600;
        if (h > 0) {
            b.append(h).append(':');
        }
        twoDigits(b, (total % 3600) / 60);
        b.append(':');
        twoDigits(b, total % 60);
    }

    private static void twoDigits(StringBuilder b, long v) {
        if (v < 10) {
            b.append('0');
        }
        b.append(v);
    }
}
