package run.cadence.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import run.cadence.Cadence;

/**
 * A running session as the history remembers it: what was planned and under which decision, when, how far it
 * got (and whether the runner stopped it for pain), the pain report, the watch recording, the day the runner
 * confirmed a flare had settled, the cadence it targeted as planned ({@code target}; baselines change
 * later), and what the play really did ({@code played}: skipped steps are neither walked nor run). {@code target}
 * is null only for sessions not stored, such as the planner's previews.
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
        Optional<LocalDate> settledOn,
        Played played) {

    /**
     * What the player reported beyond the time played ({@code doneSeconds}): the running it played, empty for sessions
     * recorded before it was kept (and for a render the runner stopped on the phone, {@code log --stopped-at}), and
     * how many steps the runner skipped.
     */
    public record Played(OptionalInt runningSeconds, int stepsSkipped) {
        public static final Played UNKNOWN = new Played(OptionalInt.empty(), 0);

        public Played {
            if (runningSeconds == null || runningSeconds.orElse(0) < 0 || stepsSkipped < 0) {
                throw new IllegalArgumentException("running played and steps skipped are 0 or more");
            }
        }
    }

    /** Timing does not depend on the baseline; this one serves sessions stored without a target. */
    private static final Cadence NOMINAL_BASELINE = new Cadence(160);

    public PastSession(long id, PlannedSession session, LocalDate date, SessionStatus status, int doneSeconds,
            PainReport pain) {
        this(id, session, date, status, doneSeconds, pain, null, Decision.REPEAT, false, Optional.empty(),
                Optional.empty(), Played.UNKNOWN);
    }

    public PastSession(long id, PlannedSession session, LocalDate date, SessionStatus status, int doneSeconds,
            PainReport pain, Cadence target) {
        this(id, session, date, status, doneSeconds, pain, target, Decision.REPEAT, false, Optional.empty(),
                Optional.empty(), Played.UNKNOWN);
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
        played = played == null ? Played.UNKNOWN : played;
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
                : target.beforePercent(session.cadencePercent());
    }

    /**
     * Running the legs actually did: what the watch measured when there is a recording, else what the player
     * played (skipped running left out), else, for sessions recorded before that was kept, the plan as far as it
     * got. A session cut off while STARTED counts in full: we cannot know, and the limits should err towards rest.
     */
    public double runningMinutesDone() {
        if (recording.isPresent()) {
            return recording.get().minutesRun();
        }
        return switch (status) {
            case STARTED -> session.runningMinutes();
            case COMPLETED, STOPPED_EARLY -> played.runningSeconds().isPresent()
                    ? played.runningSeconds().getAsInt() / 60.0
                    : status == SessionStatus.COMPLETED ? session.runningMinutes() : plannedRunningUntil(doneSeconds);
            case PLANNED -> 0;
        };
    }

    /** The plan's running in its first {@code seconds}, for a play that went straight through. */
    private double plannedRunningUntil(int seconds) {
        return session.timeline(baselineForTiming()).runningTimeUntil(Duration.ofSeconds(seconds)).toMillis()
                / 60_000.0;
    }

    /** Minutes on feet, as far as the session got (skipped steps left out; all of it when cut off). */
    public double minutesDone() {
        return switch (status) {
            case STARTED -> session.totalSeconds() / 60.0;
            case COMPLETED, STOPPED_EARLY -> doneSeconds / 60.0;
            case PLANNED -> 0;
        };
    }

    /**
     * Whether the play reached its end with some of its running skipped: the session was not done as planned, so it
     * never counts towards moving on (the running that was played still counts as load). A second of slack covers
     * the whole seconds the history keeps.
     */
    public boolean skippedRunning() {
        if (status != SessionStatus.COMPLETED || played.stepsSkipped() == 0 || played.runningSeconds().isEmpty()) {
            return false;
        }
        return played.runningSeconds().getAsInt() < plannedRunningSeconds() - 1;
    }

    /** The running the session plans, in whole seconds, as the player plays it. */
    public int plannedRunningSeconds() {
        return (int) session.timeline(baselineForTiming()).runningTime().toSeconds();
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

    /**
     * A session that earns progress: completed with none of its running skipped, pain at most 3, settled by the next
     * morning, no limp.
     */
    public boolean good() {
        return status == SessionStatus.COMPLETED && !skippedRunning() && pain != null && pain.morning() != null
                && flare().isEmpty();
    }

    public PastSession withPain(PainReport report) {
        return new PastSession(id, session, date, status, doneSeconds, report, target, decision, stoppedForPain,
                recording, settledOn, played);
    }

    public PastSession withRecording(RunRecording r) {
        return new PastSession(id, session, date, status, doneSeconds, pain, target, decision, stoppedForPain,
                Optional.of(r), settledOn, played);
    }

    public PastSession settled(LocalDate day) {
        return new PastSession(id, session, date, status, doneSeconds, pain, target, decision, stoppedForPain,
                recording, Optional.of(day), played);
    }
}
