package run.cadence.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import run.cadence.Cadence;
import run.cadence.plan.Decision;
import run.cadence.plan.ExtraSession;
import run.cadence.plan.History;
import run.cadence.plan.PainReport;
import run.cadence.plan.PastSession;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.PlannedSession;
import run.cadence.plan.PlayOutcome;
import run.cadence.plan.Profile;
import run.cadence.plan.ProfileChange;
import run.cadence.plan.Reason;
import run.cadence.plan.RunRecording;
import run.cadence.plan.SessionStatus;

/**
 * The history in one SQLite file, opened and checked by {@link HistoryDatabase}: every write is one
 * transaction (begun IMMEDIATE there, so two writers queue rather than deadlock). The rows are read and written
 * by {@link ProfileRows}, {@link SessionRows} and {@link RecordingRows}.
 */
public final class SqliteHistoryStore implements HistoryStore {
    private final Path file;
    /** Null while resting (see {@link #rest()}); opened again, checked as at first, by the next call. */
    private HistoryDatabase open;

    private SqliteHistoryStore(HistoryDatabase db) {
        this.file = db.file();
        this.open = db;
    }

    /**
     * Opens (creating if needed) the history in {@code file}; {@link HistoryDatabase} refuses a foreign, damaged or
     * newer file before anything is written to it.
     */
    public static SqliteHistoryStore open(Path file) {
        return new SqliteHistoryStore(HistoryDatabase.open(file));
    }

    @Override
    public Optional<Profile> profile() {
        return db().read(c -> ProfileRows.read(c, db().file()));
    }

    @Override
    public void saveProfile(Profile profile) {
        db().write(c -> {
            ProfileRows.upsert(c, profile);
            return null;
        });
    }

    @Override
    public Profile updateProfile(java.util.function.Function<Optional<Profile>, Profile> change) {
        return db().write(c -> {
            Profile updated = change.apply(ProfileRows.read(c, db().file()));
            ProfileRows.upsert(c, updated);
            return updated;
        });
    }

    @Override
    public Optional<Profile> changeProfile(ProfileChange change) {
        return db().write(c -> {
            long last = lastSessionId(c);
            Optional<Profile> updated = change.applyTo(ProfileRows.read(c, db().file(), change, last), last);
            if (updated.isPresent()) {
                ProfileRows.upsert(c, updated.get());
            }
            return updated;
        });
    }

    @Override
    public long recordPlanned(PlanDecision decision, LocalDate day, Cadence target) {
        return db().write(c -> SessionRows.insert(c, decision.session(), day, target, decision.decision(),
                ruleNames(decision.reasons())));
    }

    @Override
    public long recordPlanned(ExtraSession session, LocalDate day, PlannedSession atLevel, Cadence target) {
        return db().write(c -> {
            long id = SessionRows.insert(c, atLevel.withClickPercent(100), day, target, Decision.REPEAT, "");
            SessionRows.insertExtra(c, id, session);
            return id;
        });
    }

    /** The rules behind a decision ("Advance,FadeByCalendar"): the words are made when it is shown. */
    private static String ruleNames(List<Reason> reasons) {
        StringBuilder b = new StringBuilder();
        for (Reason r : reasons) {
            b.append(b.length() == 0 ? "" : ",").append(r.getClass().getSimpleName());
        }
        return b.toString();
    }

    @Override
    public void markStarted(long sessionId, Optional<Instant> liveStart) {
        update("UPDATE session SET status = 'STARTED', started_at = ?, live_start = ? WHERE id = ? AND status ="
                + " 'PLANNED'", sessionId, "start", Instant.now().toString(),
                liveStart.map(Instant::toString).orElse(null));
    }

    @Override
    public void markFinished(long sessionId, PlayOutcome outcome) {
        PlayOutcome.StopReason reason = outcome instanceof PlayOutcome.Stopped s ? s.reason() : null;
        update("UPDATE session SET status = ?, done_seconds = ?, running_seconds = ?, steps_skipped = ?, stop_reason = ?,"
                + " ended_at = ? WHERE id = ? AND status IN ('PLANNED', 'STARTED')", sessionId, "finish",
                (reason == null ? SessionStatus.COMPLETED : SessionStatus.STOPPED_EARLY).name(),
                outcome.done().toSeconds(), outcome.running().toSeconds(), outcome.stepsSkipped(),
                reason == null ? null : reason.name(), Instant.now().toString());
    }

