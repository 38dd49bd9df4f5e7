package run.cadence.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.Cadence;
import run.cadence.CadenceException;

/**
 * Opening the history: a foreign, damaged or newer file is refused as bad stored data and left byte for byte as
 * it was (SHA-256 before and after); a new one is created whole.
 */
class HistoryDatabaseTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("history.db");
    }

    /** A history with a profile and a few sessions, checkpointed so that all of it is in the file. */
    private Path history() throws Exception {
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db())) {
            store.saveBaseline(new Cadence(164), "x");
            for (int i = 0; i < 50; i++) {
                LocalDate day = LocalDate.of(2026, 1, 1);
                store.recordPlanned(SqliteHistoryStoreTest.decision(i % 16, day), day, new Cadence(170));
            }
        }
        return db();
    }

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** Opens the file, expects a refusal with bad stored data, and checks the file did not change at all. */
    private StoreProblem refused(Path file) throws Exception {
        String before = sha256(file);
        StoreException e = assertThrows(StoreException.class, () -> {
            try (SqliteHistoryStore store = SqliteHistoryStore.open(file)) {
                store.sessions();
            }
        });
        assertEquals(CadenceException.Kind.BAD_DATA, e.kind(), e.getMessage());
        assertEquals(before, sha256(file), "a refused file was changed");
        return e.problem();
    }

    @Test
    void newerSchemaIsRefused() throws Exception {
        sql(history(), "PRAGMA user_version = 99");
        assertEquals(new StoreProblem.Newer(db(), 99, Migrations.LATEST), refused(db()));
    }

    @Test
    void aNegativeSchemaVersionIsDamagedNotACrash() throws Exception {
        sql(history(), "PRAGMA user_version = -1");
        assertEquals(new StoreProblem.BadVersion(db(), -1), refused(db()));
    }

    @Test
    void aMissingTableIsNamed() throws Exception {
        sql(history(), "DROP TABLE pain_report");
        assertEquals(new StoreProblem.SchemaMismatch(db(), Migrations.LATEST, List.of("pain_report"), List.of(),
                List.of()), refused(db()));
    }

    @Test
    void anExtraOrChangedTableIsNamed() throws Exception {
        sql(history(), "CREATE TABLE photos (name TEXT)", "DROP TABLE pain_report",
                "CREATE TABLE pain_report (session_id INTEGER PRIMARY KEY)");
        assertEquals(new StoreProblem.SchemaMismatch(db(), Migrations.LATEST, List.of(), List.of("photos"),
                List.of("pain_report")), refused(db()));
    }

    @Test
    void aFileTruncatedByOneByteIsRefused() throws Exception {
        byte[] whole = Files.readAllBytes(history());
        Files.write(db(), Arrays.copyOf(whole, whole.length - 1));
        StoreProblem p = refused(db());
        assertEquals(new StoreProblem.SizeMismatch(db(), whole.length - 1, whole.length / 4096, 4096), p);
    }

    @Test
    void aFileWithAByteAddedIsRefused() throws Exception {
        byte[] whole = Files.readAllBytes(history());
        Files.write(db(), Arrays.copyOf(whole, whole.length + 1));
        assertInstanceOf(StoreProblem.SizeMismatch.class, refused(db()));
    }

    @Test
    void anEmptyFileIsRefusedNotTakenForANewHistory() throws Exception {
        Files.createFile(db());
        assertEquals(new StoreProblem.Empty(db()), refused(db()));
        assertEquals(0, Files.size(db()));
    }

    @Test
    void aTextFileIsRefused() throws Exception {
        Files.write(db(), "my running diary\nday 1: 5 km\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(new StoreProblem.NotSqlite(db()), refused(db()));
        assertFalse(Files.exists(dir.resolve("history.db-wal")));
    }

    @Test
    void scribbledPagesAreDamaged() throws Exception {
        byte[] bytes = Files.readAllBytes(history());
        // Keep the header, scribble over the pages behind it.
        for (int i = 100; i < bytes.length; i += 7) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(db(), bytes);
        assertInstanceOf(StoreProblem.Damaged.class, refused(db()));
    }

    /** Opening must not switch a refused file to WAL: that rewrites header bytes 18-19 ("not changed" would lie). */
    @Test
    void someoneElsesRollbackJournalDatabaseIsRefused() throws Exception {
        sql(db(), "CREATE TABLE photos (name TEXT)");
        assertEquals(new StoreProblem.Foreign(db()), refused(db()));
    }

    /**
     * A read-write connection would checkpoint a leftover WAL into the file when it closes; the checks run
     * read-only, so a refused file keeps its bytes even with committed pages still in its WAL.
     */
    @Test
    void aRefusedFileWithPagesInItsWalIsNotCheckpointed() throws Exception {
        history();
        Path copy = dir.resolve("copy.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint = 0");
            st.execute("DROP TABLE pain_report");
            // Copy the file and its WAL while the WAL still holds the change.
            Files.copy(db(), copy);
            Files.copy(dir.resolve("history.db-wal"), dir.resolve("copy.db-wal"));
        }
        assertTrue(Files.size(dir.resolve("copy.db-wal")) > 0);
        assertInstanceOf(StoreProblem.SchemaMismatch.class, refused(copy));
    }

    @Test
    void anAcceptedHistoryIsInWalModeAndAtTheLatestVersion() throws Exception {
        history();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            assertTrue(rs.next());
            assertEquals("wal", rs.getString(1));
            assertEquals(Migrations.LATEST, Migrations.version(c));
        }
    }

    @Test
    void aNewHistoryIsCreatedWholeAndLeavesNoHiddenFile() throws Exception {
        SqliteHistoryStore.open(db()).close();
        assertEquals("ok", integrity(db()));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("history.db"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void aVersionZeroFileWithoutTablesIsMigrated() throws Exception {
        sql(db(), "PRAGMA user_version = 0", "VACUUM");
        assertTrue(Files.size(db()) > 0);
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db())) {
            assertTrue(store.sessions().isEmpty());
        }
    }

    private static String integrity(Path file) throws Exception {
        try (SqliteHistoryStore store = SqliteHistoryStore.open(file)) {
            return store.integrityCheck();
        }
    }
}
