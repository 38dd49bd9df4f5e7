package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The command sequences of a physio-minded review of the planner, each as it now answers. */
class PhysioReviewCommandTest extends HistoryCli {
    final RecordingPlayer player = new RecordingPlayer();

    {
        env = player.in(env);
    }

    static String day(int n) {
        return java.time.LocalDate.of(2026, 3, 2).plusDays(n).toString();
    }

    CliRunner ok(String... args) {
        CliRunner r = cadence(args);
        assertEquals(0, r.exitCode(), String.join(" ", args) + ": " + r.err());
        return r;
    }

    /** Runs on day {@code n}: played, pain during and after, the next morning. */
    void run(int n, int during, int after, int morning) {
        ok("next", "--today", day(n));
        ok("log", "--during", "" + during, "--after", "" + after, "--today", day(n));
        ok("log", "--morning", "" + morning, "--today", day(n + 1));
    }

    void profile() {
        ok("profile", "--baseline", "164", "--stage", "3", "--walk-check", "pass", "--hop-check", "pass",
                "--stairs", "fine", "--today", day(0));
    }

    /** Finding 1: a limp after the run reaches the run, and a second next on the run day asks for its report. */
    @Test
    void aLimpAfterTheRunStepsBackAStageEvenWithStrengthPlayedAfterIt() throws Exception {
        profile();
        run(0, 0, 0, 0);
        run(2, 0, 0, 0);
        ok("next", "--today", day(7));
        byte[] before = Files.readAllBytes(dir.resolve("history.db"));
        CliRunner second = cadence("next", "--today", day(7));
        assertEquals(2, second.exitCode(), second.out());
        assertEquals(1, second.errLines().length, second.err());
        assertTrue(second.err().contains("today's run (flat walk-run 3/3 x5) has no pain report yet: log it first"),
                second.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve("history.db"))), "nothing recorded");
        ok("next", "--strength", "--today", day(7));
        CliRunner limp = ok("log", "--during", "7", "--after", "6", "--limp", "--today", day(7));
        assertTrue(limp.out().startsWith("Logged for the session on Mon 9 Mar (flat walk-run 3/3 x5): pain 7/10"),
                limp.out());
        ok("log", "--morning", "6", "--today", day(8));
        CliRunner plan = ok("plan", "--today", day(8));
        assertTrue(plan.out().contains("Stepping back a stage: a limp"), plan.out());
        CliRunner strength = ok("log", "--during", "1", "--after", "1", "--session", "4", "--today", day(8));
        assertTrue(strength.out().startsWith("Logged for the session on Mon 9 Mar (hip strength"), strength.out());
        CliRunner none = cadence("log", "--during", "1", "--after", "1", "--session", "99", "--today", day(8));
        assertEquals(2, none.exitCode());
        assertEquals("cadence: error: --session 99 is not a session you did (see cadence history)",
                none.errLines()[0]);
    }
}
