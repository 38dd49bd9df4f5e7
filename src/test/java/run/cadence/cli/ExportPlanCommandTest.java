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

    /**
     * 01 and 02 were byte-identical, one serial number and one time_created: to a watch, one file. Now each entry of
     * the plan is its own workout (the serial a checksum of its name and workout, time_created its date and place),
     * and the same plan exported again gives the same files, byte for byte, which replace themselves.
     */
    @Test
    void eachPlannedSessionIsItsOwnFileAndAReExportIsTheSame() throws Exception {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "3", "--walk-check", "pass", "--hop-check",
                "pass").exitCode());
        Path first = dir.resolve("first");
        Path again = dir.resolve("again");
        assertEquals(0, cadence("export", "plan", "--format", "fit", "--out", first.toString(), "--ahead", "2",
                "--today", "2026-11-26").exitCode());
        assertEquals(0, cadence("export", "plan", "--format", "fit", "--out", again.toString(), "--ahead", "2",
                "--today", "2026-11-26").exitCode());
        List<Path> files;
        try (Stream<Path> list = Files.list(first)) {
            files = list.sorted().collect(Collectors.toList());
        }
        assertEquals(2, files.size());
        List<com.garmin.fit.FileIdMesg> ids = new java.util.ArrayList<>();
        for (Path f : files) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(f), Files.readAllBytes(again.resolve(f.getFileName()))),
                    f + " exported again is the same file");
            new com.garmin.fit.Decode().read(new java.io.ByteArrayInputStream(Files.readAllBytes(f)), m -> {
                if (m.getNum() == com.garmin.fit.MesgNum.FILE_ID) {
                    ids.add(new com.garmin.fit.FileIdMesg(m));
                }
            });
        }
        assertEquals(run.cadence.watch.FitWorkoutFile.read(files.get(0)), run.cadence.watch.FitWorkoutFile.read(
                files.get(1)), "the same session, planned twice");
        assertTrue(!ids.get(0).getSerialNumber().equals(ids.get(1).getSerialNumber()), "two serial numbers");
        assertEquals(java.time.LocalDate.of(2026, 11, 26).atStartOfDay(java.time.ZoneOffset.UTC).plusSeconds(1)
                .toInstant(), ids.get(0).getTimeCreated().getDate().toInstant(), "its date and its place in the plan");
        // The SDK's DateTime has no equals of its own (comparing two was always unequal): instants are compared.
        java.time.LocalDate second = java.time.LocalDate.parse(files.get(1).getFileName().toString().substring(3, 13));
        assertEquals(second.atStartOfDay(java.time.ZoneOffset.UTC).plusSeconds(2).toInstant(),
                ids.get(1).getTimeCreated().getDate().toInstant(), "the second entry: its own date, second place");
    }
}
