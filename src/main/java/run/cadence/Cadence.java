package run.cadence;

import java.util.Locale;

/**
 * A step rate in steps per minute, both feet counted. Fractional rates are kept exactly:
 * 164 x 1.05 is 172.2, not 172.
 */
public record Cadence(double stepsPerMinute) implements Comparable<Cadence> {
    public static final double MIN = 40;
    public static final double MAX = 250;

    public Cadence {
        if (!(stepsPerMinute >= MIN && stepsPerMinute <= MAX)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "cadence %s spm is outside %s-%s steps per minute", show(stepsPerMinute), show(MIN), show(MAX)));
        }
    }

    /**
     * Parses "172", "172.5" or "172spm".
     *
     * @throws IllegalArgumentException with a message fit for the runner
     */
    public static Cadence parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("spm")) {
            t = t.substring(0, t.length() - 3).trim();
        }
        double value;
        try {
            value = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid cadence '" + text
                    + "': expected steps per minute, e.g. 172 or 172.5");
        }
        if (Double.isNaN(value) || Double.isInfinite(value) || t.matches(".*[a-z].*")) {
            throw new IllegalArgumentException("invalid cadence '" + text
                    + "': expected steps per minute, e.g. 172 or 172.5");
        }
        return new Cadence(value);
    }

    /** Seconds between two steps. */
    public double periodSeconds() {
        return 60.0 / stepsPerMinute;
    }

    /** {@code percent}% above this rate (below it when negative): the target a baseline and an increase make. */
    public Cadence plusPercent(double percent) {
        return new Cadence(percentAbove(stepsPerMinute, percent));
    }

    /**
     * The rate {@code percent}% above {@code spm}, unchecked, for saying by how much a target misses the range:
     * {@code spm × (1 + percent / 100)}, the one place that formula is written.
     */
    public static double percentAbove(double spm, double percent) {
        return spm * (1 + percent / 100.0);
    }

    /**
     * The rate this one is {@code percent}% above: the baseline a target was made from ({@link #plusPercent}'s
     * inverse).
     */
    public Cadence beforePercent(double percent) {
        return new Cadence(stepsPerMinute / (1 + percent / 100.0));
    }

    public Cadence plus(double stepsPerMinuteDelta) {
        return new Cadence(stepsPerMinute + stepsPerMinuteDelta);
    }

    @Override
    public int compareTo(Cadence other) {
        return Double.compare(stepsPerMinute, other.stepsPerMinute);
    }

    /** "172.2" or "172": one decimal, dropped when whole. */
    public String format() {
        return show(stepsPerMinute);
    }

    @Override
    public String toString() {
        return format() + " spm";
    }

    private static String show(double spm) {
        return NumberText.rounded(spm, 1);
    }
}
