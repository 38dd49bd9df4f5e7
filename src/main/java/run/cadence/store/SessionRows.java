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
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import run.cadence.Cadence;
import run.cadence.plan.CrossSession;
import run.cadence.plan.Decision;
import run.cadence.plan.ExtraSession;
import run.cadence.plan.History;
import run.cadence.plan.Intensity;
import run.cadence.plan.PainReport;
import run.cadence.plan.PastExtra;
import run.cadence.plan.PastSession;
import run.cadence.plan.PlannedSession;
import run.cadence.plan.PlayOutcome;
import run.cadence.plan.RunRecording;
import run.cadence.plan.SessionStatus;
import run.cadence.plan.Stage;
import run.cadence.plan.StrengthSession;
import run.cadence.plan.Terrain;

/** The session rows: runs and strength or cross sessions, planned, and read back as one history. */
final class SessionRows {
    private SessionRows() {}

    /** Inserts a planned session with the run level's columns; returns its id. */
    static long insert(Connection c, PlannedSession s, LocalDate day, Cadence target, Decision decision,
            String reasons) throws SQLException {
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
            ps.setString(12, decision.name());
            ps.setString(13, reasons);
            ps.setString(14, SessionStatus.PLANNED.name());
            ps.setString(15, Instant.now().toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void insertExtra(Connection c, long id, ExtraSession e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO extra_session (session_id, kind, name, sets, reps)"
                + " VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            if (e instanceof StrengthSession s) {
                ps.setString(2, "STRENGTH");
                ps.setString(3, s.kind().name());
                ps.setInt(4, s.sets());
                ps.setInt(5, s.reps());
            } else {
                ps.setString(2, "CROSS");
                ps.setString(3, ((CrossSession) e).name());
                ps.setInt(4, 0);
                ps.setInt(5, 0);
            }
            ps.executeUpdate();
        }
    }

    /**
     * Every session, runs and extras apart, with pain reports, confirmations and recordings. One statement for the
     * sessions, so one snapshot: a command writing meanwhile cannot tear a session from its report.
     */
    static History read(Connection c, Path file) throws SQLException {
        Map<Long, RunRecording> recordings;
        try {
            recordings = RecordingRows.readAll(c);
        } catch (RuntimeException e) {
            throw new StoreException(new StoreProblem.DamagedRow(file, "recording", 0, e.getMessage()), e);
        }
        List<PastSession> runs = new ArrayList<>();
        List<PastExtra> extras = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT s.id, s.session_date,"
                + " s.level, s.stage, s.terrain, s.intensity, s.cadence_percent, s.walk_minutes, s.run_minutes,"
                + " s.repeats, s.click_percent, s.status, s.done_seconds, s.target_spm, p.session_id,"
                + " p.pain_during, p.pain_after, p.pain_morning, p.limp, p.note, s.decision, s.stop_reason,"
                + " d.settled_on, x.kind, x.name, x.sets, x.reps, s.running_seconds, s.steps_skipped"
                + " FROM session s LEFT JOIN pain_report p ON p.session_id = s.id"
                + " LEFT JOIN settled d ON d.session_id = s.id LEFT JOIN extra_session x ON x.session_id = s.id"
                + " ORDER BY s.id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                try {
                    LocalDate day = LocalDate.parse(rs.getString(2));
                    SessionStatus status = SessionStatus.valueOf(rs.getString(12));
                    PainReport pain = pain(rs);
                    boolean forPain = PlayOutcome.StopReason.PAIN.name().equals(rs.getString(22));
                    Optional<LocalDate> settled = Optional.ofNullable(rs.getString(23)).map(LocalDate::parse);
                    String kind = rs.getString(24);
                    if (kind != null) {
                        extras.add(new PastExtra(id, extra(kind, rs.getString(25), rs.getInt(26), rs.getInt(27)), day,
                                status, rs.getInt(13), pain, forPain, settled, rs.getInt(29)));
                        continue;
                    }
                    PlannedSession s = new PlannedSession(rs.getInt(3), Stage.ofNumber(rs.getInt(4)),
                            Terrain.valueOf(rs.getString(5)), Intensity.valueOf(rs.getString(6)), rs.getDouble(7),
                            rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11));
                    int running = rs.getInt(28);
                    OptionalInt played = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(running);
                    runs.add(new PastSession(id, s, day, status, rs.getInt(13), pain, new Cadence(rs.getDouble(14)),
                            Decision.valueOf(rs.getString(21)), forPain, Optional.ofNullable(recordings.get(id)),
                            settled, new PastSession.Played(played, rs.getInt(29))));
                } catch (RuntimeException e) {
                    throw new StoreException(new StoreProblem.DamagedRow(file, "session", id, e.getMessage()), e);
                }
            }
        }
        return new History(runs, extras);
    }

    private static PainReport pain(ResultSet rs) throws SQLException {
        rs.getLong(15);
        if (rs.wasNull()) {
            return null;
        }
        int morning = rs.getInt(18);
        Integer m = rs.wasNull() ? null : morning;
        return new PainReport(rs.getInt(16), rs.getInt(17), m, rs.getInt(19) == 1, rs.getString(20));
    }

    private static ExtraSession extra(String kind, String name, int sets, int reps) {
        if (kind.equals("STRENGTH")) {
            return new StrengthSession(StrengthSession.Kind.valueOf(name), sets, reps);
        }
        return new CrossSession(name.equals(CrossSession.UPHILL_WALK) ? CrossSession.Kind.UPHILL_WALK
                : CrossSession.Kind.DEEP_WATER, name);
    }
}
