package run.cadence.measure;

import java.util.Optional;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;

/**
 * The runner's profile as a measurement sees it: the increase it aims for, and where a measured baseline goes
 * when the runner says {@code --save}. The measuring code knows nothing of how profiles are stored; the CLI is
 * handed a recorder.
 */
public interface BaselineRecorder {

    /**
     * The increase the runner's saved profile aims for, so a measurement shows the target the plans will use;
     * empty when there is no profile yet. Reading it never creates a profile.
     */
    Optional<CadenceIncrease> savedIncrease();

    /**
     * Makes {@code baseline} the runner's baseline cadence and, when {@code increase} is given, the increase
     * they aim for, in one write: the target shown is the target saved.
     *
     * @param source how it was measured, for the profile's history: "tap test", "run.fit", "steps.wav"
     * @param increase a new increase, already checked against the profile's rules; empty keeps the profile's
     * @throws run.cadence.CadenceException when it cannot be stored; nothing already saved may be lost
     */
    void record(Cadence baseline, String source, Optional<CadenceIncrease> increase);
}
