package run.cadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.Cadence;
import run.cadence.CadenceException;
import run.cadence.CadenceIncrease;
import run.cadence.plan.Decision;
import run.cadence.plan.EntryCheck;
import run.cadence.plan.PainReport;
import run.cadence.plan.PastSession;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.PlayOutcome;
import run.cadence.plan.Profile;
import run.cadence.plan.Program;
import run.cadence.plan.SessionStatus;
import run.cadence.plan.Stage;

class SqliteHistoryStoreTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("history.db");
    }

    static PlanDecision decision(int level, LocalDate day) {
        return new PlanDecision(Program.rampingTo(5).level(level).withClickPercent(75), day, Decision.ADVANCE,
                List.of(new run.cadence.plan.Reason.NoPainReport(day)));
    }

    @Test
    void profileRoundTripsWithEveryField() {
        Profile p = new Profile(new Cadence(166.5), "tap test", CadenceIncrease.parse("7.5%"), EntryCheck.PASSED,
                EntryCheck.FAILED, Stage.FLAT_WALK_RUN, 0, null, null);
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db())) {
            assertTrue(store.profile().isEmpty());
            store.saveProfile(p);
        }
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db())) {
            assertEquals(p, store.profile().orElseThrow());
        }
    }

    /** While a session plays the file is closed: a process stopped then leaves no -wal or -shm beside it. */
    @Test
    void aRestingStoreHoldsNothingOpenAndTheNextCallOpensItAgain() throws Exception {
        Profile p = Profile.startingWith(new Cadence(160), "x");
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db())) {
            store.saveProfile(p);
            assertTrue(java.nio.file.Files.exists(dir.resolve("history.db-wal")), "open in WAL mode");
            store.rest();
            assertFalse(java.nio.file.Files.exists(dir.resolve("history.db-wal")));
            assertFalse(java.nio.file.Files.exists(dir.resolve("history.db-shm")));
            assertEquals(p, store.profile().orElseThrow());
            store.saveProfile(p.withIncrease(CadenceIncrease.parse("+8")));
        }
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db())) {
            assertEquals(new CadenceIncrease.Absolute(8), store.profile().orElseThrow().increase());
        }
    }

    @Test
    void absoluteIncreaseSurvivesStorage() {
        Profile p = Profile.startingWith(new Cadence(160), "x").withIncrease(CadenceIncrease.parse("+8"));
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db())) {
            store.saveProfile(p);
            assertEquals(new CadenceIncrease.Absolute(8), store.profile().orElseThrow().increase());
        }
    }

    @Test
    void saveBaselineKeepsTheRestOfTheProfileOrStartsOne() {
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db())) {
            Profile first = store.saveBaseline(new Cadence(162), "run.fit");
            assertEquals(CadenceIncrease.DEFAULT, first.increase());
            assertEquals("run.fit", store.profile().orElseThrow().baselineSource());
            store.saveProfile(first.withIncrease(CadenceIncrease.parse("10%")).withChecks(EntryCheck.PASSED, null, null));
            Profile second = store.saveBaseline(new Cadence(170), "tap test");
            assertEquals(new Cadence(170), second.baseline());
            assertEquals(new CadenceIncrease.Percent(10), store.profile().orElseThrow().increase());
            assertEquals(EntryCheck.PASSED, store.profile().orElseThrow().walkCheck());
            assertEquals("tap test", store.profile().orElseThrow().baselineSource());
        }
    }

    /** A failed play is stopped at 0:00 and is no session: the pain report belongs to the one before. */
    @Test
    void aFailedAttemptIsNotTheLastRunSession() {
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db())) {
            long ran = store.recordPlanned(decision(9, LocalDate.of(2026, 11, 26)), LocalDate.of(2026, 11, 26),
                    new Cadence(172.2));
            store.markStarted(ran, java.util.Optional.empty());
            store.markFinished(ran, PlayOutcome.completed(Duration.ofMinutes(46), Duration.ZERO));
            long failed = store.recordPlanned(decision(9, LocalDate.of(2026, 11, 28)), LocalDate.of(2026, 11, 28),
                    new Cadence(172.2));
            store.markStarted(failed, java.util.Optional.empty());
            store.markFinished(failed, PlayOutcome.failed());
            assertEquals(ran, store.lastRunSession().orElseThrow().id());
            assertEquals(2, store.sessions().size(), "the failed attempt stays in the history");
        }
    }

    /** A read-change-write of the profile is one transaction: a baseline saved meanwhile waits, then keeps it. */
    @Test
    void updateProfileIsOneTransaction() throws Exception {
        try (SqliteHistoryStore a = SqliteHistoryStore.open(db()); SqliteHistoryStore b = SqliteHistoryStore.open(db())) {
            a.saveBaseline(new Cadence(164), "entered");
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<?>[] measuring = new Future<?>[1];
                a.updateProfile(current -> {
                    measuring[0] = pool.submit(() -> b.saveBaseline(new Cadence(170), "tap test"));
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    assertFalse(measuring[0].isDone(), "a second writer got in mid-update");
                    return current.orElseThrow().withChecks(EntryCheck.PASSED, EntryCheck.PASSED, null);
                });
                measuring[0].get(20, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            Profile p = a.profile().orElseThrow();
            assertEquals(new Cadence(170), p.baseline());
            assertTrue(p.entryChecksPassed(), "the measured baseline overwrote the checks");
        }
    }

    @Test
    void sessionMovesFromPlannedToStoppedEarlyWithHowFarItGot() {
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db())) {
            long id = store.recordPlanned(decision(9, LocalDate.of(2026, 11, 26)), LocalDate.of(2026, 11, 27),
                    new Cadence(172.2));
            assertEquals(SessionStatus.PLANNED, store.sessions().get(0).status());
            assertTrue(store.lastRunSession().isEmpty(), "a planned session was not run");
            store.markStarted(id, java.util.Optional.empty());
            assertEquals(SessionStatus.STARTED, store.lastRunSession().orElseThrow().status());
            store.markFinished(id, PlayOutcome.stopped(Duration.ofSeconds(754), Duration.ZERO, PlayOutcome.StopReason.RUNNER));
            PastSession s = store.sessions().get(0);
            assertEquals(SessionStatus.STOPPED_EARLY, s.status());
            assertEquals(754, s.doneSeconds());
            assertEquals(LocalDate.of(2026, 11, 27), s.date());
            assertEquals(Program.rampingTo(5).level(9).withClickPercent(75), s.session());
            assertNull(s.pain());
            assertEquals(new Cadence(172.2), s.target(), "the target as planned, read with the session");
            assertEquals(id, store.lastSessionId());
        }
    }

    @Test
    void howASessionEndedIsKeptWithItsReason() throws Exception {
        List<PlayOutcome> outcomes = List.of(PlayOutcome.completed(Duration.ofMinutes(40), Duration.ZERO),
                PlayOutcome.stopped(Duration.ofSeconds(754), Duration.ZERO, PlayOutcome.StopReason.PAIN),
                PlayOutcome.stopped(Duration.ofSeconds(300), Duration.ZERO, PlayOutcome.StopReason.RUNNER), PlayOutcome.failed());
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db())) {
            for (int i = 0; i < outcomes.size(); i++) {
                long id = store.recordPlanned(decision(2, LocalDate.of(2026, 11, 26 + i)),
                        LocalDate.of(2026, 11, 26 + i), new Cadence(168));
                store.markStarted(id, java.util.Optional.empty());
                store.markFinished(id, outcomes.get(i));
            }
        }
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery(
                        "SELECT status, done_seconds, stop_reason FROM session ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3));
            }
        }
        assertEquals(List.of("COMPLETED 2400 null", "STOPPED_EARLY 754 PAIN", "STOPPED_EARLY 300 RUNNER",
                "STOPPED_EARLY 0 FAILED"), rows);
    }

    @Test
    void painReportIsReplacedNotDuplicated() {
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db())) {
            long id = store.recordPlanned(decision(2, LocalDate.of(2026, 11, 26)), LocalDate.of(2026, 11, 26),
                    new Cadence(168));
            store.markStarted(id, java.util.Optional.empty());
            store.markFinished(id, PlayOutcome.completed(Duration.ofMinutes(40), Duration.ZERO));
            store.savePain(id, new PainReport(2, 1, null, false, "tight"));
            store.savePain(id, new PainReport(2, 1, 3, true, "tight"));
            assertEquals(new PainReport(2, 1, 3, true, "tight"), store.sessions().get(0).pain());
        }
    }

    @Test
    void finishingASessionTwiceIsRefused() {
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db())) {
            long id = store.recordPlanned(decision(0, LocalDate.of(2026, 11, 26)), LocalDate.of(2026, 11, 26),
                    new Cadence(168));
            store.markFinished(id, PlayOutcome.completed(Duration.ofMinutes(30), Duration.ZERO));
            assertThrows(IllegalStateException.class,
                    () -> store.markFinished(id, PlayOutcome.stopped(Duration.ofMinutes(1), Duration.ZERO, PlayOutcome.StopReason.RUNNER)));
            assertEquals(SessionStatus.COMPLETED, store.sessions().get(0).status());
        }
    }

    @Test
    void stoppedAtCorrectsAPlayedSessionButNotAPlannedOne() {
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db())) {
            long id = store.recordPlanned(decision(3, LocalDate.of(2026, 11, 26)), LocalDate.of(2026, 11, 26),
                    new Cadence(168));
            assertThrows(IllegalStateException.class, () -> store.correctStoppedAt(id, Duration.ofMinutes(5)));
            store.markStarted(id, java.util.Optional.empty());
            store.markFinished(id, PlayOutcome.completed(Duration.ofMinutes(46), Duration.ZERO));
            store.correctStoppedAt(id, Duration.ofMinutes(20));
            assertEquals(SessionStatus.STOPPED_EARLY, store.sessions().get(0).status());
            assertEquals(1200, store.sessions().get(0).doneSeconds());
        }
    }

    @Test
    void concurrentWritersWaitInsteadOfFailing() throws Exception {
        SqliteHistoryStore.open(db()).close();
        int writers = 4;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(() -> {
                    try (SqliteHistoryStore store = SqliteHistoryStore.open(db())) {
                        for (int i = 0; i < each; i++) {
                            long id = store.recordPlanned(decision(i % 10, LocalDate.of(2026, 1, 1)),
                                    LocalDate.of(2026, 1, 1), new Cadence(170));
                            store.markStarted(id, java.util.Optional.empty());
                            store.savePain(id, new PainReport(1, 1, null, false, null));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db())) {
            List<PastSession> all = store.sessions();
            assertEquals(writers * each, all.size());
            assertTrue(all.stream().allMatch(s -> s.status() == SessionStatus.STARTED && s.pain() != null));
        }
    }

    /**
     * Three writer processes, one after the other on the same file, each killed at a random point of its
     * write loop: after every kill the file is consistent and holds every step a writer saw committed.
     */
    @Test
    void writersKilledMidFlightLoseNothingTheyCommitted() throws Exception {
        java.util.Random random = new java.util.Random();
        Map<Long, String> committed = new HashMap<>();
        for (int round = 0; round < 3; round++) {
            committed.putAll(runAndKill(100 + random.nextInt(300)));
            checkAllThere(committed);
        }
    }

    private Map<Long, String> runAndKill(int linesBeforeKill) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), db().toString()).redirectErrorStream(true).start();
        Map<Long, String> committed = new HashMap<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int lines = 0;
            while ((line = in.readLine()) != null && lines < linesBeforeKill) {
                lines++;
                if (line.equals("profile")) {
                    continue;
                }
                String[] parts = line.split(" ");
                assertEquals(2, parts.length, "unexpected child output: " + line);
                committed.put(Long.parseLong(parts[0]), parts[1]);
            }
            // The child keeps writing while we read: the kill lands inside or between transactions.
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(committed.size() > 20, "child wrote only " + committed.size() + " sessions");
        return committed;
    }

    private void checkAllThere(Map<Long, String> committed) {
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db())) {
            assertEquals("ok", store.integrityCheck());
            assertEquals(new Cadence(164), store.profile().orElseThrow().baseline());
            Map<Long, PastSession> byId = new HashMap<>();
            for (PastSession s : store.sessions()) {
                byId.put(s.id(), s);
            }
            for (Map.Entry<Long, String> e : committed.entrySet()) {
                PastSession s = byId.get(e.getKey());
                assertTrue(s != null, "committed session " + e.getKey() + " is missing");
                long id = e.getKey();
                switch (e.getValue()) {
                    case "PAIN":
                        assertEquals(new PainReport((int) (id % 11), (int) ((id + 1) % 11), null, false, "note " + id),
                                s.pain());
                        // fall through: a later step implies the earlier ones
                    case "FINISHED":
                        assertEquals(id % 3 != 0 ? SessionStatus.COMPLETED : SessionStatus.STOPPED_EARLY, s.status());
                        assertEquals(60 + id, s.doneSeconds());
                        break;
                    case "STARTED":
                        assertTrue(s.status() != SessionStatus.PLANNED, "session " + e.getKey() + " lost its start");
                        break;
                    default:
                        assertTrue(s.date().getYear() >= 2026);
                }
            }
        }
    }
}
