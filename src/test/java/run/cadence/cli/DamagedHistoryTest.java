package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The commands that read and write the history, on damaged, foreign and newer files: exit 3, one line that says
 * what is wrong and that the file was left alone, and the file byte for byte as it was (SHA-256 before and after).
 * {@code log} is the command that rewrote a truncated file before.
 */
class DamagedHistoryTest extends HistoryCli {
    private Path db() {
        return dir.resolve("history.db");
    }

    private void aHistory() throws Exception {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "3", "--walk-check", "pass", "--hop-check",
                "pass").exitCode());
        assertEquals(0, cadence("next", "--today", "2026-11-26", "--out", dir.resolve("s.wav").toString(),
                "--no-voice").exitCode());
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement st = c.createStatement()) {
            st.execute(statement);
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    /** The schema version this cadence writes (it grows as migrations are added). */
    private int latest() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** Runs log, plan and profile --baseline on the file: each refuses it the same way and none changes it. */
    private void refusedBy3(String expected) throws Exception {
        String before = sha256(db());
        for (String[] args : new String[][] {{"log", "--during", "2", "--after", "1"}, {"plan"},
                {"profile", "--baseline", "170"}, {"history"}}) {
            CliRunner r = cadence(args);
            assertEquals(3, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.errLines().length, r.err());
            assertEquals("cadence: error: " + expected, r.errLines()[0], String.join(" ", args));
            assertEquals(before, sha256(db()), String.join(" ", args) + " changed the file");
        }
    }

    @Test
    void aNegativeSchemaVersion() throws Exception {
        aHistory();
        sql("PRAGMA user_version = -3");
        refusedBy3(db() + " is damaged (schema version -3, which no cadence writes); it was left untouched: restore a"
                + " backup, move it away, or use --data-dir");
    }

    @Test
    void aMissingTable() throws Exception {
        aHistory();
        int version = latest();
        sql("DROP TABLE pain_report");
        refusedBy3(db() + " does not have the tables of a Cadence Coach history (schema version " + version
                + "): pain_report"
                + " missing; it was left untouched: restore a backup, move it away, or use --data-dir");
    }

    @Test
    void aFileTruncatedByOneByte() throws Exception {
        aHistory();
        byte[] whole = Files.readAllBytes(db());
        Files.write(db(), Arrays.copyOf(whole, whole.length - 1));
        refusedBy3(String.format("%s is damaged (%d bytes where its %d pages of 4096 bytes need %d: truncated or"
                + " padded); it was left untouched: restore a backup, move it away, or use --data-dir", db(),
                whole.length - 1, whole.length / 4096, whole.length));
    }

    @Test
    void anEmptyFile() throws Exception {
        Files.createFile(db());
        refusedBy3(db() + " is empty (0 bytes), so the history it held is gone; it was left untouched: restore a"
                + " backup, delete it to start a new history, or use --data-dir");
    }

    @Test
    void aNewerSchema() throws Exception {
        aHistory();
        int version = latest();
        sql("PRAGMA user_version = 999");
        refusedBy3(db() + " has schema version 999, newer than this cadence understands (" + version
                + "); upgrade cadence, or use"
                + " --data-dir for a separate history. The file was not changed");
    }
}
