package run.cadence.cli;

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
}
