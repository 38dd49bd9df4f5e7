package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.garmin.fit.DateTime;
import com.garmin.fit.FileEncoder;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.RecordMesg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.measure.FitFixtures;

class MeasureFileCommandTest {
    @TempDir
    Path dir;

    private Path fitRun(String name) {
        return fitRun161(dir.resolve(name));
    }

    /** 10 min at 80 + 0.5 per leg (161 spm) at 2.8 m/s after a 1 min walk, written by the Garmin SDK. */
    static Path fitRun161(Path file) {
        FileEncoder encoder = new FileEncoder(file.toFile(), com.garmin.fit.Fit.ProtocolVersion.V2_0);
        FileIdMesg id = new FileIdMesg();
        id.setType(com.garmin.fit.File.ACTIVITY);
        id.setManufacturer(Manufacturer.GARMIN);
        id.setTimeCreated(new DateTime(1_083_654_000L));
        encoder.write(id);
        for (int s = 0; s < 660; s++) {
            RecordMesg r = new RecordMesg();
            r.setTimestamp(new DateTime(1_083_654_000L + s));
            boolean walking = s < 60;
            r.setCadence((short) (walking ? 57 : 80));
            r.setFractionalCadence(0.5f);
            r.setSpeed(walking ? 1.4f : 2.8f);
            encoder.write(r);
        }
        encoder.close();
        return file;
    }

    @Test
    void aFitRunGivesItsSteadyCadenceAndTarget() {
        Path fit = fitRun("Morning_Run.fit");
        CliRunner r = new MeasureCli().run("measure", "file", fit.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(fit + ": 161.0 spm median (middle half 161.0-161.0), 10.0 of 11.0 min steady running"
                + " (one-leg values doubled)\nBaseline 161.0 spm → target 169.1 spm (+5%)\n", r.out());
    }

    @Test
    void severalFilesGiveEachAndTheOverallFigureAndSaveTheOverall() {
        MeasureCli cli = new MeasureCli();
        Path fit = fitRun("a.fit");
        String tcx = MeasureTapCommandTest.fixture("garmin-run.tcx");
        String gpx = MeasureTapCommandTest.fixture("strava-run.gpx");
        CliRunner r = cli.run("measure", "file", fit.toString(), tcx, gpx, "--save");
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith(fit + ": 161.0 spm median"), lines[0]);
        assertTrue(lines[1].startsWith(tcx + ": 164.0 spm median"), lines[1]);
        assertTrue(lines[2].startsWith(gpx + ": 170.0 spm median"), lines[2]);
        // 10 min at 161, 1.2 min at 162, then the TCX's 164s pass the middle of 22.9 steady minutes.
        assertTrue(lines[3].startsWith("All 3 files: 164.0 spm median (middle half 161.0-166.0), 22.9 of 32.4 min"),
                lines[3]);
        assertEquals("Baseline 164.0 spm → target 172.2 spm (+5%)", lines[4]);
        assertEquals(164.0, cli.saved.get(0).baseline().stepsPerMinute(), 1e-9);
        assertEquals("a.fit, garmin-run.tcx, strava-run.gpx", cli.saved.get(0).source());
    }

