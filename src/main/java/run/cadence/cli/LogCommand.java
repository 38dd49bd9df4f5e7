package run.cadence.cli;

import java.io.Console;
import java.io.PrintWriter;
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
import run.cadence.plan.PainReport;
import run.cadence.plan.PastSession;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.Planner;
import run.cadence.plan.Profile;
import run.cadence.store.HistoryStore;

@Command(name = "log", mixinStandardHelpOptions = true,
        description = {"Log pain (0-10) for your last session: during and after it, and the next morning.",
                "With no options in a terminal, asks for each value."},
        footer = {"", "Examples:", "  cadence log --during 2 --after 1",
                "  cadence log --morning 0", "  cadence log --during 5 --after 6 --limp --note \"sharp outside knee\""})
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

    @Option(names = "--limp", description = "You limped during or after the session.")
    boolean limp;

    @Option(names = "--note", paramLabel = "TEXT", description = "Anything worth remembering.")
    String note;

    @Option(names = "--stopped-at", paramLabel = "TIME", converter = DurationConverter.class,
            description = "You stopped the session early after TIME (e.g. 12m30s); for sessions rendered"
                    + " with --out and run from a phone.")
    java.time.Duration stoppedAt;

    @Override
    public Integer call() {
        checkScale("--during", during);
        checkScale("--after", after);
        checkScale("--morning", morning);
        boolean nothingGiven = during == null && after == null && morning == null && !limp && note == null
                && stoppedAt == null;
        if (nothingGiven) {
            Console console = System.console();
            if (console == null) {
                throw CadenceException.badInput("no pain values given: use --during N --after N (0-10), and"
                        + " --morning N the next morning");
            }
            askInteractively(console);
        }
        PrintWriter w = spec.commandLine().getOut();
        try (HistoryStore store = data.openExisting()) {
            PastSession last = store.lastRunSession().orElseThrow(() -> CadenceException.badInput(
                    "no session to attach the pain report to: play one with cadence next first"));
            if (stoppedAt != null) {
                int total = last.session().totalSeconds();
                if (stoppedAt.toSeconds() >= total) {
                    throw CadenceException.badInput("--stopped-at " + run.cadence.DurationText.format(stoppedAt)
                            + " is not before the end of the " + total / 60 + " min session on "
                            + PlanWords.day(last.date()));
                }
            }
            boolean painGiven = during != null || after != null || morning != null || limp || note != null;
            Optional<PainReport> before = last.painReport();
            if (painGiven && before.isEmpty() && (during == null || after == null)) {
                throw CadenceException.badInput("the first report for the session on "
                        + PlanWords.day(last.date()) + " needs both --during and --after");
            }
            if (stoppedAt != null) {
                store.correctStoppedAt(last.id(), stoppedAt);
                w.println("Recorded: the session on " + PlanWords.day(last.date()) + " stopped early after "
                        + run.cadence.DurationText.clock(stoppedAt) + ".");
            }
            if (!painGiven) {
                return 0;
            }
            PainReport report = new PainReport(
                    during != null ? during : before.get().during(),
                    after != null ? after : before.get().after(),
                    morning != null ? morning : before.map(PainReport::morning).orElse(null),
                    limp || before.map(PainReport::limp).orElse(false),
                    note != null ? note : before.map(PainReport::note).orElse(null));
            store.savePain(last.id(), report);
            w.println("Logged for the session on " + PlanWords.day(last.date()) + " ("
                    + SessionText.describe(last.session()) + "): " + PlanWords.pain(report) + ".");
            Profile profile = store.profile().orElse(null);
            if (profile != null) {
                PlanDecision next = new Planner().next(profile, store.history(), today.date());
                w.println(SessionSummary.when(next, today.date()) + ": " + SessionSummary.line(next.session(), profile));
                w.println("  " + PlanWords.say(next.reasons().get(0), next));
            }
        }
        return 0;
    }

    private static void checkScale(String option, Integer value) {
        if (value != null && (value < 0 || value > 10)) {
            throw CadenceException.badInput("pain " + option + " " + value
                    + " is outside the 0-10 scale (0 none, 10 worst imaginable)");
        }
    }

    private void askInteractively(Console console) {
        during = ask(console, "Pain during the session, 0-10 (Enter to skip): ");
        after = ask(console, "Pain just after, 0-10 (Enter to skip): ");
        morning = ask(console, "Pain this morning, if it is the next morning, 0-10 (Enter to skip): ");
        String l = console.readLine("Did you limp? [y/N]: ");
        limp = l != null && l.trim().toLowerCase(Locale.ROOT).startsWith("y");
        String n = console.readLine("Note (Enter to skip): ");
        note = n == null || n.isBlank() ? null : n;
    }

    private static Integer ask(Console console, String prompt) {
        while (true) {
            String line = console.readLine(prompt);
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
            console.printf("Please answer with a whole number from 0 (none) to 10 (worst imaginable).%n");
        }
    }
}
