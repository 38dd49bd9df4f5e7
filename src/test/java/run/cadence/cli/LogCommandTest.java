package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import run.cadence.plan.PainReport;
import run.cadence.store.DataDirectory;
import run.cadence.store.HistoryStore;

class LogCommandTest extends HistoryCli {
    final RecordingPlayer player = new RecordingPlayer();

    {
        env = player.in(env);
    }

    private PainReport lastPain() {
        try (HistoryStore store = HistoryStore.open(new DataDirectory(dir))) {
            return store.lastRunSession().orElseThrow().pain();
        }
    }

    @Test
    void logsThenAddsTheMorningAndThePlanMovesOn() {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "3", "--walk-check", "pass", "--hop-check", "pass").exitCode());
        assertEquals(0, cadence("next", "--today", "2026-11-26").exitCode());
        CliRunner r = cadence("log", "--during", "2", "--after", "1", "--note", "tight, then fine",
                "--today", "2026-11-26");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Logged for the session on Thu 26 Nov (flat walk-run 3/2 x6): pain 2/10 during,"
                + " 1/10 after."), r.out());
        assertTrue(r.out().contains("Repeating until the next-morning pain is in"), r.out());
        assertEquals(new PainReport(2, 1, null, false, "tight, then fine"), lastPain());

        CliRunner morning = cadence("log", "--morning", "0", "--today", "2026-11-27");
        assertEquals(0, morning.exitCode(), morning.err());
        assertEquals(new PainReport(2, 1, 0, false, "tight, then fine"), lastPain());
        assertTrue(morning.out().contains("1 of 2 so far"), morning.out());
    }

    @Test
    void badPainIsRefusedAndTheHistoryUntouched() throws Exception {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "3", "--walk-check", "pass", "--hop-check", "pass").exitCode());
        assertEquals(0, cadence("next", "--today", "2026-11-26").exitCode());
        assertEquals(0, cadence("log", "--during", "2", "--after", "1").exitCode());
        byte[] before = Files.readAllBytes(dir.resolve("history.db"));
        for (String[] bad : new String[][] {{"--during", "11", "--after", "1"}, {"--during", "-1", "--after", "1"},
                {"--morning", "12"}, {"--during", "two", "--after", "1"}}) {
            String[] args = new String[bad.length + 1];
            args[0] = "log";
            System.arraycopy(bad, 0, args, 1, bad.length);
            CliRunner r = cadence(args);
            assertEquals(2, r.exitCode(), String.join(" ", bad));
            assertEquals(1, r.errLines().length, r.err());
        }
        assertEquals("cadence: error: pain --during 11 is outside the 0-10 scale (0 none, 10 worst imaginable)",
                cadence("log", "--during", "11", "--after", "1").errLines()[0]);
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("history.db")));
        assertEquals(new PainReport(2, 1, null, false, null), lastPain());
    }

    @Test
    void noSessionToAttachToIsExitTwo() {
        assertEquals(0, cadence("profile", "--baseline", "164").exitCode());
        CliRunner r = cadence("log", "--during", "1", "--after", "1");
        assertEquals(2, r.exitCode());
        assertEquals("cadence: error: no session to attach the pain report to: play one with cadence next first",
                r.errLines()[0]);
        assertEquals(1, r.errLines().length);
    }

    /**
     * With no options at a terminal, log asks for each value through the environment (never the process's own
     * console): an answer off the scale is asked again, Enter skips one.
     */
    @Test
    void noOptionsAtATerminalAsksEachValue() {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "3", "--walk-check", "pass", "--hop-check",
                "pass").exitCode());
        assertEquals(0, cadence("next", "--today", "2026-11-26").exitCode());
        ScriptedQuestions runner = new ScriptedQuestions("12", "2", "1", "", "y", "sore calf");
        env = env.withQuestions(java.util.Optional.of(runner));
        CliRunner r = cadence("log", "--today", "2026-11-26");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(java.util.List.of("Pain during the session, 0-10 (Enter to skip): |12",
                "Please answer with a whole number from 0 (none) to 10 (worst imaginable).",
                "Pain during the session, 0-10 (Enter to skip): |2", "Pain just after, 0-10 (Enter to skip): |1",
                "Pain this morning, if it is the next morning, 0-10 (Enter to skip): |", "Did you limp? [y/N]: |y",
                "Note (Enter to skip): |sore calf"), runner.heard);
        assertEquals(new PainReport(2, 1, null, true, "sore calf"), lastPain());
        assertTrue(r.out().contains("Stepping back a stage: a limp"), r.out());
    }

    @Test
    void noOptionsAndNoTerminalIsExitTwo() {
        env = env.withQuestions(java.util.Optional.empty());
        CliRunner r = cadence("log");
        assertEquals(2, r.exitCode());
        assertEquals("cadence: error: nothing to log: give pain values (--during N --after N, 0-10; --morning N the"
                + " next morning), --activity FILE or --settled", r.errLines()[0]);
    }

    @Test
    void aRenderedSessionCanBeMarkedStoppedEarly() {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "3", "--walk-check", "pass", "--hop-check", "pass").exitCode());
        assertEquals(0, cadence("next", "--today", "2026-11-26", "--out", dir.resolve("s.mp3").toString())
                .exitCode());
        CliRunner tooLate = cadence("log", "--stopped-at", "40m");
        assertEquals(2, tooLate.exitCode());
        assertTrue(tooLate.err().contains("is not before the end of the 40 min session"), tooLate.err());
        CliRunner r = cadence("log", "--stopped-at", "12m30s", "--during", "1", "--after", "1", "--morning", "1",
                "--today", "2026-11-27");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Recorded: the session on Thu 26 Nov stopped early after 12:30."), r.out());
        assertTrue(r.out().contains("stopped early after 13 of 40 min"), r.out());
        try (HistoryStore store = HistoryStore.open(new DataDirectory(dir))) {
            assertEquals(run.cadence.plan.SessionStatus.STOPPED_EARLY, store.lastRunSession().orElseThrow().status());
            assertEquals(750, store.lastRunSession().orElseThrow().doneSeconds());
        }
    }

    @Test
    void aLimpStepsBack() {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "3", "--walk-check", "pass", "--hop-check", "pass").exitCode());
        assertEquals(0, cadence("next", "--today", "2026-11-26").exitCode());
        CliRunner r = cadence("log", "--during", "3", "--after", "3", "--limp", "--today", "2026-11-26");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Stepping back a stage: a limp"), r.out());
        assertTrue(r.out().contains("Next run Sun 29 Nov at the earliest, once the pain has settled: uphill treadmill"
                + " walk-run 3/2 x6"), r.out());
    }

    /** A limp logged by mistake is taken back with --no-limp; the plan goes on as if it had never been logged. */
    @Test
    void aLimpLoggedByMistakeIsTakenBack() {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "3", "--walk-check", "pass", "--hop-check", "pass").exitCode());
        assertEquals(0, cadence("next", "--today", "2026-11-26").exitCode());
        assertEquals(0, cadence("log", "--during", "1", "--after", "1", "--limp", "--today", "2026-11-26").exitCode());
        CliRunner again = cadence("log", "--during", "1", "--after", "1", "--today", "2026-11-26");
        assertEquals(new PainReport(1, 1, null, true, null), lastPain(), "logging without --limp keeps the limp");
        assertTrue(again.out().contains("Stepping back a stage: a limp"), again.out());
        CliRunner back = cadence("log", "--no-limp", "--today", "2026-11-26");
        assertEquals(0, back.exitCode(), back.err());
        assertEquals(new PainReport(1, 1, null, false, null), lastPain());
        assertTrue(back.out().contains("It replaces pain 1/10 during, 1/10 after, limping."), back.out());
        assertTrue(!back.out().contains("Stepping back"), back.out());
        assertEquals(0, cadence("next", "--strength", "--today", "2026-11-26").exitCode());
        assertEquals(0, cadence("log", "--during", "0", "--after", "0", "--today", "2026-11-26").exitCode());
        assertEquals(0, cadence("log", "--limp", "--today", "2026-11-26").exitCode(), "a limp that day: the run's");
        assertEquals(new PainReport(1, 1, null, true, null), lastPain());
        CliRunner afterStrength = cadence("log", "--no-limp", "--today", "2026-11-26");
        assertEquals(new PainReport(1, 1, null, false, null), lastPain(), "taken back from the run that had it");
        assertTrue(afterStrength.out().contains("(flat walk-run 3/2 x6)"), afterStrength.out());
        CliRunner both = cadence("log", "--limp", "--no-limp");
        assertEquals(2, both.exitCode(), both.out());
        assertEquals(new PainReport(1, 1, null, false, null), lastPain(), "a refused entry changes nothing");
    }
}
