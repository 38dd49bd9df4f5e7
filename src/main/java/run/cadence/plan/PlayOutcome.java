package run.cadence.plan;

import java.time.Duration;

/** What the session runner reports back: finished, or stopped early after {@code done}. */
public record PlayOutcome(boolean completed, Duration done) {
    public PlayOutcome {
        if (done == null || done.isNegative()) {
            throw new IllegalArgumentException("time done must be zero or more, not " + done);
        }
    }
}
