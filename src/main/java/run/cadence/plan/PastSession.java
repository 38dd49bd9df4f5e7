package run.cadence.plan;

import java.time.LocalDate;
import java.util.Optional;

/** A session as the history remembers it: what was planned, when, how far it got, and the pain report. */
public record PastSession(
        long id,
        PlannedSession session,
        LocalDate date,
        SessionStatus status,
        int doneSeconds,
        PainReport pain) {

    public PastSession {
        if (session == null || date == null || status == null) {
            throw new IllegalArgumentException("session, date and status are required");
        }
        if (doneSeconds < 0) {
            throw new IllegalArgumentException("seconds done must be 0 or more, not " + doneSeconds);
        }
    }

    public Optional<PainReport> painReport() {
        return Optional.ofNullable(pain);
    }

    /**
     * Running the legs actually did. A session cut off while STARTED counts in full: we cannot know, and the
     * volume limits should err towards rest.
     */
    public double runningMinutesDone() {
        switch (status) {
            case COMPLETED:
            case STARTED:
                return session.runningMinutes();
            case STOPPED_EARLY:
                return session.runningSecondsWithin(doneSeconds) / 60.0;
            default:
                return 0;
        }
    }

    public PastSession withPain(PainReport report) {
        return new PastSession(id, session, date, status, doneSeconds, report);
    }
}
