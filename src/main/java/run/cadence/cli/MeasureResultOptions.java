package run.cadence.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;
import run.cadence.measure.BaselineRecorder;
import run.cadence.plan.Profile;
import run.cadence.store.DataDirectory;
import run.cadence.store.HistoryStore;

/** The options every measurement shares: how far above the baseline the target lies, and whether to save. */
final class MeasureResultOptions {
    /** Null when not given: the target then follows the runner's profile, as the plans will. */
    @Option(names = "--increase", converter = IncreaseConverter.class, paramLabel = "PCT|+SPM",
            description = "Target above the baseline: 5%%, 7.5%% or +8 spm (default: your profile's increase,"
                    + " else 5%%). With --save it becomes your profile's increase too (at most +10%%).")
    CadenceIncrease increase;

    @Option(names = "--save", description = "Make the result your profile's baseline cadence.")
    boolean save;

    @Mixin
    DataDirOption data;

    /** After a baseline is saved: whether the runner's recent recorded runs held more than its target. */
    void noteIfBelowRecentRuns(PrintWriter out, Cadence target) {
        try (HistoryStore store = HistoryStore.open(data.directory())) {
            BaselineCheck.noteIfBelowRecentRuns(out, store.history(), target, LocalDate.now());
        }
    }

    /** The runner's profile in the history; every write is one transaction. */
    BaselineRecorder profile() {
        return new BaselineRecorder() {
            @Override
            public Optional<CadenceIncrease> savedIncrease() {
                DataDirectory dir = data.directory();
                // Only looking: a measurement without --save must not create a history.
                if (!Files.exists(dir.database())) {
                    return Optional.empty();
                }
                try (HistoryStore store = HistoryStore.open(dir)) {
                    return store.profile().map(Profile::increase);
                }
            }

            @Override
            public void record(Cadence baseline, String source, Optional<CadenceIncrease> newIncrease) {
                try (HistoryStore store = data.open()) {
                    // One read-modify-write transaction: a profile change by another command cannot be lost.
                    store.updateProfile(current -> {
                        Profile withBaseline = current.map(p -> p.withBaseline(baseline, source))
                                .orElseGet(() -> Profile.startingWith(baseline, source));
                        return newIncrease.map(withBaseline::withIncrease).orElse(withBaseline);
                    });
                }
            }
        };
    }
}
