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

    /** A history from before the closed loop: its profile and sessions come through, with nothing new invented. */
    @Test
    void aHistoryFromBeforeTheClosedLoopKeepsItsProfileAndSessions() throws Exception {
        Path db = dir.resolve("v2.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (int v = 0; v < 2; v++) {
                Migrations.apply(st, v);
            }
            st.executeUpdate("INSERT INTO profile (id, baseline_spm, baseline_source, increase, walk_check, hop_check,"
                    + " start_stage, start_after_session, updated_at) VALUES (1, 164, 'entered', '+5%', 'PASSED',"
                    + " 'PASSED', 1, 0, '2026-11-20T10:00:00Z')");
            st.executeUpdate("INSERT INTO session (session_date, level, stage, terrain, intensity, cadence_percent,"
                    + " walk_minutes, run_minutes, repeats, click_percent, target_spm, decision, reasons, status,"
                    + " done_seconds, planned_at, stop_reason) VALUES ('2026-11-26', 0, 1, 'UPHILL_TREADMILL', 'EASY',"
                    + " 2.5, 5, 0, 4, 100, 168.1, 'START', 'Starting', 'COMPLETED', 1800, '2026-11-26T10:00:00Z',"
                    + " NULL)");
        }
        try (SqliteHistoryStore s = SqliteHistoryStore.open(db)) {
            run.cadence.plan.Profile p = s.profile().orElseThrow();
            assertEquals(run.cadence.plan.Stairs.NOT_ASKED, p.stairs());
            assertEquals(java.util.Optional.empty(), p.checksAnsweredOn());
            run.cadence.plan.History h = s.history();
            assertEquals(1, h.runs().size());
            assertEquals(java.util.List.of(), h.extras());
            assertEquals(java.util.Optional.empty(), h.runs().get(0).recording());
            // The old ladder's 20-minute walk (5 min x 4) is the new program's first level.
            assertEquals(0, run.cadence.plan.Program.rampingTo(5).levelOf(h.runs().get(0).session()));
        }
    }
}
