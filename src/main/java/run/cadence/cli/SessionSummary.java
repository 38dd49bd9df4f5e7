package run.cadence.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.PlannedSession;
import run.cadence.plan.Profile;

/** How a planned session reads on the terminal. */
final class SessionSummary {
    /** The planner's own day format, so a day reads the same in every message. */
    static final DateTimeFormatter DAY = run.cadence.plan.Planner.DAY;

    private SessionSummary() {}

    /** "flat walk-run 2/3 x6, 40 min, runs at 168.1 spm (+2.5%), clicks 50% of run time". */
    static String line(PlannedSession s, Profile profile) {
        StringBuilder b = new StringBuilder(s.describe());
        b.append(", ").append(s.totalSeconds() / 60).append(" min in all");
        if (s.hasRunning()) {
            b.append(", runs at ").append(s.targetCadence(profile.baseline()).format()).append(" spm (")
                    .append(s.cadenceText()).append(")");
            if (s.clickPercent() < 100) {
                b.append(s.clickPercent() == 0 ? ", no clicks (cadence check)"
                        : ", clicks " + s.clickPercent() + "% of run time");
            }
        }
        return b.toString();
    }

    static String when(PlanDecision d, LocalDate today) {
        if (d.date().equals(today)) {
            return "Today (" + DAY.format(today) + ")";
        }
        return "Next session " + DAY.format(d.date());
    }
}
