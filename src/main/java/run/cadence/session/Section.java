package run.cadence.session;

import java.time.Duration;
import java.util.List;

/** A header line and its steps, played {@code repeats} times in a row. The name may be empty. */
public record Section(String name, int repeats, List<Step> steps) {
    public static final int MAX_REPEATS = 99;
    /** The name is spoken when the section starts; see {@link Step#MAX_NOTE_CHARS} for why it is bounded. */
    public static final int MAX_NAME_CHARS = 40;

    public Section {
        name = name == null ? "" : name.strip();
        if (name.length() > MAX_NAME_CHARS) {
            throw new IllegalArgumentException(tooLongName(name.length()));
        }
        if (repeats < 1 || repeats > MAX_REPEATS) {
            throw new IllegalArgumentException("repeat count " + repeats + " is outside 1-" + MAX_REPEATS);
        }
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("section '" + name + "' has no steps");
        }
    }

    static String tooLongName(int length) {
        return "section name is " + length + " characters, more than " + MAX_NAME_CHARS
                + "; shorten it (it is spoken when the section starts)";
    }

    /** One pass through the steps. */
    public Duration onceThrough() {
        Duration d = Duration.ZERO;
        for (Step s : steps) {
            d = d.plus(s.duration());
        }
        return d;
    }

    public Duration duration() {
        return onceThrough().multipliedBy(repeats);
    }
}
