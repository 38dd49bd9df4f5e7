package run.cadence.cli;

import picocli.CommandLine.Option;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;

/** --baseline and --increase, shared by the commands that derive a target cadence from the runner's own. */
final class BaselineOptions {
    @Option(names = "--baseline", paramLabel = "SPM", converter = BaselineConverter.class,
            description = "Your preferred (measured) cadence; the target is this plus --increase.")
    Cadence baseline;

    @Option(names = "--increase", paramLabel = "PCT|+SPM", converter = IncreaseConverter.class,
            description = "Added to --baseline: a percentage (default 5%%) or steps per minute like +8.")
    CadenceIncrease increase;

    /** The increase given, or the default +5%. */
    CadenceIncrease increaseOrDefault() {
        return increase != null ? increase : CadenceIncrease.DEFAULT;
    }
}
