package run.cadence.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;
import run.cadence.plan.EntryCheck;
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
 * The history in one SQLite file, opened and checked by {@link HistoryDatabase}: every write is one
 * transaction (begun IMMEDIATE there, so two writers queue rather than deadlock).
 */
public final class SqliteHistoryStore implements HistoryStore {
    private final HistoryDatabase db;

    private SqliteHistoryStore(HistoryDatabase db) {
        this.db = db;
    }

    /**
     * Opens (creating if needed) the history in {@code file}; {@link HistoryDatabase} refuses a foreign, damaged or
     * newer file before anything is written to it.
     */
    public static SqliteHistoryStore open(Path file) {
        return new SqliteHistoryStore(HistoryDatabase.open(file));
    }

    /** One transaction: all of the work is committed, or none of it. */
    private <T> T write(HistoryDatabase.Work<T> work) {
        return db.write(work);
    }

    private <T> T read(HistoryDatabase.Work<T> work) {
        return db.read(work);
    }

    @Override
    public Optional<Profile> profile() {
        return read(this::readProfile);
    }

    private Optional<Profile> readProfile(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT baseline_spm, baseline_source, increase, walk_check,"
                        + " hop_check, start_stage, start_after_session FROM profile WHERE id = 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Profile(new Cadence(rs.getDouble(1)), rs.getString(2),
                    CadenceIncrease.parse(rs.getString(3)), EntryCheck.valueOf(rs.getString(4)),
                    EntryCheck.valueOf(rs.getString(5)), Stage.ofNumber(rs.getInt(6)), rs.getLong(7)));
        } catch (IllegalArgumentException e) {
            throw new StoreException(new StoreProblem.DamagedRow(db.file(), "profile", 1, e.getMessage()), e);
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
                ps.setString(13, decision.explanation());
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
                    + " stop_reason = ?, ended_at = ? WHERE id = ? AND status IN ('PLANNED', 'STARTED')")) {
                PlayOutcome.StopReason reason = outcome instanceof PlayOutcome.Stopped s ? s.reason() : null;
                ps.setString(1, (reason == null ? SessionStatus.COMPLETED : SessionStatus.STOPPED_EARLY).name());
                ps.setLong(2, outcome.done().toSeconds());
                ps.setString(3, reason == null ? null : reason.name());
                ps.setString(4, Instant.now().toString());
                ps.setLong(5, sessionId);
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
                    + " p.pain_during, p.pain_after, p.pain_morning, p.limp, p.note"
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
                                SessionStatus.valueOf(rs.getString(12)), rs.getInt(13), pain, target));
                    } catch (RuntimeException e) {
                        throw new StoreException(new StoreProblem.DamagedRow(db.file(), "session", id, e.getMessage()), e);
                    }
                }
            }
            return out;
        });
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
        return db.integrityCheck();
    }

    @Override
    public void close() {
        db.close();
    }
}
