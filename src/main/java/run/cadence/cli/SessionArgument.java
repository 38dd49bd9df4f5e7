package run.cadence.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import run.cadence.session.SessionLibrary;
import run.cadence.session.Workout;
import run.cadence.watch.FitWorkoutFile;
import run.cadence.watch.FromWatch;

/**
 * The NAME|FILE of {@code sessions show}, {@code run} and {@code export workout}: a built-in session, a workout
 * file, or a FIT workout (one exported for a watch, or made in Garmin Connect) read back through the watch package.
 * A FIT file was "not UTF-8 text" to the workout parser.
 */
final class SessionArgument {
    private SessionArgument() {}

    static Workout find(String nameOrFile) {
        Path path = nameOrFile.isBlank() ? null : Path.of(nameOrFile);
        if (path != null && path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".fit") && Files.isRegularFile(path)) {
            String name = path.getFileName().toString();
            return FromWatch.workout(FitWorkoutFile.read(path), name.substring(0, name.length() - 4), path.toString());
        }
        return SessionLibrary.find(nameOrFile);
    }
}
