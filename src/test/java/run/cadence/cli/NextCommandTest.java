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
import org.junit.jupiter.api.extension.RegisterExtension;
import run.cadence.Cadence;
import run.cadence.plan.PastSession;
import run.cadence.plan.SessionStatus;
import run.cadence.store.DataDirectory;
import run.cadence.store.HistoryStore;

class NextCommandTest extends HistoryCli {
    @RegisterExtension
    final RecordingPlayer player = new RecordingPlayer();

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
        assertEquals("flat walk-run 3/2 x6", SessionText.describe(player.calls.get(0).session()));
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
    void renderingPassesTheFileToTheRunner() throws IOException {
        ready();
        Path mp3 = dir.resolve("today.mp3");
        CliRunner r = cadence("next", "--today", "2026-11-26", "--out", mp3.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(Optional.of(mp3), player.calls.get(0).out());
        assertTrue(Files.readString(mp3).contains("Main set 6x\n- 2m run +5% \"flat ground\"\n- 3m walk\n"),
                Files.readString(mp3));
    }

    @Test
    void aRestDayIsRefusedUnlessTheRunnerInsists() {
        ready();
        assertEquals(0, cadence("next", "--today", "2026-11-26").exitCode());
        assertEquals(0, cadence("log", "--during", "1", "--after", "1").exitCode());
        CliRunner r = cadence("next", "--today", "2026-11-27");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("today is a rest day: next session Sat 28 Nov"), r.err());
        assertEquals(1, sessions().size(), "nothing recorded");
        assertEquals(0, cadence("next", "--today", "2026-11-27", "--anyway").exitCode());
        assertEquals(2, sessions().size());
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
        CliRunner r = cadence("next", "--today", "2026-11-26");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Before the first running (stage 3), two checks"), r.err());
        assertTrue(player.calls.isEmpty());
        assertFalse(sessions().size() > 0);

        assertEquals(0, cadence("profile", "--stage", "1").exitCode());
        CliRunner walk = cadence("next", "--today", "2026-11-26");
        assertEquals(0, walk.exitCode(), walk.err());
        assertEquals("uphill treadmill walk 20 min", SessionText.describe(player.calls.get(0).session()));
    }
}
