package run.cadence.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import run.cadence.CadenceException;
import run.cadence.store.DataDirectory;
import run.cadence.store.HistoryStore;

/** {@code --data-dir}, shared by every command that reads or writes the history. */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the history lives (default: $CADENCE_HOME, else $XDG_DATA_HOME/cadence,"
                    + " else ~/.local/share/cadence).")
    Path dataDir;

    /**
     * The folder; one named by an environment variable is decoded with the locale's character set like the command
     * line, so it is refused the same way when it did not reach Java intact (see {@link PathConverter}).
     */
    DataDirectory directory() {
        String given;
        try {
            DataDirectory dir = DataDirectory.resolve(Optional.ofNullable(dataDir));
            if (PathConverter.parse(dir.path().toString()).isPresent()) {
                return dir;
            }
            given = dir.path().toString();
        } catch (InvalidPathException e) {
            given = e.getInput();
        }
        throw CadenceException.badInput("cannot use the data folder (from --data-dir, $CADENCE_HOME, $XDG_DATA_HOME"
                + " or $HOME): " + PathConverter.unusable(given) + ", or give --data-dir");
    }

    /** Opens the history, creating it if needed: for commands that write a profile. */
    HistoryStore open() {
        return HistoryStore.open(directory());
    }

    /**
     * Opens an existing history; without one there is nothing to plan or log yet, and nothing is created.
     */
    HistoryStore openExisting() {
        DataDirectory dir = directory();
        if (!Files.exists(dir.database())) {
            throw CadenceException.badInput("no profile yet in " + dir.path()
                    + ": start with cadence profile --baseline N (your easy-running steps per minute)");
        }
        return HistoryStore.open(dir);
    }
}
