package run.cadence.measure;

import java.time.Instant;

/** What {@link RecordingAligner#align} found: the recording laid over the session, or why it could not be. */
public sealed interface Alignment permits Alignment.Aligned, Alignment.Refused {

    record Aligned(SessionRecording recording) implements Alignment {
        public Aligned {
            if (recording == null) {
                throw new IllegalArgumentException("an alignment needs its recording");
            }
        }
    }

    /** Why a recording cannot be laid over the session. The CLI words it. */
    enum Reason {
        /** The recording has no step counts (no cadence, or 0 throughout): running cannot be told from walking. */
        NO_STEPS,
        /** Its "running" moves faster than any runner (see {@link StepPoints#FASTEST_RUN}): a ride. */
        TOO_FAST,
        /** The session was played live, and the recording does not cover its time: another day, another run. */
        NOT_AT_SESSION_TIME,
        /** No start time to go by, and the recording has no running to match the session's run steps with. */
        NO_RUNNING,
        /** No start time to go by, and the session has no run steps to match the recording's running with. */
        NO_RUN_STEPS,
        /** No start time to go by, and the recording's running follows no offset of the session well enough. */
        DIFFERENT_SESSION
    }

    /**
     * @param reason why
     * @param source the recording's file
     * @param recordingStart the recording's first point
     * @param recordingMinutes from its first point to its last
     * @param recordedRunningMinutes running anywhere in the recording
     * @param sessionRunningMinutes the run steps' total
     * @param bestAgreement the best agreement found over the offsets tried (see {@link SessionRecording#agreement}),
     *     NaN when none was tried
     */
    record Refused(Reason reason, String source, Instant recordingStart, double recordingMinutes,
            double recordedRunningMinutes, double sessionRunningMinutes, double bestAgreement) implements Alignment {
        public Refused {
            if (reason == null || source == null || recordingStart == null) {
                throw new IllegalArgumentException("a refusal needs a reason, a source and the recording's start");
            }
        }
    }
}
