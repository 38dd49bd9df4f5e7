package run.cadence.watch;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a watch shows, cut to what the FIT profile allots: the Garmin FIT SDK's profile configuration gives a
 * workout's {@code wkt_name} and a step's {@code wkt_step_name} 16 bytes and a step's {@code notes} 50, each with its
 * terminating zero, and watches built on it cut longer text. Durations are written compactly ("5s", "90s", "2m30",
 * "20m") so a dose fits in a name.
 */
public final class WatchText {
    /** Bytes of UTF-8 a workout or step name may have. */
    public static final int NAME_BYTES = 15;
    /** Bytes of UTF-8 a step's notes may have. */
    public static final int NOTES_BYTES = 49;
    /**
     * Bytes of UTF-8 a workout's description may have: the profile gives {@code wkt_description} no length of its
     * own, so it is any FIT string's, a field of at most 255 bytes with its terminating zero (the SDK refuses more).
     */
    public static final int DESCRIPTION_BYTES = 254;
    private static final Pattern COMPACT = Pattern.compile("(?:(\\d+)m(\\d\\d)?)|(?:(\\d+(?:\\.\\d{1,3})?)s)");

    private WatchText() {}

    static void check(String name, String notes) {
        if (name == null || notes == null || bytes(name) > NAME_BYTES || bytes(notes) > NOTES_BYTES) {
            throw new IllegalArgumentException("a watch step's name is at most " + NAME_BYTES + " bytes and its notes "
                    + NOTES_BYTES + ": '" + name + "', '" + notes + "'");
        }
    }

    static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * The longest start of {@code text} within {@code maxBytes} of UTF-8, cut after a whole word when one fits
     * (never inside a character), without trailing spaces or punctuation.
     */
    public static String cut(String text, int maxBytes) {
        if (bytes(text) <= maxBytes) {
            return text;
        }
        int end = 0;
        int used = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            int size = bytes(new String(Character.toChars(cp)));
            if (used + size > maxBytes) {
                break;
            }
            used += size;
            end += Character.charCount(cp);
        }
        String head = text.substring(0, end);
        int space = head.lastIndexOf(' ');
        if (space > maxBytes / 2 && end < text.length() && text.charAt(end) != ' ') {
            head = head.substring(0, space);
        }
        return head.replaceAll("[\\s,;:.\\-\u2013\u2014]+$", "");
    }

    /** "5s", "90s", "2m", "2m30", "1.5s": the shortest form that reads back exactly with {@link #duration}. */
    public static String compact(Duration d) {
        long millis = d.toMillis();
        if (millis % 1000 != 0) {
            return String.format(Locale.ROOT, "%ss", java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros()
                    .toPlainString());
        }
        long s = millis / 1000;
        if (s < 100) {
            return s + "s";
        }
        return s % 60 == 0 ? s / 60 + "m" : String.format(Locale.ROOT, "%dm%02d", s / 60, s % 60);
    }

    /** Reads a {@link #compact} duration back; empty text or another form is null. */
    public static Duration duration(String text) {
        Matcher m = COMPACT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        if (m.group(3) != null) {
            return Duration.ofMillis(new java.math.BigDecimal(m.group(3)).movePointRight(3).longValueExact());
        }
        long minutes = Long.parseLong(m.group(1));
        long seconds = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        return Duration.ofSeconds(minutes * 60 + seconds);
    }
}
