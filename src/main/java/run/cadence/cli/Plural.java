package run.cadence.cli;

import java.util.Locale;

/** A count and its noun, agreeing: "1 step", "14 steps", "0 steps". */
final class Plural {
    private Plural() {}

    /** {@code noun} takes an "s" unless there is exactly one. */
    static String of(long n, String noun) {
        return of(n, noun, noun + "s");
    }

    static String of(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** As {@link #of(long, String)}, the count in groups of thousands ("1,000 tracks"): for library sizes. */
    static String grouped(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? noun : noun + "s");
    }
}
