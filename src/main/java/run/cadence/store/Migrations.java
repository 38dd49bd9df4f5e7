package run.cadence.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema, one step per version. {@code PRAGMA user_version} holds the version; each step and its
 * version bump commit together, so a crash mid-migration leaves the previous version intact.
 */
final class Migrations {
    /** Step i takes the schema from version i to i + 1. Append only: never edit a released step. */
    static final List<String[]> STEPS = List.<String[]>of(new String[] {
        "CREATE TABLE profile ("
                + " id INTEGER PRIMARY KEY CHECK (id = 1),"
                + " baseline_spm REAL NOT NULL CHECK (baseline_spm BETWEEN 100 AND 220),"
                + " baseline_source TEXT NOT NULL,"
                + " increase TEXT NOT NULL,"
                + " walk_check TEXT NOT NULL,"
                + " hop_check TEXT NOT NULL,"
                + " start_stage INTEGER NOT NULL CHECK (start_stage BETWEEN 1 AND 6),"
                + " start_after_session INTEGER NOT NULL,"
                + " updated_at TEXT NOT NULL)",
        "CREATE TABLE session ("
                + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                + " session_date TEXT NOT NULL,"
                + " level INTEGER NOT NULL,"
                + " stage INTEGER NOT NULL CHECK (stage BETWEEN 1 AND 6),"
                + " terrain TEXT NOT NULL,"
                + " intensity TEXT NOT NULL,"
                + " cadence_percent REAL NOT NULL,"
                + " walk_minutes INTEGER NOT NULL,"
                + " run_minutes INTEGER NOT NULL,"
                + " repeats INTEGER NOT NULL,"
                + " click_percent INTEGER NOT NULL,"
                + " target_spm REAL NOT NULL,"
                + " decision TEXT NOT NULL,"
                + " reasons TEXT NOT NULL,"
                + " status TEXT NOT NULL CHECK (status IN ('PLANNED', 'STARTED', 'COMPLETED', 'STOPPED_EARLY')),"
                + " done_seconds INTEGER NOT NULL DEFAULT 0 CHECK (done_seconds >= 0),"
                + " planned_at TEXT NOT NULL,"
                + " started_at TEXT,"
                + " ended_at TEXT)",
        "CREATE TABLE pain_report ("
                + " session_id INTEGER PRIMARY KEY REFERENCES session(id),"
                + " pain_during INTEGER NOT NULL CHECK (pain_during BETWEEN 0 AND 10),"
                + " pain_after INTEGER NOT NULL CHECK (pain_after BETWEEN 0 AND 10),"
                + " pain_morning INTEGER CHECK (pain_morning IS NULL OR pain_morning BETWEEN 0 AND 10),"
                + " limp INTEGER NOT NULL CHECK (limp IN (0, 1)),"
                + " note TEXT,"
                + " logged_at TEXT NOT NULL)",
    }, new String[] {
        // Why a session stopped early (PlayOutcome.StopReason); NULL while it has not, and for sessions recorded
        // before the reason was kept.
        "ALTER TABLE session ADD COLUMN stop_reason TEXT"
                + " CHECK (stop_reason IS NULL OR stop_reason IN ('RUNNER', 'PAIN', 'FAILED'))",
    }, new String[] {
        // The music library's analysis cache (issue 10): one row per file, keyed by path; an unchanged size and
        // modification time means the analysis still holds. A skipped file keeps its reason and no analysis.
        "CREATE TABLE music_track ("
                + " path TEXT PRIMARY KEY,"
                + " size INTEGER NOT NULL CHECK (size >= 0),"
                + " modified_ms INTEGER NOT NULL,"
                + " skip_reason TEXT,"
                + " bpm REAL CHECK (bpm IS NULL OR bpm > 0),"
                + " first_beat_s REAL,"
                + " steady INTEGER CHECK (steady IS NULL OR steady IN (0, 1)),"
                + " confidence REAL CHECK (confidence IS NULL OR confidence BETWEEN 0 AND 1),"
                + " beats INTEGER,"
                + " loudness_lufs REAL,"
                + " duration_s REAL,"
                + " sample_rate INTEGER,"
                + " channels INTEGER,"
                + " analysed_at TEXT NOT NULL,"
                + " CHECK ((skip_reason IS NULL) = (duration_s IS NOT NULL)))",
    }, new String[] {
        // The closed loop (issue 8): whether stairs still hurt and when the entry checks were answered; when a
        // session started playing live (to lay a watch recording over it); strength and cross-training sessions
        // (their run columns hold the level the runner was at); flares confirmed settled; watch recordings, with
        // the file's hash and size so logging the same file twice changes nothing.
        "ALTER TABLE profile ADD COLUMN stairs TEXT NOT NULL DEFAULT 'NOT_ASKED'"
                + " CHECK (stairs IN ('NOT_ASKED', 'HURT', 'FINE'))",
        "ALTER TABLE profile ADD COLUMN checks_on TEXT",
        "ALTER TABLE session ADD COLUMN live_start TEXT",
        "CREATE TABLE extra_session ("
                + " session_id INTEGER PRIMARY KEY REFERENCES session(id),"
                + " kind TEXT NOT NULL CHECK (kind IN ('STRENGTH', 'CROSS')),"
                + " name TEXT NOT NULL,"
                + " sets INTEGER NOT NULL CHECK (sets BETWEEN 0 AND 10),"
                + " reps INTEGER NOT NULL CHECK (reps BETWEEN 0 AND 100))",
        "CREATE TABLE settled ("
                + " session_id INTEGER PRIMARY KEY REFERENCES session(id),"
                + " settled_on TEXT NOT NULL,"
                + " logged_at TEXT NOT NULL)",
        "CREATE TABLE recording ("
                + " session_id INTEGER PRIMARY KEY REFERENCES session(id),"
                + " file_name TEXT NOT NULL,"
                + " sha256 TEXT NOT NULL,"
                + " size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),"
                + " recording_start TEXT,"
                + " minutes_run REAL NOT NULL CHECK (minutes_run >= 0),"
                + " logged_at TEXT NOT NULL)",
        "CREATE TABLE recording_step ("
                + " session_id INTEGER NOT NULL REFERENCES recording(session_id),"
                + " step_index INTEGER NOT NULL,"
                + " target_spm REAL NOT NULL,"
                + " measured_spm REAL,"
                + " seconds_measured REAL NOT NULL CHECK (seconds_measured >= 0),"
                + " PRIMARY KEY (session_id, step_index))",
    }, new String[] {
        // Each track's sample peak (its level-matching gain is limited by it), and files and folders removed from
        // the music library (cadence music remove): a later scan of a folder above
        // them leaves them out, until cadence music add is run on them again.
        "ALTER TABLE music_track ADD COLUMN peak REAL CHECK (peak IS NULL OR peak >= 0)",
        "CREATE TABLE music_removed ("
                + " path TEXT PRIMARY KEY,"
                + " removed_at TEXT NOT NULL)",
    }, new String[] {
        // What a play really did (issue 9): the running it played and the steps the runner skipped, so skipped
        // time and running never count as done. NULL running for sessions recorded before it was kept.
        "ALTER TABLE session ADD COLUMN running_seconds INTEGER"
                + " CHECK (running_seconds IS NULL OR running_seconds BETWEEN 0 AND done_seconds)",
        "ALTER TABLE session ADD COLUMN steps_skipped INTEGER NOT NULL DEFAULT 0 CHECK (steps_skipped >= 0)",
    });

