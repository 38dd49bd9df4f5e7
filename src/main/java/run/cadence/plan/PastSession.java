package run.cadence.plan;

import java.time.LocalDate;
import java.util.Optional;
import run.cadence.Cadence;

/**
 * A session as the history remembers it: what was planned, when, how far it got, the pain report, and the
 * cadence it targeted as planned ({@code target}; baselines change later). {@code target} is null only for
 * sessions not stored, such as the planner's previews.
 */
public record PastSession(
        long id,
        PlannedSession session,
        LocalDate date,
        SessionStatus status,
        int doneSeconds,
        PainReport pain,
        Cadence target) {

    public PastSession(long id, PlannedSession session, LocalDate date, SessionStatus status, int doneSeconds,
            PainReport pain) {
        this(id, session, date, status, doneSeconds, pain, null);
    }

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
     * Whether the runner did any of it. A play or render that failed is recorded as stopped early at 0:00 so
     * the attempt stays in the history, but it is no session: it moves no rest day, fills no week and fades no
     * clicks. A session cut off while STARTED counts: we cannot know how far it got.
     */
    public boolean didAnything() {
        return status.wasRun() && (status != SessionStatus.STOPPED_EARLY || doneSeconds > 0);
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
        return new PastSession(id, session, date, status, doneSeconds, report, target);
    }
}
