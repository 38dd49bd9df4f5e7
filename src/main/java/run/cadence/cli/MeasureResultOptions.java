package run.cadence.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import run.cadence.CadenceIncrease;
import run.cadence.measure.BaselineRecorder;
import run.cadence.store.HistoryStore;

/** The options every measurement shares: how far above the baseline the target lies, and whether to save. */
final class MeasureResultOptions {
    @Option(names = "--increase", converter = IncreaseConverter.class, paramLabel = "PCT|+SPM",
            description = "Target above the baseline: 5%% (default), 7.5%% or +8 spm.")
    CadenceIncrease increase = CadenceIncrease.DEFAULT;

    @Option(names = "--save", description = "Make the result your profile's baseline cadence.")
    boolean save;

    @Mixin
    DataDirOption data;

    /** Where {@code --save} writes: the runner's profile in the history, in one transaction. */
    BaselineRecorder profile() {
        return (baseline, source) -> {
            try (HistoryStore store = data.open()) {
                store.saveBaseline(baseline, source);
            }
        };
    }
}
