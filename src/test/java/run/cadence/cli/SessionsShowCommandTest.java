package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionsShowCommandTest {
    @Test
    void printsTheExpandedTimelineAndTheCues() {
        CliRunner r = CliRunner.run("sessions", "show", "run-walk-2-3", "--baseline", "164");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("run-walk-2-3: Flat run-walk: 4 x (run 2 min, walk 3 min)\n"
                + "total 30m, 10 segments; baseline 164 spm, target 172.2 spm (+5%)\n"), r.out());
        assertTrue(r.out().contains("\n05:00     2m      Main set 1/4: run            172.2 spm\n"), r.out());
        assertTrue(r.out().contains("\n07:00     3m      Main set 1/4: walk           -\n"), r.out());
        assertTrue(r.out().contains("\n30:00     end\n"), r.out());
        assertTrue(r.out().contains("\n05:00            announce    Main set, four times. Run, two minutes, "
                + "one seventy two\n"), r.out());
        assertTrue(r.out().contains("\n19:56.5   ends   last_repeat Last repeat\n"), r.out());
    }

    @Test
    void increaseChangesTheTarget() {
        CliRunner r = CliRunner.run("sessions", "show", "run-walk-1-4", "--baseline", "160", "--increase", "7.5%");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("target 172 spm (+7.5%)"), r.out());
        assertTrue(r.out().contains("Run, one minute, one seventy two"), r.out());
    }

    @Test
    void withoutBaselineRunStepsAreSilentAndSaySo() {
        CliRunner r = CliRunner.run("sessions", "show", "run-walk-1-4");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("no --baseline: run steps without a cadence play no clicks"), r.out());
        assertTrue(r.out().contains("\n05:00     1m      Main set 1/4: run            -\n"), r.out());
    }

    @Test
    void withoutBaselineASessionWithNoRunStepsDoesNotTalkAboutRunSteps() {
        CliRunner r = CliRunner.run("sessions", "show", "hip-strength-start");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("segments; no --baseline\n"), r.out());
        assertFalse(r.out().contains("run steps"), r.out());
    }

    @Test
    void fractionalLengthsAreShown(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("short.workout");
        Files.writeString(file, "- 5.5s walk\n- 1m run 170spm\n");
        CliRunner r = CliRunner.run("sessions", "show", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("total 1m5.5s, 2 segments"), r.out());
        assertTrue(r.out().contains("\n00:00     5.5s    walk "), r.out());
    }

    @Test
    void unknownSessionSuggestsTheClosestNameInOneLineWithExitTwo() {
        CliRunner r = CliRunner.run("sessions", "show", "runwalk-2-3");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
        assertEquals("cadence: error: unknown session 'runwalk-2-3'; did you mean 'run-walk-2-3'?", r.errLines()[0]);
        assertEquals("", r.out());
    }

    @Test
    void relativeCadenceWithoutBaselineIsOneLineExitTwo() {
        CliRunner r = CliRunner.run("sessions", "show", "strides");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.errLines()[0].startsWith("cadence: error: a step in section 'Strides' asks for '+10%', which is "
                + "relative to your baseline cadence; give --baseline SPM"), r.err());
    }

    @Test
    void syntaxErrorInAFileNamesFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("morning.workout");
        Files.writeString(file, "Warmup\n- 5m walk\n- 10x hold 5x\n");
        CliRunner r = CliRunner.run("sessions", "show", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
        assertEquals("cadence: error: " + file + ":3:12: expected a duration like 30s, 4m or 1m30s, found '5x'",
                r.errLines()[0]);
    }

    @Test
    void aTargetOver250SaysWhereItCameFromBeforePrintingAnything() {
        CliRunner r = CliRunner.run("sessions", "show", "hip-strength-start", "--baseline", "220", "--increase", "15%");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("", r.out());
        assertEquals(1, r.errLines().length, r.err());
        assertEquals("cadence: error: --baseline 220 +15% gives 253 spm, over 250; lower --increase or --baseline",
                r.errLines()[0]);
    }

    @Test
    void badBaselineIsAUsageError() {
        CliRunner r = CliRunner.run("sessions", "show", "run-walk-1-4", "--baseline", "12x");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
    }

    @Test
    void jsonCarriesSegmentsAndCuesWithExactNumbers(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ramp.workout");
        Files.writeString(file, "# a \"quoted\" ramp\nMain 2x\n- 1m run 166-172spm click 50% \"hill\"\n- 30s walk\n");
        CliRunner r = CliRunner.run("sessions", "show", file.toString(), "--json", "--baseline", "164");
        assertEquals(0, r.exitCode(), r.err());
        String json = r.out().strip();
        assertTrue(json.startsWith("{\"name\":\"ramp\",\"description\":\"a \\\"quoted\\\" ramp\",\"total_seconds\":180,"
                + "\"baseline_spm\":164,\"target_spm\":172.2,\"segments\":[{\"index\":0,\"start_seconds\":0,"
                + "\"length_seconds\":60,\"kind\":\"run\",\"section\":\"Main\",\"repeat\":1,\"repeats\":2,\"part\":1,"
                + "\"parts\":1,\"cadence\":{\"start_spm\":166,\"end_spm\":172},\"click_seconds\":30,\"note\":\"hill\"}"),
                json);
        assertTrue(json.contains("{\"index\":1,\"start_seconds\":60,\"length_seconds\":30,\"kind\":\"walk\","
                + "\"section\":\"Main\",\"repeat\":1,\"repeats\":2,\"part\":1,\"parts\":1,\"cadence\":null,"
                + "\"click_seconds\":0,\"note\":null}"), json);
        assertTrue(json.contains("{\"seconds\":86.5,\"anchor\":\"ends_at\",\"kind\":\"last_repeat\",\"segment\":2,"
                + "\"text\":\"Last repeat\"}"), json);
        assertTrue(json.endsWith("]}"), json);
    }

    @Test
    void helpFormatsItsPercentSigns() {
        CliRunner r = CliRunner.run("sessions", "show", "--help");
        assertEquals(0, r.exitCode());
        // An unescaped '%' makes picocli print the raw text, where "%%" would show.
        assertTrue(r.out().contains("needed for '+5%' and"), r.out());
        assertTrue(r.out().contains("(default: 5%)"), r.out());
    }

    @Test
    void timesShowTenthsOnlyWhenNeeded() {
        assertEquals("04:56.5", SessionsShowCommand.time(Duration.ofMillis(296_500)));
        assertEquals("1:02:30", SessionsShowCommand.time(Duration.ofSeconds(3750)));
    }
}
