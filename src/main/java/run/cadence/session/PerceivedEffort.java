package run.cadence.session;

import java.util.Locale;

/**
 * How hard a step feels: the effort words of the deep-water running sessions, where pace and step rate cannot be
 * measured. Not the planner's {@code plan.PerceivedEffort}, which is a session's kind of extra work (strides,
 * intervals).
 */
public enum PerceivedEffort {
    EASY, MEDIUM, HARD, SPRINT;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
