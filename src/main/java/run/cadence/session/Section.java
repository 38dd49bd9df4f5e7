package run.cadence.session;

import java.time.Duration;
import java.util.List;

/** A header line and its steps, played {@code repeats} times in a row. The name may be empty. */
public record Section(String name, int repeats, List<Step> steps) {
    public static final int MAX_REPEATS = 99;

    public Section {
        name = name == null ? "" : name.strip();
        if (repeats < 1 || repeats > MAX_REPEATS) {
            throw new IllegalArgumentException("repeat count " + repeats + " is outside 1-" + MAX_REPEATS);
        }
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("section '" + name + "' has no steps");
        }
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
