package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExportPlanCommandTest extends HistoryCli {
    final RecordingPlayer player = new RecordingPlayer();

    {
        env = player.in(env);
    }

    @Test
    void writesOneFilePerSessionNamedToSort() throws Exception {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "2", "--walk-check", "pass", "--hop-check", "pass").exitCode());
        Path out = dir.resolve("phone");
        CliRunner r = cadence("export", "plan", "--out", out.toString(), "--ahead", "4", "--today", "2026-11-26");
        assertEquals(0, r.exitCode(), r.err());
        List<String> names;
        try (Stream<Path> files = Files.list(out)) {
            names = files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
        assertEquals(List.of(
                "01-2026-11-26-stage2-uphill-treadmill-walk-run-2-1-x10-plus2_5pct.mp3",
                "02-2026-11-28-stage2-uphill-treadmill-walk-run-2-1-x10-plus2_5pct.mp3",
                "03-2026-11-30-stage2-uphill-treadmill-walk-run-2-1-x10-plus5pct.mp3",
                "04-2026-12-03-stage2-uphill-treadmill-walk-run-2-1-x10-plus5pct.mp3"), names);
        assertEquals(4, player.calls.size());
        assertTrue(Files.readString(out.resolve(names.get(2))).contains("- 1m run +5% \"treadmill incline"));
        // Exporting plays nothing for real: the history gains no sessions.
        assertTrue(cadence("history").out().startsWith("No sessions yet"));
    }

    @Test
    void wavFormatAndBadAhead() {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "4", "--walk-check", "pass", "--hop-check", "pass").exitCode());
        CliRunner r = cadence("export", "plan", "--out", dir.resolve("w").toString(), "--ahead", "1", "--format", "wav",
                "--today", "2026-11-26");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.exists(dir.resolve("w").resolve("01-2026-11-26-stage4-30-min-continuous-run-flat-plus5pct.wav")));
        CliRunner bad = cadence("export", "plan", "--out", dir.resolve("w").toString(), "--ahead", "0");
        assertEquals(2, bad.exitCode());
    }

    @Test
    void exportWithoutWhatIsAUsageError() {
        CliRunner r = CliRunner.run("export");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("missing what to export"), r.err());
    }

    @Test
    void aFolderThatCannotBeMadeIsBadInputInOneLine() throws Exception {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "2", "--walk-check", "pass", "--hop-check", "pass").exitCode());
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        Path out = file.resolve("sub");
        CliRunner r = cadence("export", "plan", "--out", out.toString(), "--ahead", "1", "--today", "2026-11-26");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("cadence: error: cannot create folder '" + out + "': "), r.err());
        assertTrue(r.err().strip().endsWith("; choose another --out folder"), r.err());
        assertTrue(player.calls.isEmpty(), "nothing was rendered");
    }

    /** The whole path as a runner takes it: the planner's next six sessions to the watch, each a workout that decodes. */
    @Test
    void theNextSixSessionsAsFitWorkoutsForAWatch() throws Exception {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "3", "--walk-check", "pass", "--hop-check",
                "pass").exitCode());
        Path out = dir.resolve("GARMIN").resolve("NewFiles");
        CliRunner r = cadence("export", "plan", "--format", "fit", "--out", out.toString(), "--ahead", "6", "--today",
                "2026-11-26");
        assertEquals(0, r.exitCode(), r.err());
        List<Path> files;
        try (Stream<Path> list = Files.list(out)) {
            files = list.sorted().collect(Collectors.toList());
        }
        assertEquals(6, files.size(), files.toString());
        assertEquals(6, r.out().lines().count());
        for (Path f : files) {
            assertTrue(f.getFileName().toString().matches("0[1-6]-2026-1[12]-\\d\\d-stage3-flat-walk-run-.*\\.fit"), f.toString());
            byte[] bytes = Files.readAllBytes(f);
            assertTrue(new com.garmin.fit.Decode().checkFileIntegrity(new java.io.ByteArrayInputStream(bytes)), f.toString());
            run.cadence.watch.WatchWorkout w = run.cadence.watch.FitWorkoutFile.read(f);
            assertTrue(w.name().matches("R\\d+:W\\d+ x\\d+ 172"), w.name());
            assertTrue(r.out().contains(f + "  flat walk-run "), r.out());
        }
        assertTrue(player.calls.isEmpty(), "no audio is rendered for a watch");
    }
}
