package run.cadence.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The next running session, the day it is due, the kind of decision, and every reason. {@code awaitingSettled}:
 * a flare has not yet been confirmed settled, so the run waits for that (and the day offers strength or
 * cross-training instead).
 */
public record PlanDecision(PlannedSession session, LocalDate date, Decision decision, List<Reason> reasons,
        boolean awaitingSettled) {
    public PlanDecision {
        if (session == null || date == null || decision == null || reasons == null || reasons.isEmpty()) {
            throw new IllegalArgumentException("a decision needs a session, a date, a kind and at least one reason");
        }
        reasons = List.copyOf(reasons);
    }

    public PlanDecision(PlannedSession session, LocalDate date, Decision decision, List<Reason> reasons) {
        this(session, date, decision, reasons, false);
    }

    /**
     * Whether a severe flare (a limp, pain above 5, a morning above 5, the pain key) waits to settle. Until it
     * has, the day offers pain-free strength and deep-water running only: uphill walking loads the leg like running
     * (CLINICAL.md), and deep water spares it.
     */
    public boolean severeFlareUnsettled() {
        return awaitingSettled && (reason(Reason.SevereFlare.class).isPresent()
                || reason(Reason.AwaitSettled.class).map(Reason.AwaitSettled::onExtraSession).orElse(false));
    }

    /** The first reason of a kind, if the decision has one. */
    public <R extends Reason> java.util.Optional<R> reason(Class<R> kind) {
        for (Reason r : reasons) {
            if (kind.isInstance(r)) {
                return java.util.Optional.of(kind.cast(r));
            }
        }
        return java.util.Optional.empty();
    }
}
