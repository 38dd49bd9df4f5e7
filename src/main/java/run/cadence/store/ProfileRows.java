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
import run.cadence.plan.Profile;
import run.cadence.plan.ProfileChange;
import run.cadence.plan.Stage;
import run.cadence.plan.Stairs;

/** The profile row: one runner per history. */
final class ProfileRows {
    private ProfileRows() {}

    /**
     * The profile, if there is one.
     *
     * @throws StoreException {@link StoreProblem.DamagedProfile} naming the columns that hold what no version writes
     */
    static Optional<Profile> read(Connection c, Path file) throws SQLException {
        return read(c, file, null, 0);
    }

    /**
     * As {@link #read(Connection, Path)}, but a damaged column that {@code fill} gives a new value for takes that
     * value: how {@code cadence profile} sets a damaged profile again, keeping every column that is still sound.
     * {@code lastSessionId} dates a new start stage, as {@link ProfileChange#applyTo} does.
     */
    static Optional<Profile> read(Connection c, Path file, ProfileChange fill, long lastSessionId) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT baseline_spm, baseline_source, increase, walk_check,"
                        + " hop_check, start_stage, start_after_session, stairs, checks_on FROM profile WHERE id = 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Columns col = new Columns();
            Cadence baseline = col.parse("baseline_spm", () -> new Cadence(rs.getDouble(1)),
                    fill == null ? null : fill.baseline());
            String source = rs.getString(2);
            CadenceIncrease increase = col.parse("increase", () -> CadenceIncrease.parse(rs.getString(3)),
                    fill == null ? null : fill.increase());
            boolean checks = fill != null && (fill.walk() != null || fill.hop() != null);
            EntryCheck walk = col.parse("walk_check", () -> EntryCheck.valueOf(rs.getString(4)),
                    checks ? (fill.walk() != null ? fill.walk() : EntryCheck.NOT_ASKED) : null);
            EntryCheck hop = col.parse("hop_check", () -> EntryCheck.valueOf(rs.getString(5)),
                    checks ? (fill.hop() != null ? fill.hop() : EntryCheck.NOT_ASKED) : null);
            boolean restart = fill != null && fill.start() != null;
            Stage stage = col.parse("start_stage", () -> Stage.ofNumber(rs.getInt(6)), restart ? fill.start() : null);
            Long after = col.parse("start_after_session", () -> number(rs.getString(7)),
                    restart ? lastSessionId : null);
            Stairs stairs = col.parse("stairs", () -> Stairs.valueOf(rs.getString(8)),
                    fill == null ? null : fill.stairs());
            LocalDate checksOn = col.parse("checks_on", () -> rs.getString(9) == null ? null
                    : LocalDate.parse(rs.getString(9)), checks ? fill.today() : null);
            col.refuseIfDamaged(file);
            try {
                return Optional.of(new Profile(baseline, source, increase, walk, hop, stage, after, stairs, checksOn));
            } catch (IllegalArgumentException e) {
                // Each column reads, but together they make no profile: a baseline out of range, or an increase too
                // large for it. The increase is to blame if the baseline stands with the default one.
                boolean baselineStands = Columns.works(() -> new Profile(baseline, source, null, walk, hop, stage,
                        after, stairs, checksOn));
                col.damaged(baselineStands ? "increase" : "baseline_spm", e);
                col.refuseIfDamaged(file);
                throw e;
            }
        }
    }

    private static long number(String text) {
        return Long.parseLong(text == null ? "" : text.strip());
    }

    /** The damaged columns of one read, and what was wrong with the first. */
    private static final class Columns {
        private final List<String> damaged = new ArrayList<>();
        private String detail;

        interface Value<T> {
            T get() throws SQLException;
        }

        /** The column's value; a damaged one is replaced by {@code replacement}, or noted when there is none. */
        <T> T parse(String column, Value<T> value, T replacement) throws SQLException {
            try {
                return value.get();
            } catch (RuntimeException e) {
                if (replacement != null) {
                    return replacement;
                }
                damaged(column, e);
                return null;
            }
        }

        void damaged(String column, RuntimeException e) {
            damaged.add(column);
            if (detail == null) {
                detail = column + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }

        void refuseIfDamaged(Path file) {
            if (!damaged.isEmpty()) {
                throw new StoreException(new StoreProblem.DamagedProfile(file, damaged, detail));
            }
        }

        static boolean works(Runnable r) {
            try {
                r.run();
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
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
