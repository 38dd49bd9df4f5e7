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
import run.cadence.plan.ProfileChange;
import run.cadence.plan.SessionLog;

/**
 * The runner's profile, every session (planned → started → completed or stopped early) and its pain report.
 * Every write is one transaction: a process killed at any moment leaves either all of a write or none.
 * Failures are {@link StoreException}s naming a {@link StoreProblem}: BAD_DATA for a corrupt or newer database (never
 * overwritten), RUNTIME for I/O or a lock held too long.
 */
public interface HistoryStore extends SessionLog, AutoCloseable {

    /** Opens (creating if needed) the history in {@code dir}. */
    static HistoryStore open(DataDirectory dir) {
        return SqliteHistoryStore.open(dir.database());
    }

    void saveProfile(Profile profile);

    /**
     * Lets go of the file until the next call, which opens it again: for the minutes a session plays or renders, so a
     * process stopped meanwhile leaves nothing open beside the history.
     */
    void rest();

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

    /**
     * Applies {@code change} to the profile in one transaction, as {@link #updateProfile} does; a damaged profile
     * row is set again when the change gives new values for every damaged column (the rest is kept).
     *
     * @return the profile saved, or empty when there is none and the change gives no baseline to start one
     * @throws StoreException {@link StoreProblem.DamagedProfile} naming the damaged columns the change leaves
     */
    Optional<Profile> changeProfile(ProfileChange change);

    /** Every session, oldest first, with its pain report if any. */
    List<PastSession> sessions();

    /**
     * The most recent session that was actually run (started, completed, or stopped early after more than
     * 0:00: a failed play is kept in the history but is no session).
     */
    Optional<PastSession> lastRunSession();

    @Override
    void close();
}
