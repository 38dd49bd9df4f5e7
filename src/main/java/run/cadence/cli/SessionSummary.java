package run.cadence.cli;

import java.time.LocalDate;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.PlannedSession;
import run.cadence.plan.Profile;

/** How a planned session reads on the terminal. */
final class SessionSummary {
    private SessionSummary() {}

    /** "flat walk-run 2/3 x6, 40 min in all, runs at 168.1 spm (+2.5%), clicks during 50% of each run". */
    static String line(PlannedSession s, Profile profile) {
        StringBuilder b = new StringBuilder(PlannedText.describe(s));
        b.append(", ").append(s.totalSeconds() / 60).append(" min in all");
        if (s.hasRunning()) {
            b.append(", runs at ").append(s.targetCadence(profile.baseline()).format()).append(" spm (")
                    .append(PlannedText.cadence(s)).append(")");
            if (s.clickPercent() < 100) {
                b.append(s.clickPercent() == 0 ? ", no clicks"
                        : ", clicks during " + s.clickPercent() + "% of each run");
            }
        }
        return b.toString();
    }

    static String when(PlanDecision d, LocalDate today) {
        if (d.date().equals(today)) {
            return "Today (" + PlanWords.day(today) + ")";
        }
        return "Next " + noun(d.session()) + " " + PlanWords.day(d.date());
    }

    /** "run", or "session" for a walk-only one. */
    static String noun(PlannedSession s) {
        return s.hasRunning() ? "run" : "session";
    }
}
