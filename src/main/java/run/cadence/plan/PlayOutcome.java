package run.cadence.plan;

import java.time.Duration;

/**
 * How a played session ended, as the player reports it to the planner: completed, or stopped part-way with how
 * far it got and why. The planner reads {@link StopReason#PAIN} as a pain report of its own, so "stopped for
 * pain" must never be folded into an ordinary stop.
 */
public sealed interface PlayOutcome permits PlayOutcome.Completed, PlayOutcome.Stopped {

    /** Time of the session actually done (skipped steps excluded). */
    Duration done();

    /** Why a session stopped before its end. */
    enum StopReason {
        /** The runner stopped it ({@code q}, Ctrl-C). */
        RUNNER,
        /** The runner stopped it because it hurt ({@code p}). */
        PAIN,
        /** It could not be played: no audio line, an I/O error. */
        FAILED
    }

    /** Played (or rendered) to its end. */
    record Completed(Duration done) implements PlayOutcome {
        public Completed {
            requireDone(done);
        }
    }

    /** Stopped after {@code done}, for {@code reason}. */
    record Stopped(Duration done, StopReason reason) implements PlayOutcome {
        public Stopped {
            requireDone(done);
            if (reason == null) {
                throw new IllegalArgumentException("a stopped session needs a reason");
            }
        }
    }

    static PlayOutcome completed(Duration done) {
        return new Completed(done);
    }

    static PlayOutcome stopped(Duration done, StopReason reason) {
        return new Stopped(done, reason);
    }

    /** A play that failed before anything was done: recorded as stopped at 0:00. */
    static PlayOutcome failed() {
        return new Stopped(Duration.ZERO, StopReason.FAILED);
    }

    private static void requireDone(Duration done) {
        if (done == null || done.isNegative()) {
            throw new IllegalArgumentException("time done must be zero or more, not " + done);
        }
    }
}
