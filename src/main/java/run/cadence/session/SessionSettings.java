package run.cadence.session;

import java.util.Optional;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;

/**
 * What a workout needs from the runner to become a timeline: their baseline (for "+5%", "baseline" and run
 * steps that follow their target), the increase that makes their target, and an optional walking cadence.
 */
public record SessionSettings(Optional<Cadence> baseline, CadenceIncrease increase, Optional<Cadence> walkCadence) {
    public static final SessionSettings NO_BASELINE =
            new SessionSettings(Optional.empty(), CadenceIncrease.DEFAULT, Optional.empty());

    /**
     * @throws CadenceProblem.TargetOutOfRange when baseline plus increase falls outside the metronome's 40-250
     *     spm, checked here once whether or not the workout has run steps
     */
    public SessionSettings {
        baseline = baseline == null ? Optional.empty() : baseline;
        increase = increase == null ? CadenceIncrease.DEFAULT : increase;
        walkCadence = walkCadence == null ? Optional.empty() : walkCadence;
        if (baseline.isPresent()) {
            checkTarget(baseline.get(), increase);
        }
    }

    private static void checkTarget(Cadence baseline, CadenceIncrease increase) {
        // Unchecked, unlike CadenceIncrease.apply, which can only say the result is out of range.
        double target = increase.targetSpm(baseline);
        if (!(target >= Cadence.MIN && target <= Cadence.MAX)) {
            throw new CadenceProblem.TargetOutOfRange(baseline, increase, target);
        }
    }

    public static SessionSettings withBaseline(Cadence baseline) {
        return new SessionSettings(Optional.of(baseline), CadenceIncrease.DEFAULT, Optional.empty());
    }

    /** The runner's target cadence (baseline plus increase), when a baseline is known. */
    public Optional<Cadence> target() {
        return baseline.map(increase::apply);
    }
}
