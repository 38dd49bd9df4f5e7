package run.cadence.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import run.cadence.CadenceException;
import run.cadence.audio.ClickSound;
import run.cadence.audio.ClickSynth;
import run.cadence.audio.io.ClickSounds;

@Command(name = "sounds", mixinStandardHelpOptions = true,
        description = "List the built-in click sounds (use one with 'cadence play --sound NAME').",
        subcommands = SoundsCommand.Generate.class)
public final class SoundsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        for (String name : ClickSynth.NAMES) {
            ClickSound s = ClickSounds.load(name, 44_100);
            o.printf(Locale.ROOT, "%-10s %3.0f ms%n", name, s.normal().length * 1000.0 / 44_100);
        }
        o.println("Or give a path to your own WAV file: --sound ~/clicks/tick.wav");
        return ExitCodes.OK;
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Remake the built-in click WAV files (this is how sounds/ was made).")
    static final class Generate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", defaultValue = "sounds", description = "Folder to write. Default: ${DEFAULT-VALUE}.")
        Path dir;

        @Option(names = "--rate", defaultValue = "44100", description = "Sample rate. Default: ${DEFAULT-VALUE}.")
        int rate;

        @Override
        public Integer call() throws IOException {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw CadenceException.badInput("cannot write the click sounds into '" + dir + "': it is a file, not"
                        + " a folder; give the folder to write them into (default: sounds)");
            }
            List<String> written = ClickSounds.generate(dir, rate);
            PrintWriter out = spec.commandLine().getOut();
            List<String> same = ClickSynth.NAMES.stream().filter(n -> !written.contains(n)).toList();
            if (written.isEmpty()) {
                out.println("Unchanged: " + String.join(", ", same) + " in " + dir + " already hold these sounds");
            } else {
                out.println("Wrote " + String.join(", ", written) + " to " + dir
                        + (same.isEmpty() ? "" : " (" + String.join(", ", same) + " unchanged)"));
            }
            return ExitCodes.OK;
        }
    }
}
