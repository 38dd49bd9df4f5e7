package run.cadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.Cadence;

class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void freshDatabaseIsAtTheLatestVersionInWalMode() throws Exception {
        Path db = dir.resolve("h.db");
        SqliteHistoryStore.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertEquals(Migrations.LATEST, Migrations.version(c));
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertEquals("wal", rs.getString(1));
            }
        }
    }

    @Test
    void reopeningKeepsDataAndVersion() throws Exception {
        Path db = dir.resolve("h.db");
        try (SqliteHistoryStore s = SqliteHistoryStore.open(db)) {
            s.saveBaseline(new Cadence(170), "x");
        }
        try (SqliteHistoryStore s = SqliteHistoryStore.open(db)) {
            assertEquals(new Cadence(170), s.profile().orElseThrow().baseline());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertEquals(Migrations.LATEST, Migrations.version(c));
        }
    }
}
