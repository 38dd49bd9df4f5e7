package run.cadence.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import run.cadence.CadenceException;
import run.cadence.plan.Decision;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.PlannedSession;
import run.cadence.plan.Planner;
import run.cadence.plan.Profile;
import run.cadence.plan.SessionPlayer;
import run.cadence.session.SessionSettings;
import run.cadence.session.Workout;
import run.cadence.store.HistoryStore;
import run.cadence.watch.FitWorkoutFile;
import run.cadence.watch.ToWatch;
import run.cadence.watch.WatchWorkout;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Render the next N planned sessions (if all goes well) as audio files, or as FIT workouts.",
                "With --format fit they are FIT workout files for a watch (docs/watch.md). Files are named so they"
                        + " sort and say what they are, e.g.",
                "  03-2026-11-30-stage1-uphill-treadmill-walk-25-min.mp3"},
        footer = {"", "Examples:", "  cadence export plan --out ~/Music/cadence --ahead 6",
                "  cadence export plan --format fit --out /media/GARMIN/NewFiles --ahead 6"})
public final class ExportPlanCommand implements Callable<Integer> {
    enum Format { mp3, wav, fit }

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Mixin
    SessionAudioOptions audio;

    @Mixin
    TodayOption today;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder for the files.")
    Path out;

    @Option(names = "--ahead", paramLabel = "N", defaultValue = "6", description = "How many sessions (1-60,"
            + " default ${DEFAULT-VALUE}).")
    int ahead;

    @Option(names = "--format", paramLabel = "mp3|wav|fit", defaultValue = "mp3",
            description = "Audio (mp3, wav) or a FIT workout for a watch (fit); default ${DEFAULT-VALUE}.")
    Format format;

    private final Environment env;

    ExportPlanCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        if (ahead < 1 || ahead > 60) {
            throw CadenceException.badInput("--ahead " + ahead + " is outside 1-60");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw CadenceException.badInput(out + " is a file; --out needs a folder");
        }
        Profile profile;
        List<PlanDecision> sessions;
        try (HistoryStore store = data.openExisting()) {
            profile = store.profile().orElseThrow(() -> CadenceException.badInput(
                    "no profile yet: start with cadence profile --baseline N"));
            sessions = new Planner().preview(profile, store.history(), today.date(), ahead);
        }
        if (sessions.get(0).decision() == Decision.NOT_READY) {
            throw CadenceException.badInput(PlanWords.say(sessions.get(0).reasons().get(0), sessions.get(0)));
        }
        // Before the voice cues are prepared (seconds of speech synthesis): a folder that cannot be made is the
        // runner's --out, so it is reported as bad input at once, not as an internal error afterwards.
        try {
            Files.createDirectories(out);
        } catch (IOException | SecurityException e) {
            throw CadenceException.badInput("cannot create folder '" + out + "': " + FileErrors.reason(e)
                    + "; choose another --out folder", e);
        }
        if (format == Format.fit) {
            writeWorkouts(sessions, profile);
            return 0;
        }
        SessionPlayer player = env.players().player(audio.sound(), audio.live(env, spec.commandLine().getOut()),
                SessionText.printer(spec.commandLine().getOut()));
        player = audio.withMusic(player, spec.commandLine().getOut(), profile.target().stepsPerMinute(),
                data.directory());
        PrintWriter w = spec.commandLine().getOut();
        int n = 1;
        for (PlanDecision d : sessions) {
            Path file = out.resolve(fileName(n++, d, format.name()));
            player.play(d.session().workout(), profile.baseline(), Optional.of(file));
            w.println(file + "  " + SessionSummary.line(d.session(), profile));
            w.flush();
        }
        return 0;
    }

    /** The sessions as FIT workouts, each for the runner's target as the player would click it. */
    private void writeWorkouts(List<PlanDecision> sessions, Profile profile) {
        SessionSettings runner = new SessionSettings(Optional.of(profile.baseline()), profile.increase(),
                Optional.empty());
        PrintWriter w = spec.commandLine().getOut();
        int n = 1;
        for (PlanDecision d : sessions) {
            // Named by its title for the watch's description ("Stage 3: flat walk-run 3/2 x6"), not "plan-stage3-level5".
            Workout planned = d.session().workout();
            WatchWorkout watch = ToWatch.of(new Workout(PlannedText.title(d.session()), "", planned.sections()),
                    runner);
            // Its date and place in the plan: the same entry exported again is the same file to the watch, and the
            // same session planned twice is two (docs/watch.md, "What is in a file").
            Instant created = d.date().atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(n);
            Path file = out.resolve(fileName(n++, d, "fit"));
            FitWorkoutFile.write(watch, file, created);
            w.println(file + "  " + SessionSummary.line(d.session(), profile) + "; " + WatchLines.describe(watch));
            w.flush();
        }
    }

    /** "01-2026-11-26-stage3-flat-walk-run-2-3-x6-plus5pct.mp3": sorts by order, says what it is. */
    static String fileName(int n, PlanDecision d, String extension) {
        PlannedSession s = d.session();
        String what = PlannedText.describe(s).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String cadence = s.hasRunning() ? "-plus" + PlannedText.cadence(s).replace("+", "").replace("%", "pct")
                .replace('.', '_') : "";
        return String.format(Locale.ROOT, "%02d-%s-stage%d-%s%s.%s", n, d.date(), s.stage().number(), what, cadence,
                extension);
    }
}
