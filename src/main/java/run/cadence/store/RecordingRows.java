package run.cadence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import run.cadence.plan.RunRecording;

/** Watch recordings of runs and the cadence measured on each run step. */
final class RecordingRows {
    private RecordingRows() {}

    /** Attaches {@code r} to session {@code id}; false when this very file is attached already (nothing changes). */
    static boolean save(Connection c, long id, RunRecording r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sha256, size_bytes FROM recording WHERE session_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getString(1).equals(r.sha256()) && rs.getLong(2) == r.sizeBytes()) {
                    return false;
                }
            }
        }
        for (String table : List.of("recording_step", "recording")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE session_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO recording (session_id, file_name, sha256,"
                + " size_bytes, recording_start, minutes_run, logged_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, r.fileName());
            ps.setString(3, r.sha256());
            ps.setLong(4, r.sizeBytes());
            ps.setString(5, r.start().map(Instant::toString).orElse(null));
            ps.setDouble(6, r.minutesRun());
            ps.setString(7, Instant.now().toString());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO recording_step (session_id, step_index,"
                + " target_spm, measured_spm, seconds_measured) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < r.steps().size(); i++) {
                RunRecording.StepCadence s = r.steps().get(i);
                ps.setLong(1, id);
                ps.setInt(2, i);
                ps.setDouble(3, s.targetSpm());
                if (Double.isNaN(s.measuredSpm())) {
                    ps.setNull(4, Types.REAL);
                } else {
                    ps.setDouble(4, s.measuredSpm());
                }
                ps.setDouble(5, s.secondsMeasured());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return true;
    }

    /** The session a file (by hash and size) is attached to, if any. */
    static Optional<Long> sessionWith(Connection c, String sha256, long size) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT session_id FROM recording WHERE sha256 = ? AND"
                + " size_bytes = ? ORDER BY session_id LIMIT 1")) {
            ps.setString(1, sha256);
            ps.setLong(2, size);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Every recording by session id, with its steps in order. */
    static Map<Long, RunRecording> readAll(Connection c) throws SQLException {
        Map<Long, List<RunRecording.StepCadence>> steps = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT session_id, target_spm,"
                + " measured_spm, seconds_measured FROM recording_step ORDER BY session_id, step_index")) {
            while (rs.next()) {
                double measured = rs.getDouble(3);
                boolean none = rs.wasNull();
                steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new RunRecording.StepCadence(
                        rs.getDouble(2), none ? Double.NaN : measured, rs.getDouble(4)));
            }
        }
        Map<Long, RunRecording> out = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT session_id, file_name, sha256,"
                + " size_bytes, recording_start, minutes_run FROM recording")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                out.put(id, new RunRecording(rs.getString(2), rs.getString(3), rs.getLong(4),
                        Optional.ofNullable(rs.getString(5)).map(Instant::parse), rs.getDouble(6),
                        steps.getOrDefault(id, List.of())));
            }
        }
        return out;
    }
}
