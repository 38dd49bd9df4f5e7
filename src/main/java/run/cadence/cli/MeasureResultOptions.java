package run.cadence.cli;

import picocli.CommandLine.Option;
import run.cadence.CadenceException;
import run.cadence.CadenceIncrease;
import run.cadence.measure.BaselineRecorder;

/** The options every measurement shares: how far above the baseline the target lies, and whether to save. */
final class MeasureResultOptions {
    @Option(names = "--increase", converter = IncreaseConverter.class, paramLabel = "PCT|+SPM",
            description = "Target above the baseline: 5%% (default), 7.5%% or +8 spm.")
    CadenceIncrease increase = CadenceIncrease.DEFAULT;

    @Option(names = "--save", description = "Make the result your profile's baseline cadence.")
    boolean save;

    /**
     * Where {@code --save} writes: the runner's profile. MERGE SEAM: with the store, add
     * {@code @Mixin DataDirOption data;} here and return
     * {@code (baseline, source) -> { try (HistoryStore s = data.open()) { s.saveBaseline(baseline, source); } }}.
     */
    BaselineRecorder profile() {
        return (baseline, source) -> {
            throw CadenceException.runtime("cannot save the baseline: no runner profile is available in this build",
                    null);
        };
    }
}
