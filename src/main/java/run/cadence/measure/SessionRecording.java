package run.cadence.measure;

import java.time.Instant;
import java.util.List;

/**
 * A recording laid over a session.
 *
 * @param source the recording's file, for messages
 * @param recordingStart when the recording's first kept point was recorded
 * @param sessionOffsetSeconds where the session starts in the recording, seconds after {@code recordingStart}
 *     (negative when the watch was started after the session)
 * @param minutesRun running recorded within the session's span
 * @param steps one per run step, in the order given
 * @param alignedBy what placed the session in the recording
 * @param agreement how well the recording's running matched the session's run steps at that offset: the Matthews
 *     correlation of running (yes/no) second by second, 1 perfect, 0 no better than chance; NaN when the session
 *     has no run steps
 */
public record SessionRecording(String source, Instant recordingStart, double sessionOffsetSeconds,
        double minutesRun, List<StepCadence> steps, AlignedBy alignedBy, double agreement) {

    /** What placed the session in the recording. */
    public enum AlignedBy {
        /** The recording's running matched the session's run steps. */
        RUNNING,
        /**
         * The session's own start time (it was played live), where its running could not be matched: the runner
         * walked the runs, or the session has none.
         */
        START_TIME
    }

    public SessionRecording {
        if (source == null || recordingStart == null || alignedBy == null) {
            throw new IllegalArgumentException("a session recording needs a source, a start and how it was aligned");
        }
        if (!(minutesRun >= 0) || Double.isInfinite(sessionOffsetSeconds) || Double.isNaN(sessionOffsetSeconds)) {
            throw new IllegalArgumentException("minutes run must be 0 or more and the offset a number");
        }
        steps = List.copyOf(steps);
    }

    /** When the session started, on the recording's clock. */
    public Instant sessionStart() {
        return recordingStart.plusNanos(Math.round(sessionOffsetSeconds * 1e9));
    }
}
