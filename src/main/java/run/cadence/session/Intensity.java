package run.cadence.session;

import java.util.Locale;

/** Effort words of the deep-water running sessions, where pace and step rate cannot be measured. */
public enum Intensity {
    EASY, MEDIUM, HARD, SPRINT;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
