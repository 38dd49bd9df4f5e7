package run.cadence.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import run.cadence.Cadence;

/**
 * The planner's port to the history: what its services read and write. The store implements it; the planner
 * never sees SQL. Every write is one transaction.
 */
public interface SessionLog {
    Optional<Profile> profile();

    /** Every run and every strength or cross-training session, with reports, recordings and confirmations. */
    History history();

    /** Records the run the planner chose, to be played on {@code day}, as planned; returns its id. */
    long recordPlanned(PlanDecision decision, LocalDate day, Cadence target);

    /**
     * Records a strength or cross-training session as planned for {@code day}; {@code atLevel} is the run level the
     * runner is at and {@code target} its cadence, kept with it for the history's stage column. Returns its id.
     */
    long recordPlanned(ExtraSession session, LocalDate day, PlannedSession atLevel, Cadence target);

    /** It started playing; {@code liveStart} when it plays live now (a rendered file is run later, or never). */
    void markStarted(long id, Optional<Instant> liveStart);

    /** Completed, or stopped early with how far it got and why. */
    void markFinished(long id, PlayOutcome outcome);

    /**
     * Runs {@code writes} (calls of this log's own write methods) as one transaction: all of them are kept, or none.
     * A rendered session is recorded this way once its file is whole, planned to finished in one step.
     */
    <T> T inOneTransaction(Supplier<T> writes);

    /** A rendered session the runner stopped early on their phone: stopped after {@code done}. */
    void correctStoppedAt(long id, Duration done);

    /** Saves (or replaces) the pain report of a session. */
    void savePain(long id, PainReport report);

    /** The runner says the flare of session {@code id} has settled, on {@code day}. */
    void confirmSettled(long id, LocalDate day);

    /**
     * Attaches a watch recording to run {@code id}, replacing another file's. False when this very file (hash and
     * size) is already attached to it: nothing changes.
     */
    boolean saveRecording(long id, RunRecording recording);

    /** When session {@code id} started playing live, if it did (see {@link #markStarted}). */
    Optional<Instant> liveStart(long id);

    /** The session a recording file (by hash and size) is attached to, if any. */
    Optional<Long> sessionWithRecording(String sha256, long sizeBytes);

    /** The id of the newest session of any kind, 0 with none. */
    long lastSessionId();
}