    @Override
    public <T> T inOneTransaction(java.util.function.Supplier<T> writes) {
        return db().write(c -> writes.get());
    }

    @Override
    public void correctStoppedAt(long sessionId, Duration done) {
        // The running played is then unknown (the phone's play is not ours): the planner counts the plan's up to done.
        update("UPDATE session SET status = 'STOPPED_EARLY', done_seconds = ?, running_seconds = NULL,"
                + " ended_at = coalesce(ended_at, ?)"
                + " WHERE id = ? AND status <> 'PLANNED'", sessionId, "correct", done.toSeconds(),
                Instant.now().toString());
    }

    /** One UPDATE of session {@code id} (the last parameter), which must change exactly that row. */
    private void update(String sql, long id, String what, Object... values) {
        db().write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, values[i]);
                }
                ps.setLong(values.length + 1, id);
                if (ps.executeUpdate() != 1) {
                    throw new IllegalStateException("cannot " + what + " session " + id + ": not open");
                }
            }
            return null;
        });
    }

    @Override
    public History history() {
        return db().read(c -> SessionRows.read(c, db().file()));
    }

    @Override
    public List<PastSession> sessions() {
        return history().runs();
    }

    @Override
    public Optional<PastSession> lastRunSession() {
        List<PastSession> done = history().runsDone();
        // runsDone, not every run: a failed play recorded at 0:00 must not take the runner's pain report.
        return done.isEmpty() ? Optional.empty() : Optional.of(done.get(done.size() - 1));
    }

    @Override
    public void savePain(long sessionId, PainReport report) {
        db().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO pain_report (session_id, pain_during,"
                    + " pain_after, pain_morning, limp, note, logged_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT(session_id) DO UPDATE SET pain_during = excluded.pain_during,"
                    + " pain_after = excluded.pain_after, pain_morning = excluded.pain_morning,"
                    + " limp = excluded.limp, note = excluded.note, logged_at = excluded.logged_at")) {
                ps.setLong(1, sessionId);
                ps.setInt(2, report.during());
                ps.setInt(3, report.after());
                ps.setObject(4, report.morning());
                ps.setInt(5, report.limp() ? 1 : 0);
                ps.setString(6, report.note());
                ps.setString(7, Instant.now().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void confirmSettled(long sessionId, LocalDate day) {
        db().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO settled (session_id, settled_on, logged_at)"
                    + " VALUES (?, ?, ?) ON CONFLICT(session_id) DO UPDATE SET settled_on = excluded.settled_on,"
                    + " logged_at = excluded.logged_at")) {
                ps.setLong(1, sessionId);
                ps.setString(2, day.toString());
                ps.setString(3, Instant.now().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public boolean saveRecording(long sessionId, RunRecording recording) {
        return db().write(c -> RecordingRows.save(c, sessionId, recording));
    }

    @Override
    public Optional<Instant> liveStart(long sessionId) {
        return db().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT live_start FROM session WHERE id = ?")) {
                ps.setLong(1, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)).map(Instant::parse) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<Long> sessionWithRecording(String sha256, long sizeBytes) {
        return db().read(c -> RecordingRows.sessionWith(c, sha256, sizeBytes));
    }

    @Override
    public long lastSessionId() {
        return db().read(SqliteHistoryStore::lastSessionId);
    }

    private static long lastSessionId(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT max(id) FROM session")) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }

    /** Runs SQLite's full integrity check; "ok" when the file is consistent. */
    public String integrityCheck() {
        return db().integrityCheck();
    }

    /** The connection, opened again after a rest. */
    private HistoryDatabase db() {
        if (open == null) {
            open = HistoryDatabase.open(file);
        }
        return open;
    }

    /**
     * Closes the file until the next call. SQLite removes history.db-wal and -shm when its last connection closes;
     * a process stopped (Ctrl-C, SIGTERM) while a session renders for minutes with it open left both behind.
     */
    @Override
    public void rest() {
        close();
    }

    @Override
    public void close() {
        if (open != null) {
            open.close();
            open = null;
        }
    }
}
