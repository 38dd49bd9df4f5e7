package run.cadence.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import run.cadence.CadenceException;

/**
 * What went wrong with a file the program writes (an audio render, a chart). The CLI words it, naming the option
 * that gave the path; lower layers only say what happened.
 */
public sealed interface OutputProblem {
    /** The file that was to be written. */
    Path target();

    /** Bad input for a path the runner can change; a runtime failure once writing has started. */
    default CadenceException.Kind kind() {
        return CadenceException.Kind.BAD_INPUT;
    }

    /** The name does not end in one of {@code allowed} (".wav", ".mp3"). */
    record WrongExtension(Path target, List<String> allowed) implements OutputProblem {
        public WrongExtension {
            allowed = List.copyOf(allowed);
        }
    }

    /** The target is a folder. */
    record IsFolder(Path target) implements OutputProblem {}

    /** The folder the file would go in does not exist. */
    record FolderMissing(Path target, Path folder) implements OutputProblem {}

    /** On the way to the target's folder, {@code file} is a file, not a folder ({@code a.wav/x.wav}). */
    record NotAFolder(Path target, Path file) implements OutputProblem {}

    /** The file could not be created (permission denied, read-only file system, ...). */
    record CannotCreate(Path target, IOException cause) implements OutputProblem {}

    /** A WAV render of the expected length would pass the format's 4 GiB limit. */
    record TooLongForWav(Path target) implements OutputProblem {}

    /** Writing failed part-way (disk full, I/O error); the partial file was removed. */
    record WriteFailed(Path target, IOException cause) implements OutputProblem {
        @Override
        public CadenceException.Kind kind() {
            return CadenceException.Kind.RUNTIME;
        }
    }
}
