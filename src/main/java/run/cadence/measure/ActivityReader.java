package run.cadence.measure;

import java.nio.file.Path;
import java.util.Locale;
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

    /** The reader for a file, chosen by its extension. */
    static ActivityReader forFile(Path file) {
        String name = InputFile.name(file, ACTIVITY_FILE).toLowerCase(Locale.ROOT);
        if (name.endsWith(".fit")) {
            return new FitReader();
        }
        if (name.endsWith(".tcx")) {
            return new TcxReader();
        }
        if (name.endsWith(".gpx")) {
            return new GpxReader();
        }
        throw CadenceException.badInput(file + ": unknown activity file type; expected .fit, .tcx or .gpx");
    }
}
