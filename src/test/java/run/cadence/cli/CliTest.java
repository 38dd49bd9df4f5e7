package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CliTest {
    @Test
    void versionPrintsNameAndExitsZero() {
        CliRunner r = CliRunner.run("--version");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("cadence "), r.out());
    }

    @Test
    void unknownOptionIsOneLineUsageErrorWithExitTwo() {
        CliRunner r = CliRunner.run("--frobnicate");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("cadence: error: Unknown option: '--frobnicate'"), r.err());
        assertTrue(r.err().contains("see 'cadence --help'"), r.err());
    }

    @Test
    void noCommandIsBadInput() {
        CliRunner r = CliRunner.run();
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("missing command"), r.err());
    }

    @Test
    void completionScriptIsGenerated() {
        CliRunner r = CliRunner.run("generate-completion");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("complete -F"), r.out().substring(0, Math.min(200, r.out().length())));
    }
}