    @Test
    void aTruncatedFitFileIsOneLineExitTwoAndNothingIsSaved() throws IOException {
        MeasureCli cli = new MeasureCli();
        Path whole = fitRun("whole.fit");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.fit"), Arrays.copyOf(bytes, bytes.length / 2));
        CliRunner r = cli.run("measure", "file", whole.toString(), cut.toString(), "--save");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.errLines()[0].startsWith("cadence: error: " + cut + ": FIT file is truncated (it ends at byte"),
                r.err());
        assertTrue(cli.saved.isEmpty());
    }

    @Test
    void aTruncatedTcxNamesLineAndColumn() {
        String cut = MeasureTapCommandTest.fixture("truncated.tcx");
        CliRunner r = new MeasureCli().run("measure", "file", cut);
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.errLines()[0].matches("cadence: error: \\Q" + cut + "\\E:\\d+:\\d+: the file ends before its TCX is"
                + " complete: it is truncated .*"), r.err());
    }

    @Test
    void noCadenceAndNoRunningAreOneLineErrors() {
        CliRunner none = new MeasureCli().run("measure", "file", MeasureTapCommandTest.fixture("no-cadence.tcx"));
        assertEquals(ExitCodes.BAD_INPUT, none.exitCode());
        assertTrue(none.err().contains(": no cadence recorded"), none.err());
        CliRunner walk = new MeasureCli().run("measure", "file", MeasureTapCommandTest.fixture("walk.gpx"));
        assertEquals(ExitCodes.BAD_INPUT, walk.exitCode());
        assertEquals(1, walk.errLines().length, walk.err());
        assertTrue(walk.err().contains(": no running found in a walking activity (typical cadence 112 spm"), walk.err());
    }

    @Test
    void anUnknownFileTypeIsBadInput() {
        CliRunner r = new MeasureCli().run("measure", "file", "run.csv");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("cadence: error: run.csv: unknown activity file type; expected .fit, .tcx or .gpx",
                r.errLines()[0]);
    }

    @Test
    void theUnitCanBeForced() {
        String gpx = MeasureTapCommandTest.fixture("strava-run.gpx");
        CliRunner r = new MeasureCli().run("measure", "file", gpx, "--cadence-unit", "both_feet");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), "85 read as both feet is no running");
        assertTrue(r.err().contains("no running found (typical cadence 85 spm"), r.err());
    }

    @Test
    void saveWritesTheBaselineIntoTheProfileThatPlanReads() {
        Path data = dir.resolve("data");
        Path fit = fitRun("steady.fit");
        CliRunner saved = CliRunner.run("measure", "file", fit.toString(), "--save", "--data-dir", data.toString());
        assertEquals(0, saved.exitCode(), saved.err());
        CliRunner profile = CliRunner.run("profile", "--data-dir", data.toString());
        assertEquals(0, profile.exitCode(), profile.err());
        assertTrue(profile.out().startsWith("baseline 161 spm (steady.fit)\ntarget   169.1 spm (+5%)"), profile.out());
    }

    @Test
    void saveWithAnIncreaseSavesTheTargetItShows() {
        Path data = dir.resolve("data");
        Path fit = fitRun("steady.fit");
        CliRunner saved = CliRunner.run("measure", "file", fit.toString(), "--increase", "7.5%", "--save",
                "--data-dir", data.toString());
        assertEquals(0, saved.exitCode(), saved.err());
        assertTrue(saved.out().contains("Baseline 161.0 spm → target 173.1 spm (+7.5%)\n"), saved.out());
        CliRunner profile = CliRunner.run("profile", "--data-dir", data.toString());
        assertTrue(profile.out().startsWith("baseline 161 spm (steady.fit)\ntarget   173.1 spm (+7.5%)"),
                profile.out());
    }

    @Test
    void withoutAnIncreaseTheTargetIsTheProfilesOwnAndSavingKeepsIt() {
        Path data = dir.resolve("data");
        assertEquals(0, CliRunner.run("profile", "--baseline", "158", "--increase", "8%", "--walk-check", "pass",
                "--data-dir", data.toString()).exitCode());
        Path fit = fitRun("steady.fit");
        CliRunner shown = CliRunner.run("measure", "file", fit.toString(), "--data-dir", data.toString());
        assertEquals(0, shown.exitCode(), shown.err());
        assertTrue(shown.out().contains("Baseline 161.0 spm → target 173.9 spm (+8%)\n"), shown.out());

        CliRunner saved = CliRunner.run("measure", "file", fit.toString(), "--save", "--data-dir", data.toString());
        assertEquals(0, saved.exitCode(), saved.err());
        assertTrue(saved.out().contains("Baseline 161.0 spm → target 173.9 spm (+8%)\n"), saved.out());
        CliRunner profile = CliRunner.run("profile", "--data-dir", data.toString());
        assertTrue(profile.out().startsWith("baseline 161 spm (steady.fit)\ntarget   173.9 spm (+8%)\n"
                + "entry checks: brisk 30 min walk pass,"), profile.out());
    }

    @Test
    void anIncreaseTheProfileRefusesIsNotSavedAndChangesNothing() {
        Path data = dir.resolve("data");
        assertEquals(0, CliRunner.run("profile", "--baseline", "158", "--data-dir", data.toString()).exitCode());
        Path fit = fitRun("steady.fit");
        CliRunner r = CliRunner.run("measure", "file", fit.toString(), "--increase", "12%", "--save",
                "--data-dir", data.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.out() + r.err());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("cadence: error: increase +12% is outside what retraining studies used"),
                r.err());
        CliRunner profile = CliRunner.run("profile", "--data-dir", data.toString());
        assertTrue(profile.out().startsWith("baseline 158 spm (entered)\ntarget   165.9 spm (+5%)"), profile.out());
    }

    @Test
    void measuringWithoutSaveCreatesNoHistory() {
        Path data = dir.resolve("data");
        Path fit = fitRun("steady.fit");
        CliRunner r = CliRunner.run("measure", "file", fit.toString(), "--data-dir", data.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Baseline 161.0 spm → target 169.1 spm (+5%)\n"), r.out());
        assertTrue(Files.notExists(data.resolve("history.db")), "no history was created");
    }

    @Test
    void anImplausibleFigureIsNeverSaved() throws IOException {
        Path data = dir.resolve("data");
        Path gpx = Path.of(MeasureTapCommandTest.fixture("walk.gpx"));
        CliRunner r = CliRunner.run("measure", "file", gpx.toString(), "--save", "--data-dir", data.toString());
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue(Files.notExists(data.resolve("history.db")), "no profile was created");
    }

    @Test
    void theRootOrAFolderIsBadInputInOneLine() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("run.fit"));
        for (String path : new String[] {"/", folder.toString()}) {
            CliRunner r = new MeasureCli().run("measure", "file", path);
            assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), path + ": " + r.err());
            assertEquals(1, r.errLines().length, r.err());
            assertEquals("cadence: error: " + path + ": is a folder; give an activity file (.fit, .tcx or .gpx)",
                    r.err().strip());
        }
    }

    @Test
    void aTriathlonIsMeasuredOnItsRunLegAndSaysWhatItLeftOut() {
        Path tri = FitFixtures.triathlon(dir.resolve("tri.fit"));
        CliRunner r = new MeasureCli().run("measure", "file", tri.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(tri + ": 176.0 spm median (middle half 176.0-176.0), 20.0 of 20.0 min steady running (one-leg"
                + " values doubled; running legs only, left out: swimming (open water), 2 x transition, cycling (road))",
                r.out().lines().findFirst().orElseThrow());
    }

    @Test
    void aRideIsRefusedInOneLineAndNothingIsSaved() {
        MeasureCli cli = new MeasureCli();
        Path ride = FitFixtures.create(dir.resolve("ride.fit")).leg(com.garmin.fit.Sport.CYCLING,
                com.garmin.fit.SubSport.GENERIC).seconds(1200, 86, 0f, 8f).close();
        CliRunner r = cli.run("measure", "file", ride.toString(), "--save");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals(List.of("cadence: error: " + ride + ": recorded as cycling (FIT session sport), not a run;"
                + " cadence is measured on runs only"), List.of(r.errLines()));
        assertTrue(cli.saved.isEmpty());
    }

    @Test
    void aTreadmillRunSaysItsSpeedWasNotUsed() {
        Path fit = FitFixtures.create(dir.resolve("belt.fit")).leg(com.garmin.fit.Sport.RUNNING,
                com.garmin.fit.SubSport.TREADMILL).seconds(300, 85, 0f, 2.5f).close();
        CliRunner r = new MeasureCli().run("measure", "file", fit.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith(fit + ": 170.0 spm median (middle half 170.0-170.0), 5.0 of 5.0 min steady"
                + " running (one-leg values doubled; treadmill running: cadence alone, the watch's speed not used)\n"),
                r.out());
    }
}
