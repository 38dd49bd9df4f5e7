package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import run.cadence.plan.History;
import run.cadence.plan.PastSession;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.Planner;
import run.cadence.store.DataDirectory;
import run.cadence.store.HistoryStore;

/** {@code cadence log --activity}: watch recordings laid over the run they recorded, and what the plan makes of them. */
class LogActivityCommandTest extends HistoryCli {
    final RecordingPlayer player = new RecordingPlayer();

    {
        env = player.in(env);
    }

    private History history() {
        try (HistoryStore store = HistoryStore.open(new DataDirectory(dir))) {
            return store.history();
        }
    }

    private PastSession lastRun() {
        return history().runsDone().get(history().runsDone().size() - 1);
    }

    private void ready() {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "3", "--walk-check", "pass", "--hop-check",
                "pass").exitCode());
    }

    @Test
    void aHeldRecordingIsKeptShownInTheHistoryAndLoggingItAgainChangesNothing() throws Exception {
        ready();
        assertEquals(0, cadence("next", "--today", "2026-11-26").exitCode());
        Path tcx = WatchExport.tcx(dir.resolve("run.tcx"), lastRun().session(), Instant.now(), 172, "Running");
        CliRunner r = cadence("log", "--activity", tcx.toString(), "--today", "2026-11-26");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Recording run.tcx laid over the run on Thu 26 Nov (by its running): cadence on"
                + " the runs 172 spm (target 172.2), 12.0 min of running."), r.out());
        assertEquals(172, lastRun().recording().orElseThrow().runCadence().getAsDouble(), 1e-9);
        String[] table = cadence("history").out().split("\\R");
        assertTrue(table[0].contains("target  measured"), table[0]);
        assertTrue(table[1].matches(".*done\\s+12\\.0\\s+172\\.2\\s+172\\s+-.*"), table[1]);
        assertTrue(cadence("history", "--csv").out().split("\\R")[1].endsWith(",run,172,12.0,run.tcx,false,,0"));

        byte[] before = Files.readAllBytes(dir.resolve("history.db"));
        CliRunner again = cadence("log", "--activity", tcx.toString(), "--today", "2026-11-26");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().startsWith("The recording is already logged for the run on Thu 26 Nov; nothing"
                + " changed."), again.out());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("history.db")));
    }

    @Test
    void gpxAndFitTooAndARenderedRunIsPlacedByItsRunning() throws Exception {
        ready();
        assertEquals(0, cadence("next", "--today", "2026-11-26").exitCode());
        Path gpx = WatchExport.gpx(dir.resolve("strava.gpx"), lastRun().session(), Instant.now(), 174, "running");
        CliRunner r = cadence("log", "--activity", gpx.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("cadence on the runs 174 spm (target 172.2)"), r.out());

        // Rendered for a phone: no live start; a recording of its day is laid over it by its walk-run pattern alone,
        // and one from another day (this FIT is from 2024) is refused.
        assertEquals(0, cadence("next", "--today", "2026-11-28", "--out", dir.resolve("s.wav").toString()).exitCode());
        Path fit = WatchExport.fit(dir.resolve("Morning_Run.fit"), lastRun().session(), 173);
        CliRunner old = cadence("log", "--activity", fit.toString());
        assertEquals(2, old.exitCode(), old.out());
        assertEquals(1, old.errLines().length, old.err());
        assertTrue(old.errLines()[0].matches("cadence: error: .*Morning_Run.fit: recorded \\w+ \\d+ \\w+ 2024 .*, more"
                + " than a day from the run on Sat 28 Nov \\(session 2\\); for another run give --session N; nothing"
                + " was logged"), old.err());
        Path phone = WatchExport.tcx(dir.resolve("Phone_Run.tcx"), lastRun().session(),
                Instant.parse("2026-11-28T18:00:00Z"), 176, "Running");
        CliRunner f = cadence("log", "--activity", phone.toString());
        assertEquals(0, f.exitCode(), f.err());
        assertTrue(f.out().startsWith("Recording Phone_Run.tcx laid over the run on Sat 28 Nov (by its running):"
                + " cadence on the runs 176 spm (target 172.2)"), f.out());
    }

    @Test
    void aRideAnotherRunOrNotARecordingIsOneLineExitTwoAndTheHistoryUnchanged() throws Exception {
        ready();
        assertEquals(0, cadence("next", "--today", "2026-11-26").exitCode());
        assertEquals(0, cadence("log", "--during", "1", "--after", "1").exitCode());
        byte[] before = Files.readAllBytes(dir.resolve("history.db"));
        Path ride = WatchExport.tcx(dir.resolve("ride.tcx"), lastRun().session(), Instant.now(), 172, "Biking");
        CliRunner r = cadence("log", "--activity", ride.toString(), "--morning", "0");
        assertEquals(2, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().contains("ride.tcx: recorded as Biking"), r.err());

        Path later = WatchExport.tcx(dir.resolve("later.tcx"), lastRun().session(),
                Instant.now().plus(3, ChronoUnit.HOURS), 172, "Running");
        CliRunner other = cadence("log", "--activity", later.toString());
        assertEquals(2, other.exitCode());
        assertTrue(other.errLines()[0].contains("later.tcx: recorded ") && other.errLines()[0].contains(", not while"
                + " the run on Thu 26 Nov (session 1) was played; for another run give --session N; nothing was"
                + " logged"), other.err());

        Path text = Files.writeString(dir.resolve("notes.gpx"), "not a recording");
        CliRunner bad = cadence("log", "--activity", text.toString());
        assertEquals(2, bad.exitCode());
        assertEquals(1, bad.errLines().length, bad.err());
        CliRunner missing = cadence("log", "--activity", dir.resolve("none.fit").toString());
        assertEquals(2, missing.exitCode());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("history.db")), "the morning was not saved either");
    }

    /** The closed loop: a recording that slipped below the target brings the clicks back a fade step. */
    @Test
    void aSlippingRecordingBringsTheClicksBackAndSaysWhy() throws Exception {
        ready();
        LocalDate today = LocalDate.of(2026, 11, 26);
        for (int i = 0; i < 7; i++) {
            PlanDecision d;
            try (HistoryStore store = HistoryStore.open(new DataDirectory(dir))) {
                d = new Planner().next(store.profile().orElseThrow(), store.history(), today);
            }
            assertEquals(0, cadence("next", "--today", d.date().toString()).exitCode());
            assertEquals(0, cadence("log", "--during", "0", "--after", "0", "--morning", "0").exitCode());
            today = d.date().plusDays(1);
        }
        assertEquals(50, lastRun().session().clickPercent(), "the seventh run at this target clicks half of each run");
        Path tcx = WatchExport.tcx(dir.resolve("slip.tcx"), lastRun().session(), Instant.now(), 168, "Running");
        CliRunner r = cadence("log", "--activity", tcx.toString(), "--today", today.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("cadence on the runs 168 spm (target 172.2)"), r.out());
        assertTrue(r.out().contains("  Cadence on your last run 168 spm, target 172.2: clicks back to 75% of each"
                + " run."), r.out());
    }
}
