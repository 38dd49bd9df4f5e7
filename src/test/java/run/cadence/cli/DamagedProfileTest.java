package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A profile row holding what no version writes: every command that needs it refuses before it writes anything
 * (exit 3), and the advice it gives works: {@code cadence profile} with new values for what is damaged sets it again,
 * keeping the rest.
 */
class DamagedProfileTest extends HistoryCli {
    final RecordingPlayer player = new RecordingPlayer();

    {
        env = player.in(env);
    }

    @BeforeEach
    void aSessionPlayed() {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "3", "--walk-check", "pass", "--hop-check",
                "pass").exitCode());
        assertEquals(0, cadence("next", "--today", "2026-11-26").exitCode());
    }

    private void sql(String update) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("history.db"));
                Statement st = c.createStatement()) {
            st.executeUpdate(update);
        }
    }

    private byte[] history() throws Exception {
        return Files.readAllBytes(dir.resolve("history.db"));
    }

    @Test
    void logRefusesBeforeWritingAndProfileWithTheAdvisedOptionSetsItAgain() throws Exception {
        sql("UPDATE profile SET increase = 'lots'");
        byte[] before = history();
        CliRunner log = cadence("log", "--during", "5", "--after", "5", "--today", "2026-11-26");
        assertEquals(3, log.exitCode(), log.err());
        assertEquals("", log.out());
        String advice = "the profile in " + dir.resolve("history.db") + " is damaged (increase: ";
        assertTrue(log.err().startsWith("cadence: error: " + advice), log.err());
        assertTrue(log.err().strip().endsWith("nothing was changed: set it again with cadence profile --increase 5%"),
                log.err());
        assertArrayEquals(before, history(), "the pain report was written");

        CliRunner baselineOnly = cadence("profile", "--baseline", "170");
        assertEquals(3, baselineOnly.exitCode(), "a baseline does not mend the increase");
        assertArrayEquals(before, history());

        CliRunner fixed = cadence("profile", "--increase", "5%");
        assertEquals(0, fixed.exitCode(), fixed.err());
        assertTrue(fixed.out().contains("baseline 164 spm (entered)"), fixed.out());
        assertTrue(fixed.out().contains("program start: stage 3"), "the sound columns were kept: " + fixed.out());
        CliRunner logged = cadence("log", "--during", "5", "--after", "5", "--today", "2026-11-26");
        assertEquals(0, logged.exitCode(), logged.err());
    }

    @Test
    void eachDamagedColumnIsNamedWithTheOptionThatSetsIt() throws Exception {
        sql("PRAGMA ignore_check_constraints = ON; UPDATE profile SET stairs = 'often', start_after_session = 'x'");
        CliRunner shown = cadence("profile");
        assertEquals(3, shown.exitCode());
        assertTrue(shown.err().strip().endsWith("set it again with cadence profile --stage 1-6 --stairs hurt|fine"),
                shown.err());
        CliRunner fixed = cadence("profile", "--stage", "3", "--stairs", "fine");
        assertEquals(0, fixed.exitCode(), fixed.err());
    }

    /** Two writes asked of one log, the second refused: neither is kept. */
    @Test
    void aLogRefusedPartWayKeepsNothing() throws Exception {
        byte[] before = history();
        CliRunner r = cadence("log", "--stopped-at", "10m", "--morning", "0", "--today", "2026-11-27");
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(List.of("cadence: error: the first report for the session on Thu 26 Nov needs both --during and"
                + " --after"), List.of(r.errLines()));
        assertEquals("", r.out());
        CliRunner history = cadence("history", "--csv");
        assertTrue(history.out().contains(",completed,"), "the stop was recorded: " + history.out());
        assertEquals(before.length, history().length);
    }
}
