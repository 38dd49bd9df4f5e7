package run.cadence.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import run.cadence.Cadence;
import run.cadence.CadenceException;
import run.cadence.CadenceIncrease;
import run.cadence.plan.Decision;
import run.cadence.plan.EntryCheck;
import run.cadence.plan.History;
import run.cadence.plan.Intensity;
import run.cadence.plan.PainReport;
import run.cadence.plan.PastSession;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.PlannedSession;
import run.cadence.plan.PlayOutcome;
import run.cadence.plan.Profile;
import run.cadence.plan.SessionStatus;
import run.cadence.plan.Stage;
import run.cadence.plan.Terrain;

/**
 * The history in one SQLite file. WAL journaling lets readers run beside a writer; a 10 s busy timeout
 * makes a second command wait for the first instead of failing; {@code synchronous=FULL} makes every commit
 * durable before the call returns; writes begin IMMEDIATE so two writers queue rather than deadlock.
 */
public final class SqliteHistoryStore implements HistoryStore {
    static final int BUSY_TIMEOUT_MS = 10_000;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Connection connection;
    private final String where;

    private SqliteHistoryStore(Connection connection, String where) {
        this.connection = connection;
        this.where = where;
    }

    public static SqliteHistoryStore open(Path file) {
        String where = file.toString();
        refuseForeignFile(file);
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw CadenceException.runtime("cannot create the data directory for " + where + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        // No journal mode here: switching to WAL rewrites the file header, and a file we refuse below must
        // stay byte for byte as it was. WAL is set once the file has passed the checks and the migration.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection c = null;
        try {
            c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            checkIntegrity(c, where);
            Migrations.migrate(c, where);
            useWal(c);
            return new SqliteHistoryStore(c, where);
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(e, where);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** WAL lets readers run beside a writer; the mode is stored in the file, so this is a no-op once set. */
    private static void useWal(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
            String mode = rs.next() ? rs.getString(1) : "no answer";
            if (!"wal".equalsIgnoreCase(mode)) {
                throw new SQLException("cannot switch the history to WAL journaling (journal_mode " + mode + ")");
            }
        }
    }

    /** A non-empty file without the SQLite header is someone else's: refuse before SQLite touches it. */
    private static void refuseForeignFile(Path file) {
        if (!Files.isRegularFile(file)) {
            if (Files.exists(file)) {
                throw new CadenceException(CadenceException.Kind.BAD_DATA, file + " is not a file; use --data-dir");
            }
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (head.length > 0 && !Arrays.equals(head, SQLITE_HEADER)) {
                throw new CadenceException(CadenceException.Kind.BAD_DATA, file
                        + " is not a Cadence Coach database (not an SQLite file); it was left untouched:"
                        + " move it away or use --data-dir");
            }
        } catch (IOException e) {
            throw CadenceException.runtime("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void checkIntegrity(Connection c, String where) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(result)) {
                throw new CadenceException(CadenceException.Kind.BAD_DATA, where + " is damaged (" + result
                        + "); it was left untouched: restore a backup or move it away");
            }
        }
    }

    static CadenceException translate(SQLException e, String where) {
        int code = e.getErrorCode() & 0xff;
        if (code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new CadenceException(CadenceException.Kind.BAD_DATA, where
                    + " is damaged or not a database; it was left untouched: restore a backup or move it away", e);
        }
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return CadenceException.runtime(where + " stayed locked by another cadence command for "
                    + BUSY_TIMEOUT_MS / 1000 + " s; try again when it has finished", e);
        }
        return CadenceException.runtime("cannot use " + where + ": " + e.getMessage(), e);
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** One transaction: all of the work is committed, or none of it. */
    private <T> T write(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(e, where);
        }
    }

    private <T> T read(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(e, where);
        }
    }

    @Override
    public Optional<Profile> profile() {
        return read(SqliteHistoryStore::readProfile);
    }

