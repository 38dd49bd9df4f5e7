package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;
import run.cadence.session.SessionSettings;
import run.cadence.voice.VoiceEngine;
import run.cadence.voice.VoiceProblem;

/** The lower layers' typed problems, as the runner reads them: the options named are the CLI's. */
class ProblemsTest {
    @TempDir
    Path dir;

    private static String problem(Runnable r) {
        return Problems.describe(assertThrows(Exception.class, r::run));
    }

    @Test
    void aTargetOutOfRangeNamesBothOptionsAndWhichWayToMove() {
        assertEquals("--baseline 240 +5% gives 252 spm, over 250; lower --increase or --baseline",
                problem(() -> new SessionSettings(Optional.of(new Cadence(240)), CadenceIncrease.DEFAULT,
                        Optional.empty())));
        assertEquals("--baseline 45 -20% gives 36 spm, under 40; raise --increase or --baseline",
                problem(() -> new SessionSettings(Optional.of(new Cadence(45)), new CadenceIncrease.Percent(-20),
                        Optional.empty())));
        assertEquals("--baseline 230.5 +40 spm gives 270.5 spm, over 250; lower --increase or --baseline",
                problem(() -> new SessionSettings(Optional.of(new Cadence(230.5)), new CadenceIncrease.Absolute(40),
                        Optional.empty())));
    }

    @Test
    void stepsThatNeedABaselineOrLeaveTheRangeSayWhere() throws Exception {
        Path relative = Files.writeString(dir.resolve("r.workout"), "Main set 6x\n- 1m run +5%\n- 4m walk\n");
        CliRunner r = CliRunner.run("sessions", "show", relative.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("cadence: error: a step in section 'Main set' asks for '+5%', which is relative to your baseline"
                + " cadence; give --baseline SPM (e.g. --baseline 164) or write an absolute cadence like 172spm\n",
                r.err());
        Path high = Files.writeString(dir.resolve("h.workout"), "- 1m run +20%\n");
        CliRunner h = CliRunner.run("sessions", "show", high.toString(), "--baseline", "220");
        assertEquals(ExitCodes.BAD_INPUT, h.exitCode());
        assertEquals("cadence: error: a step in the workout: cadence 264 spm is outside 40-250 steps per minute\n",
                h.err());
    }

    @Test
    void aDeviceThatMatchesNothingPointsToTheDevicesCommand() {
        CliRunner r = CliRunner.run(Environment.system().withStdin(new java.io.ByteArrayInputStream(new byte[0])),
                "play", "--bpm", "172", "--duration", "1s", "--device", "no-such-device-7f3a");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertEquals("cadence: error: no output device matches 'no-such-device-7f3a'; see 'cadence devices'\n",
                r.err());
    }

    @Test
    void anUnknownSessionSuggestsTheClosestOrWhereTheListIs() {
        assertEquals("cadence: error: unknown session 'marathon'; 'cadence sessions' lists them\n",
                CliRunner.run("run", "marathon").err());
        assertEquals("cadence: error: no session given: name a built-in session ('cadence sessions' lists them) or a"
                + " workout file\n", CliRunner.run("run", " ").err());
    }

    @Test
    void voiceProblemsNameTheOptionOrPackageThatFixesThem() {
        assertEquals("espeak-ng is not installed (or not on PATH); install it (Debian: apt install espeak-ng) or drop"
                + " --voice espeak to use the built-in voice", Problems.describe(new VoiceProblem.NotInstalled(
                        "espeak-ng", new java.io.IOException("No such file"))));
        assertEquals("FreeTTS voice 'kevin16' is missing from the program's jar; reinstall cadence, or use --voice"
                + " espeak or --no-voice", Problems.describe(new VoiceProblem.VoiceMissing("kevin16")));
        assertEquals("FreeTTS could not speak 'Run'; try --voice espeak or --no-voice",
                Problems.describe(new VoiceProblem.Silent(VoiceEngine.FREETTS, "Run")));
        assertEquals("unknown voice 'siri': expected one of freetts, espeak (or --no-voice for tones)",
                Problems.describe(new VoiceProblem.UnknownEngine("siri", java.util.List.of("freetts", "espeak"))));
    }
}
