package run.cadence.plan;

import java.time.LocalDate;
import java.util.Optional;

/** A strength or cross-training session as the history remembers it. */
public record PastExtra(long id, ExtraSession session, LocalDate date, SessionStatus status, int doneSeconds,
        PainReport pain, boolean stoppedForPain, Optional<LocalDate> settledOn) {

    public PastExtra {
        if (session == null || date == null || status == null) {
            throw new IllegalArgumentException("session, date and status are required");
        }
        if (doneSeconds < 0) {
            throw new IllegalArgumentException("seconds done must be 0 or more, not " + doneSeconds);
        }
        settledOn = settledOn == null ? Optional.empty() : settledOn;
    }

    public boolean didAnything() {
        return status.wasRun() && (status != SessionStatus.STOPPED_EARLY || doneSeconds > 0);
    }

    /** A severe sign here (pain above 5, a limp, the pain key) keeps the next run waiting until it settles. */
    public Optional<FlareCause> severeFlare() {
        return FlareCause.of(pain, stoppedForPain).filter(FlareCause::severe);
    }

    public PastExtra withPain(PainReport report) {
        return new PastExtra(id, session, date, status, doneSeconds, report, stoppedForPain, settledOn);
    }

    public PastExtra settled(LocalDate day) {
        return new PastExtra(id, session, date, status, doneSeconds, pain, stoppedForPain, Optional.of(day));
    }
}
