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
                    "cadence %s spm is outside %.0f-%.0f steps per minute", show(stepsPerMinute), MIN, MAX));
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
        double rounded = Math.round(spm * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return String.format(Locale.ROOT, "%.0f", rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }
}
