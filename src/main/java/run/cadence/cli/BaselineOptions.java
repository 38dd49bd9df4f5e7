package run.cadence.cli;

import picocli.CommandLine.Option;
import run.cadence.CadenceIncrease;

/** The options every measurement shares: how far above the baseline the target lies, and whether to save. */
final class BaselineOptions {
    @Option(names = "--increase", converter = IncreaseConverter.class, paramLabel = "PERCENT|SPM",
            description = "Target above the baseline: 5%% (default), 7.5%% or +8 spm.")
    CadenceIncrease increase = CadenceIncrease.DEFAULT;

    @Option(names = "--save", description = "Make the result your profile's baseline cadence.")
    boolean save;
}
