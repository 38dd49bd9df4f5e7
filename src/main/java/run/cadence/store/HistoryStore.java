package run.cadence.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import run.cadence.Cadence;
import run.cadence.plan.PainReport;
import run.cadence.plan.PastSession;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.PlayOutcome;
import run.cadence.plan.Profile;

/**
 * The runner's profile, every session (planned → started → completed or stopped early) and its pain report.
 * Every write is one transaction: a process killed at any moment leaves either all of a write or none.
 * Failures are {@link run.cadence.CadenceException}s: BAD_DATA for a corrupt or newer database (never
 * overwritten), RUNTIME for I/O or a lock held too long.
 */
public interface HistoryStore extends AutoCloseable {

    /** Opens (creating if needed) the history in {@code dir}. */
    static HistoryStore open(DataDirectory dir) {
        return SqliteHistoryStore.open(dir.database());
    }

    Optional<Profile> profile();

    void saveProfile(Profile profile);

    /**
     * Records a measured or entered baseline, keeping the rest of the profile (or starting one with the
     * default +5% increase). For {@code cadence measure ... --save}: {@code source} says how it was measured,
     * e.g. "tap test 2026-11-26" or "run.fit".
     */
    default Profile saveBaseline(Cadence baseline, String source) {
        return updateProfile(current -> current.map(p -> p.withBaseline(baseline, source))
                .orElseGet(() -> Profile.startingWith(baseline, source)));
    }

    /**
     * Reads the profile (empty before the first), applies {@code change} and saves its result, all in one
     * write transaction, so a command saving the profile at the same time (say {@code measure --save}) waits
     * and then sees this change instead of overwriting it. Anything {@code change} throws saves nothing.
     * It gets an Optional rather than a Profile because the very first profile is made here too.
     */
    Profile updateProfile(java.util.function.Function<Optional<Profile>, Profile> change);

    /** Records the session the planner chose, to be played on {@code day}, as PLANNED; returns its id. */
    long recordPlanned(PlanDecision decision, LocalDate day, Cadence target);

    void markStarted(long sessionId);

    /** COMPLETED, or STOPPED_EARLY with how far it got. */
    void markFinished(long sessionId, PlayOutcome outcome);

    /**
     * Corrects how far a session got, e.g. a rendered session the runner stopped early on their phone:
     * STOPPED_EARLY after {@code done}. Refused for a session that was never started.
     */
    void correctStoppedAt(long sessionId, java.time.Duration done);

    /** Every session and strength or cross-training session, oldest first. */
    run.cadence.plan.History history();

    /** Every session, oldest first, with its pain report if any. */
    List<PastSession> sessions();

    /**
     * The most recent session that was actually run (started, completed, or stopped early after more than
     * 0:00: a failed play is kept in the history but is no session).
     */
    Optional<PastSession> lastRunSession();

    /** Saves (or replaces) the pain report of a session. */
    void savePain(long sessionId, PainReport report);


    /** The id of the newest session, 0 with none. */
    long lastSessionId();

    @Override
    void close();
}
