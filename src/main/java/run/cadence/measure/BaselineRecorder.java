package run.cadence.measure;

import run.cadence.Cadence;

/**
 * Where a measured baseline goes when the runner says {@code --save}: the runner's profile. The measuring
 * code knows nothing of how profiles are stored; the CLI is handed a recorder.
 */
@FunctionalInterface
public interface BaselineRecorder {

    /**
     * Makes {@code baseline} the runner's baseline cadence.
     *
     * @param source how it was measured, for the profile's history: "tap test", "run.fit", "steps.wav"
     * @throws run.cadence.CadenceException when it cannot be stored; nothing already saved may be lost
     */
    void record(Cadence baseline, String source);
}
