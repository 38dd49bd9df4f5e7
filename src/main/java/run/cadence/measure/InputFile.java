package run.cadence.measure;

import java.nio.file.Files;
import java.nio.file.Path;
import run.cadence.CadenceException;

/** The one check on a path the runner names as a file to measure, before anything asks for its name. */
public final class InputFile {
    private InputFile() {}

    /**
     * The file's name, e.g. "run.fit" for "~/runs/run.fit".
     *
     * @param expected what belongs there, for the message: "a recording (WAV or MP3)"
     * @throws CadenceException BAD_INPUT for a folder, or a path with no file name ("/"), which would otherwise
     *     fail deep in a reader or as a null name
     */
    public static String name(Path file, String expected) {
        Path name = file.getFileName();
        if (name == null || Files.isDirectory(file)) {
            throw CadenceException.badInput(file + ": is a folder; give " + expected);
        }
        return name.toString();
    }
}
