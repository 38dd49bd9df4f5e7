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
import run.cadence.files.OutputFileException;
import run.cadence.files.OutputProblem;
import run.cadence.files.PartialFile;
import run.cadence.DurationText;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import run.cadence.plan.PainReport;
import run.cadence.plan.RunRecording;
import run.cadence.plan.PastSession;
import run.cadence.store.DataDirectory;
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
            description = "Draw target and measured cadence, running minutes and pain per run into a PNG.")
    Path chart;

    @Override
    public Integer call() throws IOException {
        if (chart != null) {
            refuseChartPath(chart, data.directory());
        }
        List<HistoryRow> rows;
        try (HistoryStore store = data.openExisting()) {
            rows = HistoryRow.of(store.history());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (chart != null) {
            if (rows.stream().noneMatch(r -> r.run().isPresent() && r.played())) {
                throw CadenceException.badInput("no runs to chart yet: play one with cadence next");
            }
            HistoryChart.write(rows, chart);
            out.println("Chart written to " + chart);
            return 0;
        }
        if (csv) {
            out.println("id,date,stage,level,session,status,done_seconds,running_minutes,cadence_increase_percent,"
                    + "target_spm,click_percent,pain_during,pain_after,pain_morning,limp,note,kind,measured_spm,"
                    + "measured_running_minutes,recording,stopped_for_pain,settled_on,steps_skipped");
            for (HistoryRow r : rows) {
                out.println(csvLine(r));
            }
            return 0;
        }
        if (rows.isEmpty()) {
            out.println("No sessions yet: see cadence plan, then cadence next.");
            return 0;
        }
        out.println(String.format(Locale.ROOT, "%4s  %-10s  %-5s  %-44s  %-17s  %5s  %6s  %8s  %-9s  %s", "#", "date",
                "stage", "session", "status", "run", "target", "measured", "pain d/a/m", "note"));
        for (HistoryRow r : rows) {
            PainReport p = r.pain();
            out.println(String.format(Locale.ROOT, "%4d  %-10s  %-5s  %-44s  %-17s  %5s  %6s  %8s  %-10s  %s", r.id(),
                    r.date(), r.run().map(s -> String.valueOf(s.session().stage().number())).orElse("-"), r.session(),
                    r.statusText(), r.runningText(), r.targetText(), r.measuredText(), r.painText(),
                    p == null || p.note() == null ? "" : p.note()));
        }
        return 0;
    }

    private static String csvLine(HistoryRow r) {
        PainReport p = r.pain();
        Optional<PastSession> run = r.run();
        Optional<RunRecording> rec = run.flatMap(PastSession::recording);
        OptionalDouble measured = r.measuredSpm();
        return String.join(",", String.valueOf(r.id()), r.date().toString(),
                run.map(s -> String.valueOf(s.session().stage().number())).orElse(""),
                run.map(s -> String.valueOf(s.session().level())).orElse(""), csvField(r.session()),
                r.status().name().toLowerCase(Locale.ROOT), String.valueOf(r.doneSeconds()),
                run.map(s -> String.format(Locale.ROOT, "%.1f", s.runningMinutesDone())).orElse(""),
                run.map(s -> String.valueOf(s.session().cadencePercent())).orElse(""), run.map(s -> s.target()
                        .format()).orElse(""), run.map(s -> String.valueOf(s.session().clickPercent())).orElse(""),
                p == null ? "" : String.valueOf(p.during()), p == null ? "" : String.valueOf(p.after()),
                p == null || p.morning() == null ? "" : String.valueOf(p.morning()),
                p == null ? "" : String.valueOf(p.limp()), p == null || p.note() == null ? "" : csvField(p.note()),
                r.kind(), measured.isPresent() ? PlanWords.spm(measured.getAsDouble()) : "",
                rec.map(x -> String.format(Locale.ROOT, "%.1f", x.minutesRun())).orElse(""),
                rec.map(x -> csvField(x.fileName())).orElse(""), String.valueOf(r.forPain()),
                r.settled().map(LocalDate::toString).orElse(""), String.valueOf(r.stepsSkipped()));
    }

    /**
     * Checked before the history is read; the chart file itself is made only when there is something to draw. A
     * chart once replaced history.db itself ("Chart written", the history gone): only a .png is written, never over
     * the history or its journal files, however the path reaches them (a link, "..").
     */
    private static void refuseChartPath(Path chart, DataDirectory data) {
        String name = chart.getFileName() == null ? "" : chart.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png")) {
            throw new OutputFileException(new OutputProblem.WrongExtension(chart, List.of(".png")));
        }
        if (data.holds(chart)) {
            throw CadenceException.badInput("cannot write '" + chart + "': it is the history itself ("
                    + data.database() + "); choose another --chart file");
        }
        PartialFile.beside(chart).close();
    }

    static String csvField(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
