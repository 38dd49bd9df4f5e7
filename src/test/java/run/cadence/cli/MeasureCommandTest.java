package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.cadence.CadenceIncrease;

class MeasureCommandTest {

    /** Taps 0.36 s apart, i.e. 166.7 spm, one a line. */
    static String taps(int count, double period) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(String.format(Locale.ROOT, "%.4f%n", i * period));
        }
        return b.toString();
    }

    @Test
    void withoutWhatToMeasureItIsAUsageError() {
        CliRunner r = new MeasureCli().run("measure");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("cadence: error: missing what to measure"), r.err());
    }

    @Test
    void theResultIsShownWithTheTargetItImplies() {
        CliRunner r = new MeasureCli().withStdin(taps(20, 0.36), "measure", "tap");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Baseline 166.7 spm → target 175.0 spm (+5%)\n"), r.out());
    }

    @Test
    void anotherIncreaseGivesAnotherTarget() {
        CliRunner r = new MeasureCli().withStdin(taps(20, 0.36), "measure", "tap", "--increase", "+8");
        assertTrue(r.out().contains("Baseline 166.7 spm → target 174.7 spm (+8 spm)"), r.out());
    }

    @Test
    void saveRecordsTheBaselineAsShown() {
        MeasureCli cli = new MeasureCli();
        CliRunner r = cli.withStdin(taps(20, 0.36), "measure", "tap", "--save");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(1, cli.saved.size());
        assertEquals(166.7, cli.saved.get(0).baseline().stepsPerMinute(), 1e-9);
        assertEquals("tap test (stdin)", cli.saved.get(0).source());
        assertTrue(r.out().contains("Saved 166.7 spm as your baseline (from tap test (stdin))."), r.out());
    }

    @Test
    void withoutAnIncreaseTheTargetFollowsTheProfile() {
        MeasureCli cli = new MeasureCli();
        cli.profileIncrease = Optional.of(new CadenceIncrease.Percent(7.5));
        CliRunner r = cli.withStdin(taps(20, 0.36), "measure", "tap", "--save");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Baseline 166.7 spm → target 179.2 spm (+7.5%)\n"), r.out());
        assertEquals(Optional.empty(), cli.saved.get(0).increase(), "the profile keeps its own increase");
    }

    @Test
    void saveWithAnIncreaseSavesThatIncreaseToo() {
        MeasureCli cli = new MeasureCli();
        cli.profileIncrease = Optional.of(new CadenceIncrease.Percent(5));
        CliRunner r = cli.withStdin(taps(20, 0.36), "measure", "tap", "--increase", "+8", "--save");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Baseline 166.7 spm → target 174.7 spm (+8 spm)\n"), r.out());
        assertEquals(Optional.of(new CadenceIncrease.Absolute(8)), cli.saved.get(0).increase());
    }

    @Test
    void saveRefusesAnIncreaseTheProfileWouldRefuseBeforePrintingAnything() {
        MeasureCli cli = new MeasureCli();
        CliRunner r = cli.withStdin(taps(20, 0.36), "measure", "tap", "--increase", "12%", "--save");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("cadence: error: increase +12% is outside what retraining studies used"),
                r.err());
        assertTrue(!r.out().contains("→ target"), r.out());
        assertTrue(cli.saved.isEmpty());
    }

    @Test
    void anImplausibleResultIsShownButNeverSaved() {
        MeasureCli cli = new MeasureCli();
        CliRunner shown = cli.withStdin(taps(20, 0.72), "measure", "tap");
        assertEquals(0, shown.exitCode());
        assertTrue(shown.out().contains("Measured 83.3 spm is outside the running range 140-210 spm; it looks like"
                + " one foot's steps (166.7 spm for both feet): tap every step, or tap one foot with --feet one"),
                shown.out());
        assertTrue(!shown.out().contains("→ target"), shown.out());

        CliRunner refused = cli.withStdin(taps(20, 0.72), "measure", "tap", "--save");
        assertEquals(ExitCodes.BAD_INPUT, refused.exitCode());
        assertEquals(1, refused.errLines().length, refused.err());
        assertTrue(refused.err().startsWith("cadence: error: not saved: 83.3 spm is outside the running range"),
                refused.err());
        assertTrue(cli.saved.isEmpty());
    }
}
