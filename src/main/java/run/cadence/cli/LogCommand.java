package run.cadence.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import run.cadence.CadenceException;
import run.cadence.measure.Activity;
import run.cadence.measure.ActivityReader;
import run.cadence.plan.LogActivity;
import run.cadence.plan.PainEntry;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.Planner;
import run.cadence.plan.Profile;
import run.cadence.store.HistoryStore;

@Command(name = "log", mixinStandardHelpOptions = true,
        description = {"Log your last session: pain (0-10) during and after it and the next morning, a watch recording"
                + " of it, that a flare has settled.", "With no options in a terminal, asks for each pain value."},
        footer = {"", "Examples:", "  cadence log --during 2 --after 1", "  cadence log --morning 0",
                "  cadence log --activity Morning_Run.fit     (the cadence your watch measured on the runs)",
                "  cadence log --settled                      (the pain from the last flare has settled)",
                "  cadence log --during 5 --after 6 --limp --note \"sharp outside knee\""})
public final class LogCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Mixin
    TodayOption today;

    @Option(names = "--during", paramLabel = "0-10", description = "Worst pain during the session.")
    Integer during;

    @Option(names = "--after", paramLabel = "0-10", description = "Pain just after the session.")
    Integer after;

    @Option(names = "--morning", paramLabel = "0-10", description = "Pain the next morning.")
    Integer morning;

    @Option(names = "--limp", negatable = true, description = "You limped during or after the session"
            + " (--no-limp takes back a limp logged by mistake).")
    Boolean limp;

    @Option(names = "--note", paramLabel = "TEXT", description = "Anything worth remembering.")
    String note;

    @Option(names = "--stopped-at", paramLabel = "TIME", converter = DurationConverter.class,
            description = "You stopped the session early after TIME (e.g. 12m30s); for sessions rendered"
                    + " with --out and run from a phone.")
    Duration stoppedAt;

    @Option(names = "--activity", paramLabel = "FILE",
            description = "A watch or phone recording of the run (FIT, TCX or GPX): the cadence on each run step.")
    Path activity;

    @Option(names = "--session", paramLabel = "N", description = "The session the pain report or the recording is for"
            + " (see cadence history; a recording needs a run): by default the last run, or what you did after it.")
    Long session;

    @Option(names = "--settled", description = "The pain from your last flare has settled: the next run may go ahead.")
    boolean settled;

    private final Environment env;

    LogCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        checkScale("--during", during);
        checkScale("--after", after);
        checkScale("--morning", morning);
        PainEntry entry = new PainEntry(during, after, morning, Boolean.TRUE.equals(limp), note,
                Boolean.FALSE.equals(limp));
        if (!entry.any() && stoppedAt == null && activity == null && !settled) {
            Environment.Questions console = env.questions().orElse(null);
            if (console == null) {
                throw CadenceException.badInput("nothing to log: give pain values (--during N --after N, 0-10;"
                        + " --morning N the next morning), --activity FILE or --settled");
            }
            entry = askInteractively(console);
        }
        PainEntry pain = entry;
        // The recording is read and checked before the history is opened for writing: a bad or foreign file
        // leaves everything as it was.
        Activity recorded = activity == null ? null : ActivityReader.forFile(activity).read(activity);
        LogActivity.FileId file = activity == null ? null : LogActivity.FileId.of(activity);
        PrintWriter out = spec.commandLine().getOut();
        LocalDate day = today.date();
        try (HistoryStore store = data.openExisting()) {
            // Read first: a damaged profile or session refuses the command before anything is written.
            Optional<Profile> profile = store.profile();
            store.history();
            // Every write in one transaction, and its lines printed only once it is kept: a refusal part-way (a
            // morning report without one for during and after) leaves the history as it was, and says nothing
            // was logged.
            StringWriter lines = new StringWriter();
            PrintWriter w = new PrintWriter(lines);
            LogActivity.Outcome.Ready ready = store.inOneTransaction(() -> write(store, pain, recorded, file, day, w));
            w.flush();
            out.print(lines);
            if (profile.isPresent()) {
                PlanDecision next = new Planner().next(profile.get(), store.history(), day);
                out.println(SessionSummary.when(next, day) + ": " + SessionSummary.line(next.session(), profile.get()));
                for (run.cadence.plan.Reason r : ActivityWords.worthSaying(next, ready != null)) {
                    out.println("  " + PlanWords.say(r, next));
                }
            }
        }
        return 0;
    }

    /** The writes this command was asked for, each with its line; the recording's, if any, is returned. */
    private LogActivity.Outcome.Ready write(HistoryStore store, PainEntry pain, Activity recorded,
            LogActivity.FileId file, LocalDate day, PrintWriter w) {
        LogActivity.Outcome prepared = recorded == null ? null
                : LogActivity.prepare(store, recorded, file, Optional.ofNullable(session));
        LogActivity.Outcome.Ready ready = prepared == null ? null : ActivityWords.readyOrRefuse(prepared, activity);
        PainEntry.Target painFor = pain.any() ? LogWrites.painTarget(store, pain, Optional.ofNullable(session)) : null;
        if (stoppedAt != null) {
            LogWrites.stoppedAt(store, stoppedAt, w);
        }
        if (pain.any()) {
            LogWrites.pain(store, pain, painFor, w);
        }
        if (ready != null) {
            boolean saved = LogActivity.save(store, ready);
            w.println(ActivityWords.saved(ready, saved));
        } else if (prepared instanceof LogActivity.Outcome.AlreadyLogged a) {
            w.println("The recording is already logged for the run on " + PlanWords.day(a.run().date())
                    + "; nothing changed.");
        }
        if (settled) {
            w.println(LogWrites.settled(store, day));
        }
        return ready;
    }

    private static void checkScale(String option, Integer value) {
        if (value != null && (value < 0 || value > 10)) {
            throw CadenceException.badInput("pain " + option + " " + value
                    + " is outside the 0-10 scale (0 none, 10 worst imaginable)");
        }
    }

    private static PainEntry askInteractively(Environment.Questions console) {
        Integer d = ask(console, "Pain during the session, 0-10 (Enter to skip): ");
        Integer a = ask(console, "Pain just after, 0-10 (Enter to skip): ");
        Integer m = ask(console, "Pain this morning, if it is the next morning, 0-10 (Enter to skip): ");
        String l = console.ask("Did you limp? [y/N]: ");
        String n = console.ask("Note (Enter to skip): ");
        return new PainEntry(d, a, m, l != null && l.trim().toLowerCase(Locale.ROOT).startsWith("y"),
                n == null || n.isBlank() ? null : n);
    }

    private static Integer ask(Environment.Questions console, String prompt) {
        while (true) {
            String line = console.ask(prompt);
            if (line == null || line.isBlank()) {
                return null;
            }
            try {
                int v = Integer.parseInt(line.trim());
                if (v >= 0 && v <= 10) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // asked again below
            }
            console.say("Please answer with a whole number from 0 (none) to 10 (worst imaginable).");
        }
    }
}
