package run.cadence.measure;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import run.cadence.CadenceException;

/** The checks on a path the runner names as a file to measure, and the one wording of what went wrong opening it. */
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

    /** "run.fit: the file is empty (0 bytes); export the activity again", whatever its format. */
    static CadenceException empty(Path file) {
        return CadenceException.badInput(file + ": the file is empty (0 bytes); export the activity again");
    }

    /**
     * A file that could not be opened or read, with the system's reason: "cannot read (permission denied)". Java
     * gives the path as the message of the common failures, which said nothing ("cannot read (noread.fit)").
     */
    static CadenceException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return CadenceException.badInput(file + ": no such file", e);
        }
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return CadenceException.badInput(file + ": cannot read (" + reason + ")", e);
    }
}
