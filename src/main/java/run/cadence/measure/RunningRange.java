package run.cadence.measure;

import java.util.Locale;

/**
 * The cadences a runner actually runs at. A measurement outside is almost always a counting mistake (one
 * foot counted, double taps, a walk), so it is shown with that explanation and never saved as a baseline.
 */
public final class RunningRange {
    public static final double LOW = 140;
    public static final double HIGH = 210;

    private RunningRange() {}

    public static boolean contains(double stepsPerMinute) {
        return stepsPerMinute >= LOW && stepsPerMinute <= HIGH;
    }

    /**
     * Why a figure outside the range is suspect, and what to try; empty for a plausible figure.
     *
     * @param oneFootFix what the runner should do when only one foot seems counted, e.g. "say --feet one"
     */
    public static String doubt(double stepsPerMinute, String oneFootFix) {
        return doubt(stepsPerMinute, oneFootFix, "extra taps or sounds were probably counted as steps");
    }

    /**
     * @param tooHigh why a figure above the range came out so, for the way it was measured: a tap test counts extra
     *     taps, a watch file's values may have been doubled once too often
     */
    public static String doubt(double stepsPerMinute, String oneFootFix, String tooHigh) {
        if (contains(stepsPerMinute)) {
            return "";
        }
        String range = String.format(Locale.ROOT, "%.1f spm is outside the running range %.0f-%.0f spm", stepsPerMinute,
                LOW, HIGH);
        if (stepsPerMinute < LOW) {
            if (stepsPerMinute * 2 >= LOW && stepsPerMinute * 2 <= HIGH) {
                return String.format(Locale.ROOT, "%s; it looks like one foot's steps (%.1f spm for both feet):"
                        + " %s", range, stepsPerMinute * 2, oneFootFix);
            }
            return range + "; that is walking pace, measure while running";
        }
        return range + "; " + tooHigh;
    }
}
