package run.cadence.measure;

import java.nio.file.Path;
import run.cadence.CadenceException;

/** Reads one recorded activity file. */
public interface ActivityReader {

    /**
     * Reads the file's points.
     *
     * @throws CadenceException (bad input) for a file that is unreadable, truncated or not of this format,
     *     naming the file (and line:column for XML)
     */
    Activity read(Path file);

    /** What {@code measure file} reads, for messages. */
    String ACTIVITY_FILE = "an activity file (.fit, .tcx or .gpx)";

    /**
     * The reader for a file, chosen by its extension, once its first bytes show it is what the name says.
     *
     * @throws CadenceException BAD_INPUT for a folder, an unknown extension, a missing, unreadable or empty file, or
     *     a file of another format than its name says
     */
    static ActivityReader forFile(Path file) {
        ActivityFormat format = ActivityFormat.byName(InputFile.name(file, ACTIVITY_FILE));
        if (format == null) {
            throw CadenceException.badInput(file + ": unknown activity file type; expected .fit, .tcx or .gpx");
        }
        ActivityFormat.check(file, format);
        return switch (format) {
            case FIT -> new FitReader();
            case TCX -> new TcxReader();
            case GPX -> new GpxReader();
        };
    }
}
