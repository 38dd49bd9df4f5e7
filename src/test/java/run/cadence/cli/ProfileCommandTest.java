package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ProfileCommandTest extends HistoryCli {

    @Test
    void setsAndShowsTheProfile() {
        CliRunner set = cadence("profile", "--baseline", "164", "--increase", "7.5%");
        assertEquals(0, set.exitCode(), set.err());
        CliRunner show = cadence("profile");
        assertEquals(0, show.exitCode(), show.err());
        assertTrue(show.out().contains("baseline 164 spm (entered)"), show.out());
        assertTrue(show.out().contains("target   176.3 spm (+7.5%)"), show.out());
    }

    @Test
    void showingWithoutAProfileCreatesNothing() {
        CliRunner r = cadence("profile");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("cadence: error: no profile yet"), r.err());
        assertFalse(Files.exists(dir.resolve("history.db")));
    }

    @Test
    void badValuesAreOneLineExitTwoAndLeaveTheHistoryAsItWas() throws Exception {
        assertEquals(0, cadence("profile", "--baseline", "164").exitCode());
        byte[] before = Files.readAllBytes(dir.resolve("history.db"));
        String[][] bad = {
                {"profile", "--baseline", "99"},
                {"profile", "--baseline", "221"},
                {"profile", "--stage", "7"},
                {"profile", "--stage", "0"},
                {"profile", "--increase", "12%"},
                {"profile", "--walk-check", "maybe"},
        };
        String[] expected = {"baseline 99 spm is outside 100-220", "baseline 221 spm is outside 100-220",
                "unknown stage 7", "unknown stage 0", "increase +12% is outside", "invalid check result 'maybe'"};
        for (int i = 0; i < bad.length; i++) {
            CliRunner r = cadence(bad[i]);
            assertEquals(2, r.exitCode(), String.join(" ", bad[i]) + ": " + r.err());
            assertEquals(1, r.errLines().length, r.err());
            assertTrue(r.err().contains(expected[i]), r.err());
        }
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("history.db")));
        assertTrue(cadence("profile").out().contains("baseline 164 spm"));
    }

    @Test
    void badOrIncompleteInputOnAnEmptyDataDirCreatesNothing() {
        CliRunner tooMuch = cadence("profile", "--increase", "15%");
        assertEquals(2, tooMuch.exitCode(), tooMuch.err());
        assertTrue(tooMuch.err().contains("increase +15% is outside"), tooMuch.err());
        CliRunner noBaseline = cadence("profile", "--walk-check", "pass");
        assertEquals(2, noBaseline.exitCode(), noBaseline.err());
        assertTrue(noBaseline.err().contains("no baseline yet: give --baseline N"), noBaseline.err());
        assertFalse(Files.exists(dir.resolve("history.db")));
    }

    @Test
    void firstProfileNeedsABaseline() {
        CliRunner r = cadence("profile", "--increase", "5%");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no baseline yet: give --baseline N"), r.err());
    }

    @Test
    void aNewerDatabaseIsExitThree() throws Exception {
        assertEquals(0, cadence("profile", "--baseline", "164").exitCode());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("history.db"));
                java.sql.Statement st = c.createStatement()) {
            // Far above any step this round adds (branches append migrations as they merge).
            st.executeUpdate("PRAGMA user_version = 99");
        }
        CliRunner r = cadence("profile", "--baseline", "170");
        assertEquals(3, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().contains("schema version 99, newer than this cadence understands"), r.err());
    }

    @Test
    void aTextFileInPlaceOfTheDatabaseIsExitThreeAndKept() throws Exception {
        Files.writeString(dir.resolve("history.db"), "not a database");
        CliRunner r = cadence("profile", "--baseline", "170");
        assertEquals(3, r.exitCode());
        assertEquals("not a database", Files.readString(dir.resolve("history.db")));
    }
}
