package run.cadence.plan;

import java.time.LocalDate;
import java.util.List;

/** The next session, the day it is due, and every reason in plain words. */
public record PlanDecision(PlannedSession session, LocalDate date, Decision decision, List<String> reasons) {
    public PlanDecision {
        if (session == null || date == null || decision == null || reasons == null || reasons.isEmpty()) {
            throw new IllegalArgumentException("a decision needs a session, a date, a kind and at least one reason");
        }
        reasons = List.copyOf(reasons);
    }

    public String explanation() {
        return String.join("\n", reasons);
    }
}
