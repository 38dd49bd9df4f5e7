package run.cadence.cli;

import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import run.cadence.DurationText;
import run.cadence.session.SessionLibrary;
import run.cadence.session.Workout;

@Command(name = "sessions",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"List the built-in sessions: name, length and what each is for.",
                "'cadence sessions show NAME|FILE' prints one expanded, with its spoken cues."},
        subcommands = {SessionsShowCommand.class})
public final class SessionsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        int width = 0;
        for (String name : SessionLibrary.NAMES) {
            width = Math.max(width, name.length());
        }
        for (String name : SessionLibrary.NAMES) {
            Workout w = SessionLibrary.builtIn(name).orElseThrow();
            out.println(String.format(Locale.ROOT, "%-" + width + "s  %7s  %s", name, DurationText.format(w.duration()),
                    w.description()));
        }
    }
}
