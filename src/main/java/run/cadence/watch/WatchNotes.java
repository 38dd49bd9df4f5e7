package run.cadence.watch;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step's notes within the {@link WatchText#NOTES_BYTES} bytes the FIT profile allots, shortened so the meaning
 * survives: cutting "slow rear-foot-elevated split squat, left leg forward" to 49 bytes left two steps with the
 * same note and no side. So: the side first ("Left leg fwd: ..."), then words a runner knows for long ones
 * ("Bulgarian split squat", "4-6%"), then a shorter rest ("r45s"), and only then a cut, after a whole word.
 */
final class WatchNotes {
    private static final String REST = "; rest ";
    private static final String SHORT_REST = "; r";
    /** A trailing clause that says which side: ", left leg forward", ", right side". */
    private static final Pattern SIDE = Pattern.compile("^(.+?),\\s*((?:left|right)\\b[^,;]*)$",
            Pattern.CASE_INSENSITIVE);
    /** Long words and phrases, and the shorter ones a runner reads the same. */
    private static final String[][] SHORTER = {
        {"rear-foot-elevated split squat", "Bulgarian split squat"},
        {"single-leg", "1-leg"},
        {"(\\d+) to (\\d+) percent", "$1-$2%"},
        {"(\\d+) percent", "$1%"},
        {"on the way home", "going home"},
        {"(\\d+) out of (\\d+)", "$1/$2"},
        {"rises above", "is over"},
        {"if you start to limp", "you limp"},
        {"forward", "fwd"},
        {"backward", "back"},
        {"minutes", "min"},
        {"seconds", "s"},
    };
    private static final Pattern SHORT_REST_AT_END = Pattern.compile("^(.*); r(\\S+)$");

    private WatchNotes() {}

    /** The text within {@code maxBytes}: whole if it fits, else side first, shorter words, then cut at a word. */
    static String shorten(String text, int maxBytes) {
        if (WatchText.bytes(text) <= maxBytes) {
            return text;
        }
        String s = shorter(text);
        return WatchText.bytes(s) <= maxBytes ? s : WatchText.cut(s, maxBytes);
    }

    /** Side first and shorter words, uncut. */
    static String shorter(String text) {
        return shorterWords(sideFirst(text.strip()));
    }

    /** "side plank on your knees, left side" as "Left side: side plank on your knees". */
    private static String sideFirst(String text) {
        Matcher side = SIDE.matcher(text);
        if (!side.matches()) {
            return text;
        }
        String which = side.group(2).strip();
        return Character.toUpperCase(which.charAt(0)) + which.substring(1) + ": " + side.group(1).strip();
    }

    private static String shorterWords(String text) {
        String s = text;
        for (String[] pair : SHORTER) {
            s = Pattern.compile("\\b" + pair[0] + "\\b", Pattern.CASE_INSENSITIVE).matcher(s).replaceAll(pair[1]);
        }
        return s;
    }

    /** How far strength notes are shortened: each level adds to the one before. */
    enum Level {
        /** "side plank on your knees, left side; rest 20s" */
        WHOLE,
        /** "Left side: side plank on your knees; rest 20s": the side at the front, where a cut cannot reach it */
        SIDE_FIRST,
        /** "Left leg fwd: slow Bulgarian split squat; rest 45s": words a runner knows for long ones */
        SHORTER_WORDS,
        /** "Left leg fwd: slow Bulgarian split squat; r45s" */
        SHORT_REST,
        /** the exercise cut after a whole word */
        CUT
    }

    /**
     * The least shortening that fits the exercise and its rest into a step's notes. A workout shortens all its
     * strength notes alike ({@link ToWatch}), so its left and right steps read the same way.
     */
    static Level levelFor(String exercise, Duration rest) {
        for (Level l : Level.values()) {
            if (l != Level.CUT && WatchText.bytes(strength(exercise, rest, l)) <= WatchText.NOTES_BYTES) {
                return l;
            }
        }
        return Level.CUT;
    }

    /** "glute bridge; rest 5s": the exercise and the rest between holds or sets, shortened to {@code level}. */
    static String strength(String exercise, Duration rest, Level level) {
        if (exercise.isEmpty()) {
            return "rest " + WatchText.compact(rest);
        }
        String ex = level == Level.WHOLE ? exercise : level == Level.SIDE_FIRST ? sideFirst(exercise)
                : shorterWords(sideFirst(exercise));
        String r = (level.compareTo(Level.SHORT_REST) >= 0 ? SHORT_REST : REST) + WatchText.compact(rest);
        if (level == Level.CUT) {
            ex = WatchText.cut(ex, WatchText.NOTES_BYTES - WatchText.bytes(r));
        }
        return ex + r;
    }

    /** The exercise and the rest back from {@link #strength}; the rest is null when the notes have none. */
    static String[] exerciseAndRest(String notes) {
        int at = notes.lastIndexOf(REST);
        if (at >= 0) {
            return new String[] {notes.substring(0, at), notes.substring(at + REST.length())};
        }
        Matcher shortRest = SHORT_REST_AT_END.matcher(notes);
        if (shortRest.matches() && WatchText.duration(shortRest.group(2)) != null) {
            return new String[] {shortRest.group(1), shortRest.group(2)};
        }
        if (notes.toLowerCase(Locale.ROOT).startsWith("rest ")) {
            return new String[] {"", notes.substring(5)};
        }
        return new String[] {notes, null};
    }
}
