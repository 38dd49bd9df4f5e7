package run.cadence.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "cadence",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Running-cadence metronome and return-to-run audio coach.",
                "Raise your step rate about 5%% over your preferred cadence to cut knee load."},
        subcommands = {
                PlayCommand.class,
                SessionsCommand.class,
                RunCommand.class,
                ProfileCommand.class,
                PlanCommand.class,
                NextCommand.class,
                LogCommand.class,
                HistoryCommand.class,
                ExportCommand.class,
                MeasureCommand.class,
                SoundsCommand.class,
                DevicesCommand.class,
                CueCommand.class,
                MusicCommand.class,
                AutoComplete.GenerateCompletion.class,
        },
        footer = {"", "Exit codes: 0 ok, 1 runtime failure, 2 bad input, 3 bad stored data, 4 internal error."})
public final class CadenceCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces with errors.")
    boolean verbose;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command, e.g. 'cadence play --baseline 164'");
    }
}