    static final int LATEST = STEPS.size();

    private Migrations() {}

    static int version(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Refuses a version this program cannot migrate from: a newer one, a negative one, or version 0 on a file that
     * already has tables (someone else's database).
     */
    static void requireKnown(Path file, int version, boolean hasTables) {
        if (version > LATEST) {
            throw new StoreException(new StoreProblem.Newer(file, version, LATEST));
        }
        if (version < 0) {
            throw new StoreException(new StoreProblem.BadVersion(file, version));
        }
        if (version == 0 && hasTables) {
            throw new StoreException(new StoreProblem.Foreign(file));
        }
    }

    /** Brings the schema to {@link #LATEST}; a refused file is left exactly as it is. */
    static void migrate(Connection c, Path file) throws SQLException {
        int version = version(c);
        requireKnown(file, version, version == 0 && hasTables(c));
        for (int v = version; v < LATEST; v++) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                // Re-read inside the write lock: another process may have migrated meanwhile.
                if (version(c) > v) {
                    c.commit();
                    continue;
                }
                apply(st, v);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Runs step {@code v} and sets the version it makes. */
    static void apply(Statement st, int v) throws SQLException {
        for (String sql : STEPS.get(v)) {
            st.executeUpdate(sql);
        }
        st.executeUpdate("PRAGMA user_version = " + (v + 1));
    }

    static boolean hasTables(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }
}
