package run.cadence.plan;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A strength or cross-training session as the history remembers it; {@code stepsSkipped}: the steps (sets, holds)
 * the runner skipped with the next-step key, so a session played to its end that way is no dose done.
 */
public record PastExtra(long id, ExtraSession session, LocalDate date, SessionStatus status, int doneSeconds,
        PainReport pain, boolean stoppedForPain, Optional<LocalDate> settledOn, int stepsSkipped) {

    /** Nothing skipped. */
    public PastExtra(long id, ExtraSession session, LocalDate date, SessionStatus status, int doneSeconds,
            PainReport pain, boolean stoppedForPain, Optional<LocalDate> settledOn) {
        this(id, session, date, status, doneSeconds, pain, stoppedForPain, settledOn, 0);
    }

    public PastExtra {
        if (session == null || date == null || status == null) {
            throw new IllegalArgumentException("session, date and status are required");
        }
        if (doneSeconds < 0) {
            throw new IllegalArgumentException("seconds done must be 0 or more, not " + doneSeconds);
        }
        if (stepsSkipped < 0) {
            throw new IllegalArgumentException("steps skipped must be 0 or more, not " + stepsSkipped);
        }
        settledOn = settledOn == null ? Optional.empty() : settledOn;
    }

    /** Played to its end with nothing skipped: the whole dose was done. */
    public boolean completedWhole() {
        return status == SessionStatus.COMPLETED && stepsSkipped == 0;
    }

    public boolean didAnything() {
        return status.wasRun() && (status != SessionStatus.STOPPED_EARLY || doneSeconds > 0);
    }

    /** A severe sign here (pain above 5, a limp, the pain key) keeps the next run waiting until it settles. */
    public Optional<FlareCause> severeFlare() {
        return FlareCause.of(pain, stoppedForPain).filter(FlareCause::severe);
    }

    public PastExtra withPain(PainReport report) {
        return new PastExtra(id, session, date, status, doneSeconds, report, stoppedForPain, settledOn, stepsSkipped);
    }

    public PastExtra settled(LocalDate day) {
        return new PastExtra(id, session, date, status, doneSeconds, pain, stoppedForPain, Optional.of(day),
                stepsSkipped);
    }
}
