package run.cadence.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export sessions as audio files for a phone or music player, or as FIT workouts for a watch.",
        subcommands = {ExportPlanCommand.class, ExportWorkoutCommand.class})
public final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing what to export, e.g. 'cadence export plan --out DIR'"
                + " or 'cadence export workout run-walk-2-3 --out DIR'");
    }
}
