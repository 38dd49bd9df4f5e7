package run.cadence.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;
import run.cadence.plan.EntryCheck;
import run.cadence.plan.Profile;
import run.cadence.plan.Stage;
import run.cadence.plan.Stairs;

/** The profile row: one runner per history. */
final class ProfileRows {
    private ProfileRows() {}

    static Optional<Profile> read(Connection c, Path file) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT baseline_spm, baseline_source, increase, walk_check,"
                        + " hop_check, start_stage, start_after_session, stairs, checks_on FROM profile WHERE id = 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            String checksOn = rs.getString(9);
            return Optional.of(new Profile(new Cadence(rs.getDouble(1)), rs.getString(2),
                    CadenceIncrease.parse(rs.getString(3)), EntryCheck.valueOf(rs.getString(4)),
                    EntryCheck.valueOf(rs.getString(5)), Stage.ofNumber(rs.getInt(6)), rs.getLong(7),
                    Stairs.valueOf(rs.getString(8)), checksOn == null ? null : LocalDate.parse(checksOn)));
        } catch (RuntimeException e) {
            throw new StoreException(new StoreProblem.DamagedRow(file, "profile", 1, e.getMessage()), e);
        }
    }

    static void upsert(Connection c, Profile p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO profile (id, baseline_spm, baseline_source,"
                + " increase, walk_check, hop_check, start_stage, start_after_session, stairs, checks_on, updated_at)"
                + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                + " baseline_spm = excluded.baseline_spm, baseline_source = excluded.baseline_source,"
                + " increase = excluded.increase, walk_check = excluded.walk_check, hop_check = excluded.hop_check,"
                + " start_stage = excluded.start_stage, start_after_session = excluded.start_after_session,"
                + " stairs = excluded.stairs, checks_on = excluded.checks_on, updated_at = excluded.updated_at")) {
            ps.setDouble(1, p.baseline().stepsPerMinute());
            ps.setString(2, p.baselineSource());
            ps.setString(3, p.increase().describe().replace(" ", ""));
            ps.setString(4, p.walkCheck().name());
            ps.setString(5, p.hopCheck().name());
            ps.setInt(6, p.startStage().number());
            ps.setLong(7, p.startAfterSession());
            ps.setString(8, p.stairs().name());
            ps.setString(9, p.checksAnsweredOn().map(LocalDate::toString).orElse(null));
            ps.setString(10, Instant.now().toString());
            ps.executeUpdate();
        }
    }
}
