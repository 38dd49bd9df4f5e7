package run.cadence.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import run.cadence.CadenceException;
import run.cadence.DurationText;
import run.cadence.plan.Decision;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.PlayOutcome;
import run.cadence.plan.Planner;
import run.cadence.plan.Profile;
import run.cadence.plan.SessionPlayer;
import run.cadence.store.HistoryStore;
import run.cadence.audio.io.OutputFile;

@Command(name = "next", mixinStandardHelpOptions = true,
        description = {"Play today's planned session and record it.",
                "It moves planned → started → completed (or stopped early, with how far it got and why).",
                "Keys while live: space pauses, n skips to the next step, p stops for pain (recorded as such), q stops."},
        footer = {"", "Examples:", "  cadence next", "  cadence next --out today.mp3   (render it for a phone)",
                "Afterwards: cadence log --during N --after N; next morning: cadence log --morning N"})
public final class NextCommand implements Callable<Integer> {
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

    @Option(names = "--anyway", description = "Play the next session even though today is a planned rest day.")
    boolean anyway;

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
        try (HistoryStore store = data.openExisting()) {
            Profile profile = store.profile().orElseThrow(() -> CadenceException.badInput(
                    "no profile yet: start with cadence profile --baseline N"));
            PlanDecision decision = new Planner().next(profile, store.sessions(), day);
            if (decision.decision() == Decision.NOT_READY) {
                throw CadenceException.badInput(decision.reasons().get(0));
            }
            if (decision.date().isAfter(day) && !anyway) {
                throw CadenceException.badInput("today is a rest day: next session "
                        + SessionSummary.DAY.format(decision.date()) + " (see cadence plan); add --anyway to play"
                        + " it now");
            }
            SessionPlayer player = env.players().player(audio.sound(), audio.live(env, spec.commandLine().getOut()),
                SessionText.printer(spec.commandLine().getOut()));
            player = audio.withMusic(player, spec.commandLine().getOut(),
                    decision.session().targetCadence(profile.baseline()).stepsPerMinute(), data.directory());
            w.println(decision.session().title());
            w.println(SessionSummary.line(decision.session(), profile));
            for (String reason : decision.reasons()) {
                w.println("  " + reason);
            }
            w.flush();
            long id = store.recordPlanned(decision, day, decision.session().targetCadence(profile.baseline()));
            store.markStarted(id);
            PlayOutcome outcome;
            try {
                outcome = player.play(decision.session().workout(), profile.baseline(), Optional.ofNullable(out));
            } catch (IOException e) {
                store.markFinished(id, PlayOutcome.failed());
                throw CadenceException.runtime("cannot play the session: " + Problems.describe(e)
                        + "; recorded as stopped at 0:00", e);
            } catch (RuntimeException e) {
                store.markFinished(id, PlayOutcome.failed());
                throw e;
            }
            store.markFinished(id, outcome);
            int total = decision.session().totalSeconds();
            w.println(recorded(outcome, total));
            w.println("Now: cadence log --during N --after N   (pain 0-10; add --limp if you limped)");
            w.println("Tomorrow morning: cadence log --morning N");
        }
        return 0;
    }

    private String recorded(PlayOutcome outcome, int totalSeconds) {
        if (outcome instanceof PlayOutcome.Stopped stopped) {
            return "Recorded: stopped " + (stopped.reason() == PlayOutcome.StopReason.PAIN ? "for pain" : "early")
                    + " after " + DurationText.clock(outcome.done()) + " of "
                    + DurationText.clock(Duration.ofSeconds(totalSeconds));
        }
        return "Recorded: completed (" + totalSeconds / 60 + " min)" + (out == null ? "" : ", rendered to " + out);
    }
}
