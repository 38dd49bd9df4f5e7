package run.cadence.measure;

import java.util.Locale;

/**
 * What a recording (or one leg of a multisport recording) says it is, as far as cadence is concerned.
 *
 * @param kind how the step counts may be used
 * @param name the file's own word for it, for messages: "cycling", "Biking", "treadmill running"
 * @param indoor on a treadmill or indoors: the watch's speed and distance are guesses from the wrist, so cadence
 *     alone decides what was running
 */
public record Sport(Kind kind, String name, boolean indoor) {

    public enum Kind {
        /** A run: its steps are what is measured. */
        RUNNING,
        /** A walk or hike: steps are counted, and any running in it is found by cadence. */
        WALKING,
        /** The file does not say (GPX without a type, FIT "generic"): cadence decides. */
        UNKNOWN,
        /** Cycling, swimming, rowing, a transition: not steps, never measured. */
        OTHER
    }

    public static final Sport UNKNOWN = new Sport(Kind.UNKNOWN, "", false);

    public Sport {
        if (kind == null || name == null) {
            throw new IllegalArgumentException("a sport needs a kind and a name");
        }
    }

    /** Whether its points may be measured at all. */
    public boolean counts() {
        return kind != Kind.OTHER;
    }

    /**
     * A free-text type, as GPX {@code <type>} and TCX {@code Sport} write it: "running", "Run", "Biking",
     * "cycling", "9" (Strava's number for a run). Unrecognised words are {@link Kind#UNKNOWN}, not refused:
     * the cadence still decides.
     */
    static Sport ofText(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Kind kind;
        if (t.isEmpty() || t.equals("other") || t.equals("generic")) {
            kind = Kind.UNKNOWN;
        } else if (t.equals("9") || t.contains("run") || t.contains("jog")) {
            kind = Kind.RUNNING;
        } else if (t.equals("10") || t.contains("walk") || t.contains("hik")) {
            kind = Kind.WALKING;
        } else if (t.equals("1") || t.matches(".*(bik|cycl|ride|swim|row|paddl|kayak|canoe|ski|skat|board|surf|"
                + "sail|drive|driving|motor|car|train|bus|boat|elliptical|transition).*")) {
            kind = Kind.OTHER;
        } else {
            kind = Kind.UNKNOWN;
        }
        boolean indoor = t.contains("treadmill") || t.contains("indoor");
        return new Sport(kind, text.strip(), indoor);
    }
}
