package run.cadence.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("play", PlayCommand.class);
        m.put("sessions", SessionsCommand.class);
        m.put("run", RunCommand.class);
        m.put("profile", ProfileCommand.class);
        m.put("plan", PlanCommand.class);
        m.put("next", NextCommand.class);
        m.put("log", LogCommand.class);
        m.put("history", HistoryCommand.class);
        m.put("export", ExportCommand.class);
        m.put("measure", MeasureCommand.class);
        m.put("sounds", SoundsCommand.class);
        m.put("devices", DevicesCommand.class);
        m.put("cue", CueCommand.class);
        m.put("music", MusicCommand.class);
        m.put("generate-completion", AutoComplete.GenerateCompletion.class);
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
