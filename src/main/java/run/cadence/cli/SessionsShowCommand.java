package run.cadence.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;
import run.cadence.DurationText;
import run.cadence.NumberText;
import run.cadence.session.Cue;
import run.cadence.session.CueAnchor;
import run.cadence.session.CuePlan;
import run.cadence.session.ResolvedCadence;
import run.cadence.session.SessionSettings;
import run.cadence.session.Timeline;
import run.cadence.session.TimelineSegment;
import run.cadence.session.Workout;

@Command(name = "show",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Print a session expanded: every segment's start, length, kind and cadence, then the cues "
                + "spoken over it. NAME is a built-in session ('cadence sessions'), FILE a .workout file.")
public final class SessionsShowCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME|FILE", description = "A built-in session name, a workout file, or a FIT workout.")
    String session;

    @Option(names = "--baseline", paramLabel = "SPM", converter = BaselineConverter.class,
            description = "Your preferred running cadence; needed for '+5%%' and 'baseline' steps, and for the "
                    + "metronome on run steps without a cadence.")
    Cadence baseline;

    @Option(names = "--increase", paramLabel = "PCT", converter = IncreaseConverter.class, defaultValue = "5%",
            description = "Your target over the baseline, for run steps without a cadence (default: ${DEFAULT-VALUE}).")
    CadenceIncrease increase;

    @Option(names = "--walk-cadence", paramLabel = "SPM", converter = CadenceConverter.class,
            description = "Click during walks without a cadence of their own, at this rate.")
    Cadence walkCadence;

    @Option(names = "--json", description = "Print JSON for machines instead of the table.")
    boolean json;

    @Override
    public void run() {
        Workout workout = SessionArgument.find(session);
        SessionSettings settings = new SessionSettings(Optional.ofNullable(baseline), increase,
                Optional.ofNullable(walkCadence));
        Timeline timeline = Timeline.compile(workout, settings);
        CuePlan cues = CuePlan.of(timeline);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(workout, timeline, cues));
        } else {
            table(out, workout, timeline, cues);
        }
    }

    private static void table(PrintWriter out, Workout workout, Timeline timeline, CuePlan cues) {
        out.println(workout.name() + ": " + (workout.description().isEmpty() ? "(no description)"
                : workout.description()));
        SessionSettings s = timeline.settings();
        out.println("total " + DurationText.format(timeline.total()) + ", " + timeline.segments().size()
                + " segments; " + s.baseline().map(b -> "baseline " + b.format() + " spm, target "
                        + s.target().orElseThrow().format() + " spm (" + s.increase().describe() + ")")
                        .orElse(timeline.runningTime().isZero() ? "no --baseline"
                                : "no --baseline: run steps without a cadence play no clicks"));
        out.println();
        out.println(String.format(Locale.ROOT, "%-9s %-7s %-28s %-14s %s", "start", "length", "step", "cadence",
                "note"));
        for (TimelineSegment seg : timeline.segments()) {
            String cadence = seg.cadence().describe();
            if (seg.clicks() && seg.clickLength().compareTo(seg.length()) < 0) {
                cadence += " until " + time(seg.start().plus(seg.clickLength()));
            }
            out.println(String.format(Locale.ROOT, "%-9s %-7s %-28s %-14s %s", time(seg.start()),
                    DurationText.format(seg.length()), step(seg), cadence, seg.note().orElse("")).stripTrailing());
        }
        out.println(String.format(Locale.ROOT, "%-9s %s", time(timeline.total()), "end"));
        out.println();
        out.println("cues (a cue starts at its time, or ends at it when marked 'ends'):");
        for (Cue c : cues.cues()) {
            out.println(String.format(Locale.ROOT, "%-9s %-6s %-11s %s", time(c.at()),
                    c.anchor() == CueAnchor.ENDS_AT ? "ends" : "", c.kind().name().toLowerCase(Locale.ROOT),
                    c.text()));
        }
    }

    private static String step(TimelineSegment seg) {
        StringBuilder b = new StringBuilder();
        if (!seg.section().isEmpty()) {
            b.append(seg.section());
            if (seg.repeats() > 1) {
                b.append(' ').append(seg.repeat()).append('/').append(seg.repeats());
            }
            b.append(": ");
        }
        b.append(seg.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (seg.parts() > 1) {
            b.append(' ').append(seg.part()).append('/').append(seg.parts());
        }
        return b.toString();
    }

    /** "05:00", "1:02:30", "04:56.5": clock time, with tenths only when a cue falls between seconds. */
    static String time(Duration d) {
        String clock = DurationText.clock(d);
        int tenths = d.getNano() / 100_000_000;
        return tenths == 0 ? clock : clock + "." + tenths;
    }

    static String json(Workout workout, Timeline timeline, CuePlan cues) {
        SessionSettings s = timeline.settings();
        StringBuilder b = new StringBuilder("{");
        b.append("\"name\":").append(Json.string(workout.name()));
        b.append(",\"description\":").append(Json.string(workout.description()));
        b.append(",\"total_seconds\":").append(number(timeline.total()));
        b.append(",\"baseline_spm\":").append(s.baseline().map(c -> number(c.stepsPerMinute())).orElse("null"));
        b.append(",\"target_spm\":").append(s.target().map(c -> number(c.stepsPerMinute())).orElse("null"));
        b.append(",\"segments\":[");
        for (TimelineSegment seg : timeline.segments()) {
            b.append(seg.index() == 0 ? "" : ",").append('{');
            b.append("\"index\":").append(seg.index());
            b.append(",\"start_seconds\":").append(number(seg.start()));
            b.append(",\"length_seconds\":").append(number(seg.length()));
            b.append(",\"kind\":").append(Json.string(seg.kind().name().toLowerCase(Locale.ROOT)));
            b.append(",\"section\":").append(Json.string(seg.section()));
            b.append(",\"repeat\":").append(seg.repeat()).append(",\"repeats\":").append(seg.repeats());
            b.append(",\"part\":").append(seg.part()).append(",\"parts\":").append(seg.parts());
            ResolvedCadence c = seg.cadence();
            b.append(",\"cadence\":");
            if (c instanceof ResolvedCadence.Silent) {
                b.append("null");
            } else {
                b.append("{\"start_spm\":").append(number(c.startSpm())).append(",\"end_spm\":")
                        .append(number(c.endSpm())).append('}');
            }
            b.append(",\"click_seconds\":").append(number(seg.clickLength()));
            b.append(",\"note\":").append(seg.note().map(Json::string).orElse("null"));
            b.append('}');
        }
        b.append("],\"cues\":[");
        boolean first = true;
        for (Cue cue : cues.cues()) {
            b.append(first ? "" : ",").append('{');
            first = false;
            b.append("\"seconds\":").append(number(cue.at()));
            b.append(",\"anchor\":").append(Json.string(cue.anchor().name().toLowerCase(Locale.ROOT)));
            b.append(",\"kind\":").append(Json.string(cue.kind().name().toLowerCase(Locale.ROOT)));
            b.append(",\"segment\":").append(cue.segment());
            b.append(",\"text\":").append(Json.string(cue.text()));
            b.append('}');
        }
        return b.append("]}").toString();
    }

    private static String number(Duration d) {
        return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9)).stripTrailingZeros()
                .toPlainString();
    }

    /** Six decimals: 164 x 1.05 prints as 172.2, not 172.20000000000002. */
    private static String number(double v) {
        return NumberText.rounded(v, 6);
    }
}
