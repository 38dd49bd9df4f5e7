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
     * "cycling", or one of Strava's numbers ({@link #strava}). Unrecognised words are {@link Kind#UNKNOWN}, not
     * refused: the cadence still decides.
     */
    static Sport ofText(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("\\d+")) {
            return strava(t);
        }
        Kind kind;
        if (t.isEmpty() || t.equals("other") || t.equals("generic")) {
            kind = Kind.UNKNOWN;
        } else if (t.contains("run") || t.contains("jog")) {
            kind = Kind.RUNNING;
        } else if (t.contains("walk") || t.contains("hik")) {
            kind = Kind.WALKING;
        } else if (t.matches(".*(bik|cycl|ride|swim|row|paddl|kayak|canoe|ski|skat|board|surf|"
                + "sail|drive|driving|motor|car|train|bus|boat|elliptical|transition).*")) {
            kind = Kind.OTHER;
        } else {
            kind = Kind.UNKNOWN;
        }
        boolean indoor = t.contains("treadmill") || t.contains("indoor");
        return new Sport(kind, text.strip(), indoor);
    }

    /**
     * Strava's GPX export writes its activity type as a number. Strava does not document the numbers; these are the
     * ones its exports carry and other readers of them agree on (1 ride, 2 alpine ski, 4 hike, 9 run, 10 walk,
     * 16 swim, 23 rowing). Any other number is named as it is and the cadence decides.
     */
    static Sport strava(String code) {
        switch (code) {
            case "1": return new Sport(Kind.OTHER, "cycling", false);
            case "2": return new Sport(Kind.OTHER, "alpine skiing", false);
            case "4": return new Sport(Kind.WALKING, "hiking", false);
            case "9": return new Sport(Kind.RUNNING, "running", false);
            case "10": return new Sport(Kind.WALKING, "walking", false);
            case "16": return new Sport(Kind.OTHER, "swimming", false);
            case "23": return new Sport(Kind.OTHER, "rowing", false);
            default: return new Sport(Kind.UNKNOWN, "activity type " + code, false);
        }
    }
}