    private static Optional<Profile> readProfile(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT baseline_spm, baseline_source, increase, walk_check,"
                        + " hop_check, start_stage, start_after_session FROM profile WHERE id = 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Profile(new Cadence(rs.getDouble(1)), rs.getString(2),
                    CadenceIncrease.parse(rs.getString(3)), EntryCheck.valueOf(rs.getString(4)),
                    EntryCheck.valueOf(rs.getString(5)), Stage.ofNumber(rs.getInt(6)), rs.getLong(7), null, null));
        } catch (IllegalArgumentException e) {
            throw new CadenceException(CadenceException.Kind.BAD_DATA, "the profile in the history is damaged ("
                    + e.getMessage() + "); set it again with cadence profile --baseline N", e);
        }
    }

    @Override
    public void saveProfile(Profile profile) {
        write(c -> {
            upsertProfile(c, profile);
            return null;
        });
    }

    private static void upsertProfile(Connection c, Profile p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO profile (id, baseline_spm, baseline_source,"
                + " increase, walk_check, hop_check, start_stage, start_after_session, updated_at)"
                + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                + " baseline_spm = excluded.baseline_spm, baseline_source = excluded.baseline_source,"
                + " increase = excluded.increase, walk_check = excluded.walk_check, hop_check = excluded.hop_check,"
                + " start_stage = excluded.start_stage, start_after_session = excluded.start_after_session,"
                + " updated_at = excluded.updated_at")) {
            ps.setDouble(1, p.baseline().stepsPerMinute());
            ps.setString(2, p.baselineSource());
            ps.setString(3, p.increase().describe().replace(" ", ""));
            ps.setString(4, p.walkCheck().name());
            ps.setString(5, p.hopCheck().name());
            ps.setInt(6, p.startStage().number());
            ps.setLong(7, p.startAfterSession());
            ps.setString(8, Instant.now().toString());
            ps.executeUpdate();
        }
    }

    @Override
    public Profile updateProfile(java.util.function.Function<Optional<Profile>, Profile> change) {
        return write(c -> {
            Profile updated = change.apply(readProfile(c));
            upsertProfile(c, updated);
            return updated;
        });
    }

    @Override
    public long recordPlanned(PlanDecision decision, LocalDate day, Cadence target) {
        PlannedSession s = decision.session();
        return write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO session (session_date, level, stage, terrain,"
                    + " intensity, cadence_percent, walk_minutes, run_minutes, repeats, click_percent, target_spm,"
                    + " decision, reasons, status, planned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, day.toString());
                ps.setInt(2, s.level());
                ps.setInt(3, s.stage().number());
                ps.setString(4, s.terrain().name());
                ps.setString(5, s.intensity().name());
                ps.setDouble(6, s.cadencePercent());
                ps.setInt(7, s.walkMinutes());
                ps.setInt(8, s.runMinutes());
                ps.setInt(9, s.repeats());
                ps.setInt(10, s.clickPercent());
                ps.setDouble(11, target.stepsPerMinute());
                ps.setString(12, decision.decision().name());
                ps.setString(13, ruleNames(decision));
                ps.setString(14, SessionStatus.PLANNED.name());
                ps.setString(15, Instant.now().toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public void markStarted(long sessionId) {
        write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE session SET status = 'STARTED', started_at = ? WHERE id = ? AND status = 'PLANNED'")) {
                ps.setString(1, Instant.now().toString());
                ps.setLong(2, sessionId);
                requireOne(ps.executeUpdate(), sessionId, "start");
            }
            return null;
        });
    }

    @Override
    public void markFinished(long sessionId, PlayOutcome outcome) {
        write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE session SET status = ?, done_seconds = ?,"
                    + " ended_at = ? WHERE id = ? AND status IN ('PLANNED', 'STARTED')")) {
                ps.setString(1, (outcome.completed() ? SessionStatus.COMPLETED : SessionStatus.STOPPED_EARLY).name());
                ps.setLong(2, outcome.done().toSeconds());
                ps.setString(3, Instant.now().toString());
                ps.setLong(4, sessionId);
                requireOne(ps.executeUpdate(), sessionId, "finish");
            }
            return null;
        });
    }

    @Override
    public void correctStoppedAt(long sessionId, java.time.Duration done) {
        write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE session SET status = 'STOPPED_EARLY',"
                    + " done_seconds = ?, ended_at = coalesce(ended_at, ?) WHERE id = ? AND status <> 'PLANNED'")) {
                ps.setLong(1, done.toSeconds());
                ps.setString(2, Instant.now().toString());
                ps.setLong(3, sessionId);
                requireOne(ps.executeUpdate(), sessionId, "correct");
            }
            return null;
        });
    }

    private static void requireOne(int rows, long sessionId, String what) {
        if (rows != 1) {
            throw new IllegalStateException("cannot " + what + " session " + sessionId + ": not open");
        }
    }

    @Override
    public List<PastSession> sessions() {
        // One statement, so one snapshot: sessions, their pain reports and targets cannot be torn apart by a
        // command writing at the same time.
        return read(c -> {
            List<PastSession> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT s.id, s.session_date,"
                    + " s.level, s.stage, s.terrain, s.intensity, s.cadence_percent, s.walk_minutes, s.run_minutes,"
                    + " s.repeats, s.click_percent, s.status, s.done_seconds, s.target_spm, p.session_id,"
                    + " p.pain_during, p.pain_after, p.pain_morning, p.limp, p.note, s.decision"
                    + " FROM session s LEFT JOIN pain_report p ON p.session_id = s.id ORDER BY s.id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    try {
                        PlannedSession s = new PlannedSession(rs.getInt(3), Stage.ofNumber(rs.getInt(4)),
                                Terrain.valueOf(rs.getString(5)), Intensity.valueOf(rs.getString(6)), rs.getDouble(7),
                                rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11));
                        Cadence target = new Cadence(rs.getDouble(14));
                        rs.getLong(15);
                        PainReport pain = null;
                        if (!rs.wasNull()) {
                            int morning = rs.getInt(18);
                            Integer m = rs.wasNull() ? null : morning;
                            pain = new PainReport(rs.getInt(16), rs.getInt(17), m, rs.getInt(19) == 1, rs.getString(20));
                        }
                        out.add(new PastSession(id, s, LocalDate.parse(rs.getString(2)),
                                SessionStatus.valueOf(rs.getString(12)), rs.getInt(13), pain, target,
                                Decision.valueOf(rs.getString(21)), false, Optional.empty(), Optional.empty()));
                    } catch (RuntimeException e) {
                        throw new CadenceException(CadenceException.Kind.BAD_DATA, "session " + id + " in " + where
                                + " is damaged (" + e.getMessage() + "); the file was left untouched", e);
                    }
                }
            }
            return out;
        });
    }

    @Override
    public History history() {
        return History.ofRuns(sessions());
    }

    /** The rules behind a decision ("Advance,FadeByCalendar"): the words are made when it is shown. */
    private static String ruleNames(PlanDecision decision) {
        StringBuilder b = new StringBuilder();
        for (run.cadence.plan.Reason r : decision.reasons()) {
            b.append(b.length() == 0 ? "" : ",").append(r.getClass().getSimpleName());
        }
        return b.toString();
    }

    @Override
    public Optional<PastSession> lastRunSession() {
        List<PastSession> all = sessions();
        for (int i = all.size() - 1; i >= 0; i--) {
            // didAnything, not wasRun: a failed play recorded at 0:00 must not take the runner's pain report.
            if (all.get(i).didAnything()) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    @Override
    public void savePain(long sessionId, PainReport report) {
        write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO pain_report (session_id, pain_during,"
                    + " pain_after, pain_morning, limp, note, logged_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT(session_id) DO UPDATE SET pain_during = excluded.pain_during,"
                    + " pain_after = excluded.pain_after, pain_morning = excluded.pain_morning,"
                    + " limp = excluded.limp, note = excluded.note, logged_at = excluded.logged_at")) {
                ps.setLong(1, sessionId);
                ps.setInt(2, report.during());
                ps.setInt(3, report.after());
                if (report.morning() == null) {
                    ps.setNull(4, java.sql.Types.INTEGER);
                } else {
                    ps.setInt(4, report.morning());
                }
                ps.setInt(5, report.limp() ? 1 : 0);
                ps.setString(6, report.note());
                ps.setString(7, Instant.now().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public long lastSessionId() {
        return read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT max(id) FROM session")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** Runs SQLite's full integrity check; "ok" when the file is consistent. */
    public String integrityCheck() {
        return read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "no answer";
            }
        });
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw translate(e, where);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // The open already failed; that error is the one worth reporting.
            }
        }
    }
}
