package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProfileHelpTest {
    @Test
    void theExamplesKeepTheirPercentSignsAndLineBreaks() {
        // picocli formats a footer: a bare % once made it print the raw text with "%n" in it, and a warning.
        CliRunner r = CliRunner.run("profile", "--help");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains(
                "\n  cadence profile --increase 7.5%     (above +5% only by choice; +10% at most)\n"), r.out());
        assertTrue(r.out().contains("\n  cadence profile --stairs hurt "), r.out());
        assertFalse(r.out().contains("%n"), r.out());
    }
}
