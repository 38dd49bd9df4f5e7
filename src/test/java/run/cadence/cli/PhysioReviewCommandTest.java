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

    /** Two good runs, then the third played on day 7 and not yet reported. */
    private void aRunPlayedWithoutItsReport() throws Exception {
        profile();
        run(0, 0, 0, 0);
        run(2, 0, 0, 0);
        ok("next", "--today", day(7));
    }

    /** Finding 1: a limp after the run reaches the run, and a second next on the run day asks for its report. */
    @Test
    void aLimpAfterTheRunStepsBackAStageEvenWithStrengthPlayedAfterIt() throws Exception {
        aRunPlayedWithoutItsReport();
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

    /** Finding 1, the next day: a run left without its report is asked for before strength takes the report. */
    @Test
    void theDayAfterAnUnreportedRunNextAsksForItsReportBeforeStrength() throws Exception {
        aRunPlayedWithoutItsReport();
        CliRunner nextDay = cadence("next", "--today", day(8));
        assertEquals(2, nextDay.exitCode(), nextDay.out());
        assertEquals(1, nextDay.errLines().length, nextDay.err());
        assertTrue(nextDay.err().contains("the run on Mon 9 Mar (flat walk-run 3/3 x5) has no pain report yet: log it"
                + " first"), nextDay.err());
        CliRunner limp = ok("log", "--during", "7", "--after", "6", "--limp", "--today", day(8));
        assertTrue(limp.out().startsWith("Logged for the session on Mon 9 Mar (flat walk-run 3/3 x5): pain 7/10"),
                limp.out());
        CliRunner plan = ok("plan", "--today", day(9));
        assertTrue(plan.out().contains("Stepping back a stage: a limp"), plan.out());
    }

    /** Finding 3: a recording from another day is refused for a rendered run too; replacing one says so. */
    @Test
    void aRecordingFromAnotherDayIsRefusedForARenderedRunAndAReplacementSaysSo() throws Exception {
        profile();
        ok("next", "--out", dir.resolve("x.wav").toString(), "--today", day(0));
        run.cadence.plan.PlannedSession s;
        try (run.cadence.store.HistoryStore store = run.cadence.store.HistoryStore.open(
                new run.cadence.store.DataDirectory(dir))) {
            s = store.lastRunSession().orElseThrow().session();
        }
        byte[] before = Files.readAllBytes(dir.resolve("history.db"));
        for (String when : new String[] {"2025-07-14T07:00:00Z", "2026-03-05T07:00:00Z"}) {
            java.nio.file.Path gpx = WatchExport.gpx(dir.resolve("other.gpx"), s, java.time.Instant.parse(when), 172.5,
                    "running");
            CliRunner r = cadence("log", "--activity", gpx.toString(), "--today", day(0));
            assertEquals(2, r.exitCode(), when + ": " + r.out());
            assertEquals(1, r.errLines().length, r.err());
            assertTrue(r.err().contains(", more than a day from the run on Mon 2 Mar (session 1); for another run give"
                    + " --session N; nothing was logged"), r.err());
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve("history.db"))));
        java.nio.file.Path first = WatchExport.gpx(dir.resolve("first.gpx"), s,
                java.time.Instant.parse("2026-03-02T17:00:00Z"), 168, "running");
        CliRunner r = ok("log", "--activity", first.toString(), "--today", day(0));
        assertTrue(r.out().startsWith("Recording first.gpx laid over the run on Mon 2 Mar (by its running): cadence on"
                + " the runs 168 spm (target 172.2), 12.0 min of running.\n"), r.out());
        java.nio.file.Path second = WatchExport.tcx(dir.resolve("second.tcx"), s,
                java.time.Instant.parse("2026-03-02T17:00:00Z"), 172, "Running");
        CliRunner replaced = ok("log", "--activity", second.toString(), "--today", day(0));
        assertTrue(replaced.out().startsWith("Recording second.tcx laid over the run on Mon 2 Mar (by its running):"
                + " cadence on the runs 172 spm (target 172.2), 12.0 min of running. It replaces the recording logged"
                + " before, first.gpx (168 spm).\n"), replaced.out());
    }

    /** Finding 10: the day after a limp, deep water and pain-free strength are offered, not uphill walking. */
    @Test
    void whileASevereFlareIsUnsettledUphillWalkingIsNotOffered() {
        profile();
        run(0, 0, 0, 0);
        ok("next", "--today", day(2));
        ok("log", "--during", "7", "--after", "6", "--limp", "--today", day(2));
        ok("log", "--morning", "6", "--today", day(3));
        String plan = ok("plan", "--today", day(3)).out();
        assertTrue(plan.contains("for more, deep-water running (cadence next --cross pool), not uphill walking until"
                + " the pain has settled"), plan);
        assertTrue(!plan.contains("--cross walk"), plan);
        assertTrue(plan.contains("Until then, pain-free hip strength or deep-water running."), plan);
        CliRunner anyway = cadence("next", "--anyway", "--today", day(3));
        assertEquals(2, anyway.exitCode());
        assertTrue(anyway.err().endsWith("until then cadence next --strength or --cross pool" + System.lineSeparator()),
                anyway.err());
    }

    @Test
    void aMildFlareUnsettledKeepsUphillWalkingOnOffer() {
        profile();
        run(0, 0, 0, 0);
        run(2, 1, 1, 2);
        String mild = ok("plan", "--today", day(3)).out();
        assertTrue(mild.contains("One level back") && mild.contains("uphill walking or deep-water running: cadence"
                + " next --cross walk|pool"), "a mild flare keeps both: " + mild);
    }

    /** Finding 11: after 70 days off, log's answer shows the same gate as plan, and a strength day is no run. */
    @Test
    void afterALongGapLogShowsTheEntryChecksAsPlanDoes() {
        profile();
        run(0, 0, 0, 0);
        ok("next", "--strength", "--today", day(70));
        CliRunner log = ok("log", "--during", "0", "--after", "0", "--today", day(70));
        String[] lines = log.out().split("\\R");
        assertTrue(lines[1].startsWith("Next run, after the entry checks: "), log.out());
        assertTrue(lines[2].startsWith("  No run for 70 days: before running again, the entry checks again."),
                log.out());
        String plan = ok("plan", "--today", day(71)).out();
        assertTrue(plan.contains("Next run, after the entry checks: ") && plan.contains("No run for 71 days"), plan);
    }

    /** Finding 12: a bare --increase 5 is ambiguous (5% or +5 spm?) and refused; the documented forms work. */
    @Test
    void aBareIncreaseIsRefusedAsAmbiguous() {
        CliRunner bare = cadence("profile", "--baseline", "164", "--increase", "5");
        assertEquals(2, bare.exitCode(), bare.out());
        assertEquals(1, bare.errLines().length, bare.err());
        assertTrue(bare.err().contains("increase '5' is ambiguous: write 5% for a percentage or +5 for steps per"
                + " minute"), bare.err());
        assertTrue(ok("profile", "--baseline", "164", "--increase", "+5").out().contains("target   169 spm (+5 spm)"));
        assertTrue(ok("profile", "--increase", "5%").out().contains("target   172.2 spm (+5%)"));
        assertTrue(ok("profile", "--increase", "8spm").out().contains("target   172 spm (+8 spm)"));
    }

    /** Finding 14: a second report that changes the first says what it replaces. */
    @Test
    void aCorrectedPainReportSaysWhatItReplaces() {
        profile();
        ok("next", "--today", day(0));
        ok("log", "--during", "1", "--after", "0", "--today", day(0));
        CliRunner again = ok("log", "--during", "2", "--after", "2", "--today", day(0));
        assertTrue(again.out().startsWith("Logged for the session on Mon 2 Mar (flat walk-run 3/2 x6): pain 2/10 during,"
                + " 2/10 after. It replaces pain 1/10 during, 0/10 after.\n"), again.out());
        CliRunner morning = ok("log", "--morning", "0", "--today", day(1));
        assertTrue(!morning.out().contains("replaces"), "filling in the morning replaces nothing: " + morning.out());
    }

    /** Finding 14: in maintenance the plan's header says so, not "Stage 6 of 6". */
    @Test
    void maintenanceSaysSoInTheHeader() {
        run.cadence.plan.Profile profile = run.cadence.plan.Profile.startingWith(new run.cadence.Cadence(164), "x");
        run.cadence.plan.PlannedSession last = run.cadence.plan.Program.rampingTo(5).level(
                run.cadence.plan.Program.rampingTo(5).lastLevel());
        java.time.LocalDate today = java.time.LocalDate.of(2026, 3, 2);
        run.cadence.plan.PlanDecision d = new run.cadence.plan.PlanDecision(last, today,
                run.cadence.plan.Decision.MAINTAIN, java.util.List.of(new run.cadence.plan.Reason.Maintenance(last,
                        false)));
        java.io.StringWriter out = new java.io.StringWriter();
        PlanPrinter.print(new java.io.PrintWriter(out, true), profile, d, today,
                run.cadence.plan.StrengthPlan.next(profile, last.stage(), java.util.List.of()));
        assertEquals("Program complete: maintenance", out.toString().split("\\R")[1]);
    }

    /** Finding 14: a next-morning report logged to a strength session shows in the history as it was confirmed. */
    @Test
    void aStrengthSessionsMorningShowsInTheHistory() {
        profile();
        run(0, 0, 0, 0);
        ok("next", "--today", day(1));
        ok("log", "--during", "0", "--after", "0", "--today", day(1));
        assertTrue(ok("log", "--morning", "1", "--today", day(2)).out().contains("hip strength"));
        String[] rows = ok("history").out().split("\\R");
        assertTrue(rows[2].contains(" 0/0/1"), rows[2]);
    }
}
