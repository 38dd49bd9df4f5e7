package run.cadence.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
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
        footer = {"", "Exit codes: 0 ok, 1 runtime failure, 2 bad input, 3 bad stored data, 4 internal error."})
public final class CadenceCommand implements Runnable {
    /**
     * The subcommands, in the order help lists them. Not in the annotation: picocli reflects over every command
     * class it is given before parsing, which took 300 ms of a 0.4 s start; {@link Cli} adds only the one that
     * runs (all of them for help, completion and an unknown name).
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("play", PlayCommand::new);
        m.put("sessions", SessionsCommand::new);
        m.put("run", RunCommand::new);
        m.put("profile", ProfileCommand::new);
        m.put("plan", PlanCommand::new);
        m.put("next", NextCommand::new);
        m.put("log", LogCommand::new);
        m.put("history", HistoryCommand::new);
        m.put("export", ExportCommand::new);
        m.put("measure", MeasureCommand::new);
        m.put("sounds", SoundsCommand::new);
        m.put("devices", DevicesCommand::new);
        m.put("cue", CueCommand::new);
        m.put("generate-completion", AutoComplete.GenerateCompletion::new);
        return Collections.unmodifiableMap(m);
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces with errors.")
    boolean verbose;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command, e.g. 'cadence play --baseline 164'");
    }
}
