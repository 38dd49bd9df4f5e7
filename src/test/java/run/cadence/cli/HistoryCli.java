package run.cadence.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture the history-keeping commands' tests share: each test gets a data directory of its own, and
 * {@link #cadence} runs the CLI against it, so no test reads or writes the user's real history or another
 * test's.
 */
abstract class HistoryCli {
    @TempDir
    Path dir;

    /** The world the commands see; a test with a recording player replaces it. */
    Environment env = Environment.system();

    /** Runs {@code cadence args... --data-dir dir}. */
    CliRunner cadence(String... args) {
        return CliRunner.inDataDir(env, dir, args);
    }
}
