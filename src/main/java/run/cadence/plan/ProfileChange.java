package run.cadence.plan;

import java.time.LocalDate;
import java.util.Optional;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;

/**
 * A change the runner asks of their profile; null fields stay as they are. {@code today} dates the entry checks
 * when they are answered.
 */
public record ProfileChange(Cadence baseline, CadenceIncrease increase, Stage start, EntryCheck walk, EntryCheck hop,
        Stairs stairs, LocalDate today) {

    public ProfileChange {
        if (today == null) {
            throw new IllegalArgumentException("a profile change needs the day it is made");
        }
    }

    public boolean changesAnything() {
        return baseline != null || increase != null || start != null || walk != null || hop != null
                || stairs != null;
    }

    /**
     * Refuses what can be refused before the history is opened, so bad input never creates or touches it: the
     * baseline with the increase, or a percentage on its own (valid or not whatever the baseline).
     *
     * @throws IllegalArgumentException with the profile's own message
     */
    public void check() {
        if (baseline != null) {
            Profile.startingWith(baseline, "entered").withIncrease(increase);
        } else if (increase instanceof CadenceIncrease.Percent) {
            Profile.startingWith(new Cadence(Profile.MIN_BASELINE), "check").withIncrease(increase);
        }
    }

    /**
     * The profile after the change; empty when there is none yet and no baseline to start one. A new start stage
     * counts only the sessions after {@code lastSessionId}.
     *
     * @throws IllegalArgumentException when the change makes an invalid profile (an increase too large for the
     *     stored baseline)
     */
    public Optional<Profile> applyTo(Optional<Profile> current, long lastSessionId) {
        if (current.isEmpty() && baseline == null) {
            return Optional.empty();
        }
        Profile p = current.orElseGet(() -> Profile.startingWith(baseline, "entered"));
        if (baseline != null) {
            p = p.withBaseline(baseline, "entered");
        }
        if (increase != null) {
            p = p.withIncrease(increase);
        }
        if (walk != null || hop != null) {
            p = p.withChecks(walk, hop, today);
        }
        if (stairs != null) {
            p = p.withStairs(stairs);
        }
        if (start != null) {
            p = p.startingAt(start, lastSessionId);
        }
        return Optional.of(p);
    }
}
