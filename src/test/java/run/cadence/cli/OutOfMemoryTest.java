package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;
import run.cadence.measure.BaselineRecorder;
import run.cadence.measure.FitFixtures;

/** Running out of memory anywhere in a command is one line and exit 1, never the JVM's stack trace. */
class OutOfMemoryTest {
    @TempDir
    Path dir;

    /** A profile that runs out of memory when asked for its increase, as a command deep in its work would. */
    private static final class Exhausted implements BaselineRecorder {
        @Override
        public Optional<CadenceIncrease> savedIncrease() {
            throw new OutOfMemoryError("Java heap space");
        }

        @Override
        public void record(Cadence baseline, String source, Optional<CadenceIncrease> increase) {
        }
    }

    @Test
    void anOutOfMemoryErrorIsOneLineAndExitOne() throws IOException {
        Path fit = FitFixtures.steadyRun(dir.resolve("run.fit"));
        CliRunner r = CliRunner.run(Environment.system().withBaselines(new Exhausted()), "measure", "file",
                fit.toString());
        assertEquals(ExitCodes.RUNTIME, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
        assertEquals("cadence: error: " + Cli.outOfMemory(Runtime.getRuntime().maxMemory()), r.errLines()[0]);
        assertTrue(r.errLines()[0].matches("cadence: error: out of memory: Java's limit here is \\d+ MB, too little"
                + " for this input; give it more with CADENCE_JAVA_OPTS=-Xmx1g, or use a smaller file"), r.err());
    }

    @Test
    void withVerboseTheStackTraceFollows() throws IOException {
        Path fit = FitFixtures.steadyRun(dir.resolve("run.fit"));
        CliRunner r = CliRunner.run(Environment.system().withBaselines(new Exhausted()), "measure", "file",
                fit.toString(), "--verbose");
        assertEquals(ExitCodes.RUNTIME, r.exitCode());
        assertTrue(r.err().contains("java.lang.OutOfMemoryError: Java heap space"), r.err());
    }
}
