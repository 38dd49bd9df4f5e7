package run.cadence.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import run.cadence.CadenceException;
import run.cadence.files.PartialFile;
import run.cadence.DurationText;
import run.cadence.plan.PainReport;
import run.cadence.plan.PastSession;
import run.cadence.store.HistoryStore;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Every session: what was planned, how far it got, and the pain reports.",
        footer = {"", "Examples:", "  cadence history", "  cadence history --csv > history.csv",
                "  cadence history --chart progress.png"})
public final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Option(names = "--csv", description = "Print CSV (one row per session) instead of a table.")
    boolean csv;

    @Option(names = "--chart", paramLabel = "FILE.png",
            description = "Draw cadence target, running minutes and pain per session into a PNG.")
    Path chart;

    @Override
    public Integer call() throws IOException {
        if (chart != null) {
            // Checked before the history is read; the chart file itself is made only when there is something to draw.
            PartialFile.beside(chart).close();
        }
        List<PastSession> sessions;
        try (HistoryStore store = data.openExisting()) {
            sessions = store.sessions();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (chart != null) {
            if (sessions.stream().noneMatch(s -> s.status().wasRun())) {
                throw CadenceException.badInput("no sessions to chart yet: play one with cadence next");
            }
            HistoryChart.write(sessions, chart);
            out.println("Chart written to " + chart);
            return 0;
        }
        if (csv) {
            out.println("id,date,stage,level,session,status,done_seconds,running_minutes,cadence_increase_percent,"
                    + "target_spm,click_percent,pain_during,pain_after,pain_morning,limp,note");
            for (PastSession s : sessions) {
                PainReport p = s.pain();
                out.println(String.join(",", String.valueOf(s.id()), s.date().toString(),
                        String.valueOf(s.session().stage().number()), String.valueOf(s.session().level()),
                        csvField(s.session().describe()), s.status().name().toLowerCase(Locale.ROOT),
                        String.valueOf(s.doneSeconds()),
                        String.format(Locale.ROOT, "%.1f", s.runningMinutesDone()),
                        String.valueOf(s.session().cadencePercent()), s.target().format(),
                        String.valueOf(s.session().clickPercent()),
                        p == null ? "" : String.valueOf(p.during()), p == null ? "" : String.valueOf(p.after()),
                        p == null || p.morning() == null ? "" : String.valueOf(p.morning()),
                        p == null ? "" : String.valueOf(p.limp()), p == null || p.note() == null ? "" : csvField(p.note())));
            }
            return 0;
        }
        if (sessions.isEmpty()) {
            out.println("No sessions yet: see cadence plan, then cadence next.");
            return 0;
        }
        out.println(String.format(Locale.ROOT, "%4s  %-10s  %-5s  %-48s  %-17s  %5s  %6s  %-9s  %s", "#", "date",
                "stage", "session", "status", "run", "spm", "pain d/a/m", "note"));
        for (PastSession s : sessions) {
            PainReport p = s.pain();
            String pain = p == null ? "-" : p.during() + "/" + p.after() + "/" + (p.morning() == null ? "?" : p.morning())
                    + (p.limp() ? " limp" : "");
            out.println(String.format(Locale.ROOT, "%4d  %-10s  %-5d  %-48s  %-17s  %5.1f  %6s  %-10s  %s", s.id(),
                    s.date(), s.session().stage().number(), s.session().describe(), status(s),
                    s.runningMinutesDone(), s.target().format(), pain,
                    p == null || p.note() == null ? "" : p.note()));
        }
        return 0;
    }

    private static String status(PastSession s) {
        return switch (s.status()) {
            case COMPLETED -> "done";
            case STOPPED_EARLY -> "stopped at " + DurationText.clock(java.time.Duration.ofSeconds(s.doneSeconds()));
            case STARTED -> "cut off";
            case PLANNED -> "not played";
        };
    }

    static String csvField(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
