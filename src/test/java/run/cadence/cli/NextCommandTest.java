package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.cadence.Cadence;
import run.cadence.plan.PastSession;
import run.cadence.plan.PlayOutcome;
import run.cadence.plan.SessionStatus;
import run.cadence.store.DataDirectory;
import run.cadence.store.HistoryStore;

class NextCommandTest extends HistoryCli {
    final RecordingPlayer player = new RecordingPlayer();

    {
        env = player.in(env);
    }

    private List<PastSession> sessions() {
        try (HistoryStore store = HistoryStore.open(new DataDirectory(dir))) {
            return store.sessions();
        }
    }

    private void ready() {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "3", "--walk-check", "pass", "--hop-check", "pass").exitCode());
    }

    @Test
    void playsTodaysSessionAndRecordsItCompleted() {
        ready();
        CliRunner r = cadence("next", "--today", "2026-11-26");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(1, player.calls.size());
        assertEquals(new Cadence(164), player.calls.get(0).baseline());
        assertEquals(Optional.empty(), player.calls.get(0).out());
        assertEquals("Stage 3: flat walk-run 3/2 x6", player.calls.get(0).workout().name());
        List<PastSession> s = sessions();
        assertEquals(1, s.size());
        assertEquals(SessionStatus.COMPLETED, s.get(0).status());
        assertEquals(40 * 60, s.get(0).doneSeconds());
        assertTrue(r.out().contains("Recorded: completed (40 min)"), r.out());
        assertTrue(r.out().contains("cadence log --during N --after N"), r.out());
    }

    @Test
    void stoppedEarlyIsRecordedWithHowFarItGot() {
        ready();
        player.stopAfter = Duration.ofSeconds(754);
        CliRunner r = cadence("next", "--today", "2026-11-26");
        assertEquals(0, r.exitCode(), r.err());
        PastSession s = sessions().get(0);
        assertEquals(SessionStatus.STOPPED_EARLY, s.status());
        assertEquals(754, s.doneSeconds());
        assertTrue(r.out().contains("stopped early after 12:34 of 40:00"), r.out());
    }

    @Test
    void stoppedForPainIsRecordedAsSuch() throws Exception {
        ready();
        player.stopAfter = Duration.ofSeconds(754);
        player.stopReason = run.cadence.plan.PlayOutcome.StopReason.PAIN;
        CliRunner r = cadence("next", "--today", "2026-11-26");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Recorded: stopped for pain after 12:34 of 40:00"), r.out());
        PastSession s = sessions().get(0);
        assertEquals(SessionStatus.STOPPED_EARLY, s.status());
        assertEquals(754, s.doneSeconds());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                + new DataDirectory(dir).database()); java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT stop_reason FROM session")) {
            rs.next();
            assertEquals("PAIN", rs.getString(1));
        }
    }

    @Test
    void renderingPassesTheFileToTheRunner() throws IOException {
        ready();
        Path mp3 = dir.resolve("today.mp3");
        CliRunner r = cadence("next", "--today", "2026-11-26", "--out", mp3.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(Optional.of(mp3), player.calls.get(0).out());
        assertTrue(Files.readString(mp3).contains("Main set 6x\n- 2m run +5% \"flat ground\"\n- 3m walk\n"),
                Files.readString(mp3));
    }

    /** A day without a run plays the hip-strength session, once; --anyway runs the next run instead. */
    @Test
    void aDayWithoutARunPlaysTheStrengthSessionOnce() {
        ready();
        assertEquals(0, cadence("next", "--today", "2026-11-26").exitCode());
        assertEquals(0, cadence("log", "--during", "1", "--after", "1").exitCode());
        CliRunner strength = cadence("next", "--today", "2026-11-27");
        assertEquals(0, strength.exitCode(), strength.err());
        assertEquals("Hip strength, Fredericson 1x15", player.calls.get(1).workout().name());
        assertTrue(strength.out().contains("No run today: next run Sat 28 Nov."), strength.out());
        try (HistoryStore store = HistoryStore.open(new DataDirectory(dir))) {
            assertEquals(1, store.history().runs().size(), "strength is no run");
            assertEquals(1, store.history().extras().size());
        }
        CliRunner again = cadence("next", "--today", "2026-11-27");
        assertEquals(2, again.exitCode());
        assertEquals("cadence: error: no run today and today's strength session is done: next run Sat 28 Nov (see"
                + " cadence plan); add --anyway to run now, or --cross walk|pool for cross-training",
                again.errLines()[0]);
        CliRunner pool = cadence("next", "--today", "2026-11-27", "--cross", "pool");
        assertEquals(0, pool.exitCode(), pool.err());
        assertEquals("Cross-training: deep water pyramid", player.calls.get(2).workout().name());
        assertTrue(pool.out().contains("  Stop if pain rises above 3 out of 10: deep water takes the landing away, not"
                + " the work of the knee."), pool.out());
        assertFalse(pool.out().contains("strength work"), "the pool is no strength session: " + pool.out());
        assertTrue(strength.out().contains("  Stop short of pain: strength work should feel like effort, not hurt."),
                strength.out());
        assertEquals(0, cadence("next", "--today", "2026-11-27", "--anyway").exitCode());
        assertEquals(2, sessions().size());
    }

    /** --anyway runs a day early, never twice in a day: a second run the same day plays nothing and records nothing. */
    @Test
    void anywayRefusesASecondRunTheSameDay() {
        ready();
        assertEquals(0, cadence("next", "--today", "2026-11-26").exitCode());
        CliRunner unlogged = cadence("next", "--today", "2026-11-26", "--anyway");
        assertEquals(2, unlogged.exitCode(), unlogged.out());
        assertEquals(1, unlogged.errLines().length, unlogged.err());
        assertEquals("cadence: error: today's run is done (flat walk-run 3/2 x6): one run a day, and the next is"
                + " Sat 28 Nov (see cadence plan); meanwhile cadence next --strength, or --cross walk|pool",
                unlogged.errLines()[0]);
        assertEquals(0, cadence("log", "--during", "0", "--after", "0").exitCode());
        assertEquals(2, cadence("next", "--today", "2026-11-26", "--anyway").exitCode(), "logged or not");
        assertEquals(1, player.calls.size(), "nothing else played");
        assertEquals(1, sessions().size(), "nothing else recorded");
        assertEquals(0, cadence("next", "--today", "2026-11-26", "--strength").exitCode(), "strength still plays");
        assertEquals(0, cadence("next", "--today", "2026-11-27", "--anyway").exitCode(), "a day early still runs");
    }

    /** --anyway never runs through the rest the plan prescribes: a flare's rest days, at most 3 runs in 7 days. */
    @Test
    void anywayNeverRunsThroughAFlaresRestDays() {
        ready();
        assertEquals(0, cadence("next", "--today", "2026-11-26").exitCode());
        assertEquals(0, cadence("log", "--during", "2", "--after", "2", "--limp", "--today", "2026-11-26").exitCode());
        assertEquals(0, cadence("log", "--settled", "--today", "2026-11-27").exitCode());
        CliRunner early = cadence("next", "--today", "2026-11-27", "--anyway");
        assertEquals(2, early.exitCode(), early.out());
        assertEquals("cadence: error: the plan rests from running until Sun 29 Nov: Rest from running today; next run"
                + " Sun 29 Nov (two rest days after a flare). --anyway runs a day early, never through a flare's rest"
                + " days or a load limit; meanwhile cadence next --strength, or --cross walk|pool", early.errLines()[0]);
        assertEquals(1, player.calls.size(), "nothing played");
        assertEquals(0, cadence("next", "--today", "2026-11-29").exitCode(), "the run on its day");
    }

    /** The p key: recorded as stopped for pain, a severe flare; the next run waits until the runner says it settled. */
    @Test
    void thePainKeyStepsBackAndTheNextRunWaitsUntilItSettled() {
        ready();
        player.stopAfter = Duration.ofMinutes(14);
        player.stopReason = PlayOutcome.StopReason.PAIN;
        CliRunner stopped = cadence("next", "--today", "2026-11-26");
        assertTrue(stopped.out().contains("Recorded: stopped for pain after 14:00 of 40:00"), stopped.out());
        player.stopAfter = null;
        CliRunner plan = cadence("plan", "--today", "2026-11-29");
        assertTrue(plan.out().contains("Stepping back a stage: you stopped the session for pain on Thu 26 Nov"),
                plan.out());
        assertTrue(plan.out().contains("Before the next run: has the pain from your run on Thu 26 Nov settled"),
                plan.out());
        CliRunner waits = cadence("next", "--today", "2026-11-29", "--anyway");
        assertEquals(2, waits.exitCode());
        assertTrue(waits.err().contains("the run waits until the pain from Thu 26 Nov has settled"), waits.err());
        ScriptedQuestions notYet = new ScriptedQuestions("n");
        env = env.withQuestions(java.util.Optional.of(notYet));
        CliRunner asked = cadence("next", "--today", "2026-11-29", "--anyway");
        assertEquals(2, asked.exitCode(), "not settled yet: the run still waits");
        assertEquals(java.util.List.of("Has the pain from Thu 26 Nov settled (back to how it was before, walking and"
                + " stairs comfortable)? [y/N] |n"), notYet.heard);
        CliRunner settled = cadence("next", "--today", "2026-11-29", "--settled");
        assertEquals(0, settled.exitCode(), settled.err());
        assertEquals("Stage 2: uphill treadmill walk-run 3/2 x6", player.calls.get(1).workout().name());
    }

    @Test
    void anAudioFailureIsExitOneAndRecordedAsStoppedAtZero() {
        ready();
        player.failWith = new IOException("no audio line");
        CliRunner r = cadence("next", "--today", "2026-11-26");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("cannot play the session: no audio line"), r.err());
        PastSession s = sessions().get(0);
        assertEquals(SessionStatus.STOPPED_EARLY, s.status());
        assertEquals(0, s.doneSeconds());
    }

    /** A render that did not finish is no session: a full disk records nothing (it used to add "stopped at 0:00"). */
    @Test
    void aRenderThatFailsRecordsNothing() {
        ready();
        player.failWith = new IOException("No space left on device");
        Path mp3 = dir.resolve("today.mp3");
        CliRunner r = cadence("next", "--today", "2026-11-26", "--out", mp3.toString());
        assertEquals(1, r.exitCode());
        assertEquals(List.of("cadence: error: cannot render the session: No space left on device; nothing was"
                + " recorded"), List.of(r.errLines()));
        assertTrue(sessions().isEmpty());
        player.failWith = null;
        CliRunner again = cadence("next", "--today", "2026-11-26", "--out", mp3.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(List.of(SessionStatus.COMPLETED), sessions().stream().map(PastSession::status).toList());
    }

    @Test
    void badSessionOptionsAreRefusedBeforeAnythingIsRecorded() {
        ready();
        CliRunner r = cadence("next", "--today", "2026-11-26", "--sound", "no-such-click.wav");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no-such-click.wav"), r.err());
        CliRunner v = cadence("next", "--today", "2026-11-26", "--volume", "150");
        assertEquals(2, v.exitCode());
        assertTrue(v.err().contains("--volume must be 0-100"), v.err());
        assertTrue(sessions().isEmpty());
        assertTrue(player.calls.isEmpty());
    }

    @Test
    void entryChecksAreNeededBeforeRunningNotBeforeWalking() {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "3").exitCode());
        CliRunner r = cadence("next", "--today", "2026-11-26", "--anyway");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Before the first running (stage 3), two checks"), r.err());
        assertTrue(player.calls.isEmpty());
        CliRunner strength = cadence("next", "--today", "2026-11-26");
        assertEquals(0, strength.exitCode(), strength.err());
        assertTrue(strength.out().contains("Before the first running (stage 3), two checks"), strength.out());
        assertTrue(sessions().isEmpty(), "no run recorded");

        assertEquals(0, cadence("profile", "--stage", "1").exitCode());
        CliRunner walk = cadence("next", "--today", "2026-11-27");
        assertEquals(0, walk.exitCode(), walk.err());
        assertEquals("Stage 1: uphill treadmill walk 20 min", player.calls.get(1).workout().name());
    }
}
