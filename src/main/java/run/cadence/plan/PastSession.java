package run.cadence.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import run.cadence.Cadence;

/**
 * A running session as the history remembers it: what was planned and under which decision, when, how far it
 * got (and whether the runner stopped it for pain), the pain report, the watch recording, the day the runner
 * confirmed a flare had settled, and the cadence it targeted as planned ({@code target}; baselines change
 * later). {@code target} is null only for sessions not stored, such as the planner's previews.
 */
public record PastSession(
        long id,
        PlannedSession session,
        LocalDate date,
        SessionStatus status,
        int doneSeconds,
        PainReport pain,
        Cadence target,
        Decision decision,
        boolean stoppedForPain,
        Optional<RunRecording> recording,
        Optional<LocalDate> settledOn) {

    /** Timing does not depend on the baseline; this one serves sessions stored without a target. */
    private static final Cadence NOMINAL_BASELINE = new Cadence(160);

    public PastSession(long id, PlannedSession session, LocalDate date, SessionStatus status, int doneSeconds,
            PainReport pain) {
        this(id, session, date, status, doneSeconds, pain, null, Decision.REPEAT, false, Optional.empty(),
                Optional.empty());
    }

    public PastSession(long id, PlannedSession session, LocalDate date, SessionStatus status, int doneSeconds,
            PainReport pain, Cadence target) {
        this(id, session, date, status, doneSeconds, pain, target, Decision.REPEAT, false, Optional.empty(),
                Optional.empty());
    }

    public PastSession {
        if (session == null || date == null || status == null || decision == null) {
            throw new IllegalArgumentException("session, date, status and decision are required");
        }
        if (doneSeconds < 0) {
            throw new IllegalArgumentException("seconds done must be 0 or more, not " + doneSeconds);
        }
        recording = recording == null ? Optional.empty() : recording;
        settledOn = settledOn == null ? Optional.empty() : settledOn;
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

    private Cadence baselineForTiming() {
        return target == null ? NOMINAL_BASELINE
                : new Cadence(target.stepsPerMinute() / (1 + session.cadencePercent() / 100.0));
    }

    /**
     * Running the legs actually did: what the watch measured when there is a recording, else the plan as far as
     * it got. A session cut off while STARTED counts in full: we cannot know, and the limits should err towards
     * rest.
     */
    public double runningMinutesDone() {
        if (recording.isPresent()) {
            return recording.get().minutesRun();
        }
        switch (status) {
            case COMPLETED:
            case STARTED:
                return session.runningMinutes();
            case STOPPED_EARLY:
                return session.timeline(baselineForTiming()).runningTimeUntil(Duration.ofSeconds(doneSeconds))
                        .toMillis() / 60_000.0;
            default:
                return 0;
        }
    }

    /** Minutes on feet, as far as the session got (all of it when cut off). */
    public double minutesDone() {
        switch (status) {
            case COMPLETED:
            case STARTED:
                return session.totalSeconds() / 60.0;
            case STOPPED_EARLY:
                return doneSeconds / 60.0;
            default:
                return 0;
        }
    }

    /** The tissue load done (see {@link Load}). */
    public double loadDone() {
        double running = runningMinutesDone();
        return Load.of(Math.max(0, minutesDone() - running), running);
    }

    /** The most serious sign of a flare in this session, if any. */
    public Optional<FlareCause> flare() {
        return FlareCause.of(pain, stoppedForPain);
    }

    /** A session that earns progress: completed, pain at most 3, settled by the next morning, no limp. */
    public boolean good() {
        return status == SessionStatus.COMPLETED && pain != null && pain.morning() != null && flare().isEmpty();
    }

    public PastSession withPain(PainReport report) {
        return new PastSession(id, session, date, status, doneSeconds, report, target, decision, stoppedForPain,
                recording, settledOn);
    }

    public PastSession withRecording(RunRecording r) {
        return new PastSession(id, session, date, status, doneSeconds, pain, target, decision, stoppedForPain,
                Optional.of(r), settledOn);
    }

    public PastSession settled(LocalDate day) {
        return new PastSession(id, session, date, status, doneSeconds, pain, target, decision, stoppedForPain,
                recording, Optional.of(day));
    }
}
