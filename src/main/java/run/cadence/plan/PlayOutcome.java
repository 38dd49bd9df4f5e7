package run.cadence.plan;

import java.time.Duration;

/**
 * How a played session ended, as the player reports it to the planner: played to its end, or stopped part-way, each
 * with what was really done: the time and the running actually played, and how many steps the runner skipped (a skip
 * moves the play on, but its time was neither walked nor run). The planner reads {@link StopReason#PAIN} as a pain
 * report of its own, so "stopped for pain" must never be folded into an ordinary stop, and it never counts a session
 * whose running was skipped towards moving on.
 */
public sealed interface PlayOutcome permits PlayOutcome.Completed, PlayOutcome.Stopped {

    /** Time of the session actually played (skipped steps excluded). */
    Duration done();

    /** Running actually played (skipped running excluded). */
    Duration running();

    /** Steps skipped with the next-step key. */
    int stepsSkipped();

    /** Why a session stopped before its end. */
    enum StopReason {
        /** The runner stopped it ({@code q}, Ctrl-C, a SIGTERM). */
        RUNNER,
        /** The runner stopped it because it hurt ({@code p}). */
        PAIN,
        /** It could not be played: no audio line, an I/O error. */
        FAILED
    }

    /** Played (or rendered) to its end, maybe with steps skipped on the way. */
    record Completed(Duration done, Duration running, int stepsSkipped) implements PlayOutcome {
        public Completed {
            requireDone(done, running, stepsSkipped);
        }
    }

    /** Stopped after {@code done}, for {@code reason}. */
    record Stopped(Duration done, Duration running, int stepsSkipped, StopReason reason) implements PlayOutcome {
        public Stopped {
            requireDone(done, running, stepsSkipped);
            if (reason == null) {
                throw new IllegalArgumentException("a stopped session needs a reason");
            }
        }
    }

    /** Played to its end with nothing skipped: {@code done} in all, {@code running} of it running. */
    static PlayOutcome completed(Duration done, Duration running) {
        return new Completed(done, running, 0);
    }

    /** Stopped after {@code done} ({@code running} of it running) with nothing skipped. */
    static PlayOutcome stopped(Duration done, Duration running, StopReason reason) {
        return new Stopped(done, running, 0, reason);
    }

    /** A play that failed before anything was done: recorded as stopped at 0:00. */
    static PlayOutcome failed() {
        return new Stopped(Duration.ZERO, Duration.ZERO, 0, StopReason.FAILED);
    }

    private static void requireDone(Duration done, Duration running, int stepsSkipped) {
        if (done == null || done.isNegative()) {
            throw new IllegalArgumentException("time done must be zero or more, not " + done);
        }
        if (running == null || running.isNegative() || running.compareTo(done) > 0) {
            throw new IllegalArgumentException("running done must be 0 to " + done + ", not " + running);
        }
        if (stepsSkipped < 0) {
            throw new IllegalArgumentException("steps skipped must be 0 or more, not " + stepsSkipped);
        }
    }
}
