package run.cadence.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import run.cadence.CadenceException;
import run.cadence.plan.Profile;
import run.cadence.session.CadenceTarget;
import run.cadence.session.Section;
import run.cadence.session.SessionSettings;
import run.cadence.session.Step;
import run.cadence.session.Workout;
import run.cadence.store.HistoryStore;
import run.cadence.watch.FitWorkoutFile;
import run.cadence.watch.ToWatch;
import run.cadence.watch.WatchWorkout;

@Command(name = "workout", mixinStandardHelpOptions = true,
        description = {"Write a session as a FIT workout file for a watch.",
                "Warm-up, run, walk and cool-down steps with their times, repeats as repeats, a cadence range on every"
                        + " run step (" + ExportWorkoutCommand.RANGE + "), strength holds and reps as lap-button"
                        + " steps. Copy the file"
                        + " to a Garmin watch's GARMIN/NewFiles folder; docs/watch.md says how, and what other watches"
                        + " take."},
        footer = {"", "Examples:", "  cadence export workout run-walk-2-3 --baseline 164 --out /media/GARMIN/NewFiles",
                "  cadence export workout my.workout --out ~/watch   # target from your profile"})
public final class ExportWorkoutCommand implements Callable<Integer> {
    /** The cadence range in words; README and docs/watch.md say the same (WatchRangeWordsTest). */
    static final String RANGE = "your target ±3 spm widened to whole strides: ±4 spm around an even target, ±3"
            + " around an odd one";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|FILE",
            description = "The session to put on the watch: a built-in one ('cadence sessions'), a workout file or a FIT workout.")
    String session;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder for the .fit file.")
    Path out;

    @Mixin
    BaselineOptions runner;

    @Mixin
    DataDirOption data;

    @Mixin
    TodayOption today;

    @Override
    public Integer call() throws IOException {
        if (runner.increase != null && runner.baseline == null) {
            throw CadenceException.badInput("--increase applies to --baseline; give --baseline SPM too");
        }
        Workout workout = SessionArgument.find(session);
        SessionSettings settings = settings(workout);
        WatchWorkout watch = ToWatch.of(workout, settings);
        Path file = out.resolve(fileName(workout.name()));
        createFolder(out);
        // The day it was made: exported again that day, the same workout is the same file to the watch.
        FitWorkoutFile.write(watch, file, today.date().atStartOfDay(ZoneOffset.UTC).toInstant());
        PrintWriter o = spec.commandLine().getOut();
        o.println(file + "  " + WatchLines.describe(watch));
        return 0;
    }

    /** The runner's baseline: --baseline, else the profile's, else none (refused if a step needs it). */
    private SessionSettings settings(Workout workout) {
        if (runner.baseline != null) {
            return new SessionSettings(Optional.of(runner.baseline), runner.increase, Optional.empty());
        }
        if (Files.exists(data.directory().database())) {
            try (HistoryStore store = data.openExisting()) {
                Optional<Profile> profile = store.profile();
                if (profile.isPresent()) {
                    return new SessionSettings(Optional.of(profile.get().baseline()), profile.get().increase(),
                            Optional.empty());
                }
            }
        }
        if (followsTheRunnersTarget(workout)) {
            throw CadenceException.badInput("'" + workout.name() + "' runs at your target cadence, so the watch needs"
                    + " it: give --baseline SPM (e.g. --baseline 164), or save one with cadence profile --baseline");
        }
        return SessionSettings.NO_BASELINE;
    }

    private static boolean followsTheRunnersTarget(Workout workout) {
        for (Section s : workout.sections()) {
            for (Step step : s.steps()) {
                if (step instanceof Step.Run r && r.cadence() instanceof CadenceTarget.RunnerTarget) {
                    return true;
                }
            }
        }
        return false;
    }

    static void createFolder(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw CadenceException.badInput(out + " is a file; --out needs a folder");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException | SecurityException e) {
            throw CadenceException.badInput("cannot create folder '" + out + "': " + FileErrors.reason(e)
                    + "; choose another --out folder", e);
        }
    }

    /** "run-walk-2-3.fit"; a workout file's own name, made safe for a watch's FAT file system. */
    static String fileName(String workoutName) {
        String safe = workoutName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (safe.isEmpty() ? "workout" : safe) + ".fit";
    }
}
