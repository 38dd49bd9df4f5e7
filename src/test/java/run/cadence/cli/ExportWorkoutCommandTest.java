package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.garmin.fit.Decode;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;
import run.cadence.session.SessionLibrary;
import run.cadence.session.SessionSettings;
import run.cadence.session.WorkoutParser;
import run.cadence.watch.FitWorkoutFile;
import run.cadence.watch.ToWatch;
import run.cadence.watch.WatchWorkout;

class ExportWorkoutCommandTest extends HistoryCli {

    @Test
    void aBuiltInSessionBecomesAFitWorkoutForTheBaselineGiven() throws Exception {
        Path out = dir.resolve("GARMIN").resolve("NewFiles");
        CliRunner r = cadence("export", "workout", "run-walk-2-3", "--baseline", "164", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        Path file = out.resolve("run-walk-2-3.fit");
        assertEquals(file + "  watch shows \"R2:W3 x4 172\", 5 steps (1 repeat), runs 168-176 spm\n", r.out());
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(new Decode().checkFileIntegrity(new ByteArrayInputStream(bytes)));
        WatchWorkout expected = ToWatch.of(SessionLibrary.builtIn("run-walk-2-3").orElseThrow(),
                SessionSettings.withBaseline(new Cadence(164)));
        assertEquals(expected, FitWorkoutFile.read(file));
    }

    @Test
    void withoutABaselineTheProfilesTargetIsUsed() {
        assertEquals(0, cadence("profile", "--baseline", "158", "--increase", "+8").exitCode());
        CliRunner r = cadence("export", "workout", "continuous-20", "--out", dir.resolve("w").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().endsWith("watch shows \"Run 20m 166\", 3 steps, runs 162-170 spm\n"), r.out());
    }

    @Test
    void aRunAtTheRunnersTargetWithNoBaselineAnywhereIsRefusedButStrengthNeedsNone() {
        CliRunner r = cadence("export", "workout", "run-walk-1-4", "--out", dir.resolve("w").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals(List.of("cadence: error: 'run-walk-1-4' runs at your target cadence, so the watch needs it: give"
                + " --baseline SPM (e.g. --baseline 164), or save one with cadence profile --baseline"),
                List.of(r.errLines()));
        assertTrue(Files.notExists(dir.resolve("w").resolve("run-walk-1-4.fit")));
        assertTrue(Files.notExists(dir.resolve("history.db")), "no history was created to look for a profile");
        CliRunner strength = cadence("export", "workout", "hip-strength-start", "--out", dir.resolve("w").toString());
        assertEquals(0, strength.exitCode(), strength.err());
        assertTrue(strength.out().endsWith("hip-strength-start.fit  watch shows \"Hip str start\", 9 steps\n"),
                strength.out());
    }

    @Test
    void aWorkoutFileIsExportedUnderItsOwnName() throws Exception {
        Path file = Files.writeString(dir.resolve("Tempo Tuesday.workout"), "# tempo\nWarmup\n- 10m walk\n"
                + "Main set 3x\n- 5m run 176spm\n- 2m walk\nCooldown\n- 5m walk\n");
        CliRunner r = cadence("export", "workout", file.toString(), "--out", dir.resolve("w").toString());
        assertEquals(0, r.exitCode(), r.err());
        Path fit = dir.resolve("w").resolve("tempo-tuesday.fit");
        assertEquals(fit + "  watch shows \"R5:W2 x3 176\", 5 steps (1 repeat), runs 172-180 spm\n", r.out());
        assertEquals(ToWatch.of(WorkoutParser.parse("f", "Tempo Tuesday", Files.readString(file)),
                new SessionSettings(Optional.empty(), CadenceIncrease.DEFAULT, Optional.empty())),
                FitWorkoutFile.read(fit));
    }

    @Test
    void anUnknownSessionOrAFileForAFolderIsBadInputInOneLine() throws Exception {
        CliRunner unknown = cadence("export", "workout", "run-walk-2-4", "--baseline", "164", "--out",
                dir.resolve("w").toString());
        assertEquals(ExitCodes.BAD_INPUT, unknown.exitCode());
        assertEquals(1, unknown.errLines().length, unknown.err());
        assertTrue(unknown.err().contains("unknown session 'run-walk-2-4'; did you mean"), unknown.err());
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "x");
        CliRunner file = cadence("export", "workout", "strides", "--baseline", "164", "--out", notAFolder.toString());
        assertEquals(ExitCodes.BAD_INPUT, file.exitCode());
        assertEquals("cadence: error: " + notAFolder + " is a file; --out needs a folder\n", file.err());
    }

    @Test
    void oneStepIsOneStepAndTheSameExportTheSameDayIsTheSameFile() throws Exception {
        Path file = Files.writeString(dir.resolve("easy.workout"), "# easy\n- 10m run 172spm\n");
        CliRunner r = cadence("export", "workout", file.toString(), "--out", dir.resolve("a").toString(), "--today",
                "2026-11-30");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().endsWith("watch shows \"Run 10m 172\", 1 step, runs 168-176 spm\n"), r.out());
        assertEquals(0, cadence("export", "workout", file.toString(), "--out", dir.resolve("b").toString(), "--today",
                "2026-11-30").exitCode());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("a").resolve("easy.fit")),
                Files.readAllBytes(dir.resolve("b").resolve("easy.fit"))));
    }

    /** A 210-byte title made wkt_description longer than a FIT string may be: exit 4 and FitRuntimeException. */
    @Test
    void aVeryLongTitleIsExported() throws Exception {
        Path file = Files.writeString(dir.resolve("long.workout"), "# Session " + "x".repeat(200) + "\nMain set 6x\n"
                + "- 1m run +5%\n- 4m walk\n");
        CliRunner r = cadence("export", "workout", file.toString(), "--baseline", "164", "--out",
                dir.resolve("w").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(FitWorkoutFile.read(dir.resolve("w").resolve("long.fit")).description()
                .endsWith("... (runs 172 spm, alert outside 168-176 spm)"));
    }
}
