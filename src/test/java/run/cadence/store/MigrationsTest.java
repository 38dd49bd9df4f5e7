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

    @Test
    void sessionsRecordedBeforeStopReasonsKeepTheirStatusWithNoReason() throws Exception {
        Path db = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String sql : Migrations.STEPS.get(0)) {
                st.executeUpdate(sql);
            }
            st.executeUpdate("PRAGMA user_version = 1");
            st.executeUpdate("INSERT INTO session (session_date, level, stage, terrain, intensity, cadence_percent,"
                    + " walk_minutes, run_minutes, repeats, click_percent, target_spm, decision, reasons, status,"
                    + " done_seconds, planned_at) VALUES ('2026-11-26', 9, 3, 'FLAT', 'EASY', 5, 2, 3, 6, 100,"
                    + " 172.2, 'ADVANCE', 'because', 'STOPPED_EARLY', 754, '2026-11-26T10:00:00Z')");
        }
        try (SqliteHistoryStore s = SqliteHistoryStore.open(db)) {
            assertEquals(run.cadence.plan.SessionStatus.STOPPED_EARLY, s.sessions().get(0).status());
            assertEquals(754, s.sessions().get(0).doneSeconds());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT stop_reason FROM session")) {
            assertEquals(Migrations.LATEST, Migrations.version(c));
            rs.next();
            assertEquals(null, rs.getString(1));
        }
    }
}
