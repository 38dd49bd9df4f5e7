package run.cadence.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.Cadence;
import run.cadence.CadenceException;

/** Opening the history: a foreign, damaged or newer file is refused and left byte for byte as it was. */
class HistoryDatabaseTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("history.db");
    }

    @Test
    void newerSchemaIsRefusedWithBadDataAndLeftByteForByte() throws Exception {
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db())) {
            store.saveBaseline(new Cadence(164), "x");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
                Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA user_version = 99");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] before = Files.readAllBytes(db());
        CadenceException e = assertThrows(CadenceException.class, () -> SqliteHistoryStore.open(db()));
        assertEquals(CadenceException.Kind.BAD_DATA, e.kind());
        assertTrue(e.getMessage().contains("schema version 99, newer than this cadence understands ("
                + Migrations.LATEST + ")"),
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(db()));
    }

    /** Opening must not switch a refused file to WAL: that rewrites header bytes 18-19 ("not changed" would lie). */
    @Test
    void refusedRollbackJournalFilesStayByteIdentical() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
                Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE photos (name TEXT)");
        }
        String before = sha256(db());
        CadenceException foreign = assertThrows(CadenceException.class, () -> SqliteHistoryStore.open(db()));
        assertEquals(CadenceException.Kind.BAD_DATA, foreign.kind());
        assertEquals(before, sha256(db()), "someone else's database was changed");

        Path newer = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer);
                Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE session (id INTEGER)");
            st.executeUpdate("PRAGMA user_version = 99");
        }
        String newerBefore = sha256(newer);
        CadenceException e = assertThrows(CadenceException.class, () -> SqliteHistoryStore.open(newer));
        assertTrue(e.getMessage().contains("The file was not changed"), e.getMessage());
        assertEquals(newerBefore, sha256(newer), "a newer history was changed");
    }

    @Test
    void anAcceptedHistoryIsInWalMode() throws Exception {
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db())) {
            store.saveBaseline(new Cadence(164), "x");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
                Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            assertTrue(rs.next());
            assertEquals("wal", rs.getString(1));
        }
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void aTextFileIsRefusedAndNeverOverwritten() throws Exception {
        byte[] text = "my running diary\nday 1: 5 km\n".getBytes(StandardCharsets.UTF_8);
        Files.write(db(), text);
        CadenceException e = assertThrows(CadenceException.class, () -> SqliteHistoryStore.open(db()));
        assertEquals(CadenceException.Kind.BAD_DATA, e.kind());
        assertTrue(e.getMessage().contains("not a Cadence Coach database"), e.getMessage());
        assertArrayEquals(text, Files.readAllBytes(db()));
        assertFalse(Files.exists(dir.resolve("history.db-wal")));
    }

    @Test
    void aCorruptDatabaseIsBadDataAndUntouched() throws Exception {
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db())) {
            for (int i = 0; i < 50; i++) {
                LocalDate day = LocalDate.of(2026, 1, 1);
                store.recordPlanned(SqliteHistoryStoreTest.decision(i % 20, day), day, new Cadence(170));
            }
        }
        byte[] bytes = Files.readAllBytes(db());
        // Keep the header, scribble over the pages behind it.
        for (int i = 100; i < bytes.length; i += 7) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(db(), bytes);
        CadenceException e = assertThrows(CadenceException.class, () -> {
            try (SqliteHistoryStore store = SqliteHistoryStore.open(db())) {
                store.sessions();
            }
        });
        assertEquals(CadenceException.Kind.BAD_DATA, e.kind(), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(db()));
    }

    @Test
    void someoneElsesSqliteDatabaseIsRefused() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
                Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE photos (name TEXT)");
        }
        CadenceException e = assertThrows(CadenceException.class, () -> SqliteHistoryStore.open(db()));
        assertEquals(CadenceException.Kind.BAD_DATA, e.kind());
        assertTrue(e.getMessage().contains("not a Cadence Coach history"), e.getMessage());
    }
}
