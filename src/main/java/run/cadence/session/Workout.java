package run.cadence.session;

import java.time.Duration;
import java.util.List;

/** A parsed workout: a name, a one-line description (may be empty) and its sections in order. */
public record Workout(String name, String description, List<Section> sections) {
    /** Longer sessions are almost certainly a typo (60x instead of 6x), and would render huge files. */
    public static final Duration MAX_DURATION = Duration.ofHours(6);

    public Workout {
        name = name == null ? "" : name.strip();
        description = description == null ? "" : description.strip();
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("workout '" + name + "' has no steps");
        }
        Duration total = Duration.ZERO;
        for (Section s : sections) {
            total = total.plus(s.duration());
        }
        if (total.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("workout '" + name + "' lasts " + run.cadence.DurationText.format(total)
                    + ", over the 6 hour limit");
        }
    }

    public Duration duration() {
        Duration total = Duration.ZERO;
        for (Section s : sections) {
            total = total.plus(s.duration());
        }
        return total;
    }
}
