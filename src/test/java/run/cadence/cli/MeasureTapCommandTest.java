package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureTapCommandTest {
    @TempDir
    Path dir;

    static String fixture(String name) {
        try {
            return Path.of(MeasureTapCommandTest.class.getResource("/measure/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsTapsFromAFile() {
        CliRunner r = new MeasureCli().run("measure", "tap", "--from-file", fixture("taps-steady.txt"));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Tap test: 24 taps over 8.4 s, 24 steps used (0 missed, 0 extra taps left out)\n"
                + "Cadence 163.5 spm ± "), r.out());
        assertTrue(r.out().contains("Baseline 163.5 spm → target 171.7 spm (+5%)"), r.out());
    }

    @Test
    void aMissedAndADoubleTapDoNotMoveTheResult() throws IOException {
        StringBuilder taps = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            if (i == 10) {
                continue;
            }
            taps.append(i * 0.35).append('\n');
            if (i == 20) {
                taps.append(i * 0.35 + 0.03).append('\n');
            }
        }
        Path file = Files.writeString(dir.resolve("taps.txt"), taps);
        CliRunner r = new MeasureCli().run("measure", "tap", "--from-file", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Tap test: 40 taps over 13.6 s, 39 steps used (1 missed, 1 extra tap left out)"),
                r.out());
        assertTrue(r.out().contains("Baseline 171.4 spm → target 180.0 spm (+5%)"), r.out());
    }

    @Test
    void oneFootTapsAreDoubled() {
        CliRunner r = new MeasureCli().withStdin(MeasureCommandTest.taps(15, 0.72), "measure", "tap", "--feet", "one");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("30 steps used"), r.out());
        assertTrue(r.out().contains("Baseline 166.7 spm"), r.out());
    }

    @Test
    void tapsPastTheDurationAreLeftOut() {
        CliRunner r = new MeasureCli().withStdin(MeasureCommandTest.taps(100, 0.36), "measure", "tap", "--duration", "10s");
        assertTrue(r.out().startsWith("Tap test: 28 taps over 9.7 s"), r.out());
    }

    @Test
    void theTapLimitEndsTheTest() {
        CliRunner r = new MeasureCli().withStdin(MeasureCommandTest.taps(100, 0.36), "measure", "tap", "--taps", "12");
        assertTrue(r.out().startsWith("Tap test: 12 taps over 4.0 s"), r.out());
    }

    @Test
    void aBadLineIsOneLineWithFileLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("taps.txt"), "0.0\n0.36\n0,72\n");
        CliRunner r = new MeasureCli().run("measure", "tap", "--from-file", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
        assertEquals("cadence: error: " + file + ":3:1: '0,72' is not a tap time; expected seconds, e.g. 12.345",
                r.errLines()[0]);
    }

    @Test
    void tooFewTapsIsBadInput() {
        CliRunner r = new MeasureCli().withStdin(MeasureCommandTest.taps(5, 0.36), "measure", "tap");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("cadence: error: only 5 steps found; at least 9 are needed for a cadence (tap or record for"
                + " longer)", r.errLines()[0]);
    }

    @Test
    void aMissingFileIsBadInput() {
        CliRunner r = new MeasureCli().run("measure", "tap", "--from-file", dir.resolve("none.txt").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("cadence: error: " + dir.resolve("none.txt") + ": no such file", r.errLines()[0]);
    }

    @Test
    void tooSmallATapLimitIsBadInput() {
        CliRunner r = new MeasureCli().run("measure", "tap", "--taps", "3");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("cadence: error: --taps 3 is too few; tap at least 9 times", r.errLines()[0]);
    }
}
