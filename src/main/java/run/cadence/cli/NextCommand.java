package run.cadence.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import run.cadence.Cadence;
import run.cadence.CadenceException;
import run.cadence.DurationText;
import run.cadence.audio.io.OutputFile;
import run.cadence.plan.CrossSession;
import run.cadence.plan.NextSession;
import run.cadence.plan.PlayOutcome;
import run.cadence.plan.Reason;
import run.cadence.plan.SessionPlayer;
import run.cadence.session.ResolvedCadence;
import run.cadence.session.SegmentKind;
import run.cadence.session.SessionSettings;
import run.cadence.session.Timeline;
import run.cadence.session.Workout;
import run.cadence.store.HistoryStore;

@Command(name = "next", mixinStandardHelpOptions = true,
        description = {"Play today's session and record it: the run when one is due, else the hip-strength session.",
                "It moves planned → started → completed (or stopped early, with how far it got and why).",
                "Keys while live: space pauses, n skips to the next step, p stops for pain (recorded as such), q stops."},
        footer = {"", "Examples:", "  cadence next", "  cadence next --out today.mp3   (render it for a phone)",
                "  cadence next --cross pool     (deep-water running on a day without a run)",
                "Afterwards: cadence log --during N --after N; next morning: cadence log --morning N"})
public final class NextCommand implements Callable<Integer> {
    enum Cross { walk, pool }

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Mixin
    SessionAudioOptions audio;

    @Mixin
    TodayOption today;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Render to a WAV or MP3 file instead of playing; recorded as done.")
    Path out;

    @Option(names = "--anyway", description = "Run the next session a day early (never a second run the same day,"
            + " nor through a flare's rest days or a load limit).")
    boolean anyway;

    @Option(names = "--strength", description = "Play the hip-strength session (also on a run day).")
    boolean strength;

    @Option(names = "--cross", paramLabel = "walk|pool",
            description = "Cross-training instead: uphill treadmill walking or deep-water running.")
    Cross cross;

    @Option(names = "--settled", description = "The pain from your last flare has settled (asked in a terminal).")
    boolean settled;

    private final Environment env;

    NextCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        LocalDate day = today.date();
        PrintWriter w = spec.commandLine().getOut();
        if (out != null) {
            // Before anything is recorded: a typo in the file name must not log a stopped session.
            OutputFile.of(out);
        }
        NextSession.Ask ask = cross != null ? new NextSession.Ask.Cross(cross == Cross.walk
                ? CrossSession.Kind.UPHILL_WALK : CrossSession.Kind.DEEP_WATER)
                : strength ? new NextSession.Ask.Strength()
                : anyway ? new NextSession.Ask.Run(settled) : new NextSession.Ask.Today(settled);
        try (HistoryStore store = data.openExisting()) {
            SessionPlayer player = player(store, w);
            NextSession.Outcome outcome = new NextSession(store, player, Clock.systemUTC(), NextPrinter::title)
                    .next(ask, day, Optional.ofNullable(out), listener(w, day));
            report(outcome, w, day);
        }
        return 0;
    }

    /**
     * The planner's player: music, when asked for, at the run cadence of whatever today turns out to hold (none
     * without runs), chosen while the session is prepared, so a music library that cannot be read is refused before
     * anything is recorded; the history rests while the session plays.
     */
    private SessionPlayer player(HistoryStore store, PrintWriter w) {
        SessionPlayer plain = env.players().player(audio.sound(), audio.live(env, w), SessionText.printer(w));
        return (workout, baseline, file) -> {
            OptionalDouble runSpm = runSpm(workout, baseline);
            if (audio.music.on && runSpm.isEmpty()) {
                w.println("No music in this session: it has no run, so no step rate to lock the music to (music"
                        + " plays at the cadence of runs); it plays without.");
            }
            SessionPlayer p = runSpm.isPresent()
                    ? audio.withMusic(plain, w, runSpm.getAsDouble(), data.directory()) : plain;
            SessionPlayer.Ready ready = p.prepare(workout, baseline, file);
            return new SessionPlayer.Ready() {
                @Override
                public PlayOutcome play() throws IOException {
                    // The history is not needed while the session plays; the finish opens it again.
                    store.rest();
                    return ready.play();
                }

                @Override
                public void close() {
                    ready.close();
                }
            };
        };
    }

    /** The fastest steady run cadence in {@code workout}, the cadence music is chosen for. */
    private static OptionalDouble runSpm(Workout workout, Cadence baseline) {
        return Timeline.compile(workout, SessionSettings.withBaseline(baseline)).segments().stream()
                .filter(s -> s.kind() == SegmentKind.RUN && s.cadence() instanceof ResolvedCadence.Steady)
                .mapToDouble(s -> s.cadence().endSpm()).max();
    }

    private NextSession.Listener listener(PrintWriter w, LocalDate day) {
        return new NextSession.Listener() {
            @Override
            public void playing(NextSession.Playing what) {
                NextPrinter.playing(w, what, day);
                w.flush();
            }

            @Override
            public boolean settled(Reason.AwaitSettled flare) {
                Environment.Questions console = env.questions().orElse(null);
                if (console == null) {
                    return false;
                }
                String answer = console.ask("Has the pain from " + PlanWords.day(flare.flareDay())
                        + " settled (back to how it was before, walking and stairs comfortable)? [y/N] ");
                return answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
            }
        };
    }

    private void report(NextSession.Outcome outcome, PrintWriter w, LocalDate day) {
        if (outcome instanceof NextSession.Outcome.NoProfile) {
            throw CadenceException.badInput("no profile yet: start with cadence profile --baseline N");
        }
        if (outcome instanceof NextSession.Outcome.NotReady r) {
            throw CadenceException.badInput(PlanWords.say(r.decision().reasons().get(0), r.decision()));
        }
        if (outcome instanceof NextSession.Outcome.AwaitingSettled a) {
            throw CadenceException.badInput("the run waits until the pain from "
                    + PlanWords.day(a.decision().reason(Reason.AwaitSettled.class).orElseThrow().flareDay())
                    + " has settled: when it has, cadence next --settled (or cadence log --settled); until then"
                    + " cadence next --strength or " + (a.decision().severeFlareUnsettled() ? "--cross pool"
                    : "--cross walk|pool"));
        }
        if (outcome instanceof NextSession.Outcome.LogRunFirst f) {
            throw CadenceException.badInput((f.run().date().equals(today.date()) ? "today's run ("
                    : "the run on " + PlanWords.day(f.run().date()) + " (") + PlannedText.describe(f.run().session())
                    + ") has no pain report yet: log it first, cadence log --during N --after N (add --limp if you"
                    + " limped); then cadence next plays the hip-strength session");
        }
        if (outcome instanceof NextSession.Outcome.RestDay r) {
            throw CadenceException.badInput("no run today and today's strength session is done: next run "
                    + PlanWords.day(r.decision().date()) + " (see cadence plan); add --anyway to run now, or --cross"
                    + " walk|pool for cross-training");
        }
        if (outcome instanceof NextSession.Outcome.RanToday t) {
            throw CadenceException.badInput("today's run is done (" + PlannedText.describe(t.run().session())
                    + "): one run a day, and the next is " + PlanWords.day(t.decision().date())
                    + " (see cadence plan); meanwhile cadence next --strength, or --cross walk|pool");
        }
        if (outcome instanceof NextSession.Outcome.PlanRests r) {
            throw CadenceException.badInput("the plan rests from running until " + PlanWords.day(r.decision().date())
                    + ": " + PlanWords.say(r.why(), r.decision()) + " --anyway runs a day early, never through a"
                    + " flare's rest days or a load limit; meanwhile cadence next --strength, or --cross walk|pool");
        }
        if (outcome instanceof NextSession.Outcome.Failed f) {
            throw CadenceException.runtime("cannot " + (f.id().isPresent() ? "play" : "render") + " the session: "
                    + Problems.describe(f.cause()) + (f.id().isPresent() ? "; recorded as stopped at 0:00"
                    : "; nothing was recorded"), f.cause());
        }
        NextSession.Outcome.Played p = (NextSession.Outcome.Played) outcome;
        int total = (int) p.what().workout().duration().toSeconds();
        w.println(recorded(p.outcome(), total));
        if (p.what() instanceof NextSession.Playing.Run) {
            w.println("Now: cadence log --during N --after N   (pain 0-10; add --limp if you limped)");
            w.println("Tomorrow morning: cadence log --morning N");
            w.println("Ran with a watch? cadence log --activity FILE   (the planner checks your cadence held)");
        } else {
            w.println("Now: cadence log --during N --after N   (pain 0-10 during and just after)");
        }
    }

    private String recorded(PlayOutcome outcome, int totalSeconds) {
        if (outcome instanceof PlayOutcome.Stopped stopped) {
            return "Recorded: stopped " + (stopped.reason() == PlayOutcome.StopReason.PAIN ? "for pain" : "early")
                    + " after " + DurationText.clock(outcome.done()) + " of "
                    + DurationText.clock(Duration.ofSeconds(totalSeconds));
        }
        if (outcome.stepsSkipped() > 0) {
            return "Recorded: played to the end with " + Plural.of(outcome.stepsSkipped(), "step") + " skipped ("
                    + DurationText.clock(outcome.done()) + " of " + DurationText.clock(Duration.ofSeconds(totalSeconds))
                    + " played, " + DurationText.clock(outcome.running()) + " running); skipped running never counts"
                    + " toward moving on";
        }
        return "Recorded: completed (" + totalSeconds / 60 + " min)" + (out == null ? "" : ", rendered to " + out);
    }
}
