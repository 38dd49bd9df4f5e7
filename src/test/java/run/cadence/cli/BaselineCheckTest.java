package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.cadence.Cadence;
import run.cadence.plan.Decision;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.PlayOutcome;
import run.cadence.plan.Program;
import run.cadence.plan.Reason;
import run.cadence.plan.RunRecording;
import run.cadence.store.DataDirectory;
import run.cadence.store.HistoryStore;

/** A new baseline whose target sits below what the last recorded runs held is saved, with a note saying so. */
class BaselineCheckTest extends HistoryCli {
    private static final LocalDate RUN_DAY = LocalDate.of(2026, 11, 26);

    private void aRecordedRun(LocalDate day, double measuredSpm) {
        try (HistoryStore store = HistoryStore.open(new DataDirectory(dir))) {
            PlanDecision d = new PlanDecision(Program.rampingTo(5).level(8), day, Decision.REPEAT,
                    List.of(new Reason.ProgramComplete(0)));
            long id = store.recordPlanned(d, day, new Cadence(176.4));
            store.markStarted(id, Optional.empty());
            store.markFinished(id, PlayOutcome.completed(Duration.ofMinutes(30), Duration.ofMinutes(12)));
            store.saveRecording(id, new RunRecording("run.fit", "00", 1, Optional.empty(), 12,
                    List.of(new RunRecording.StepCadence(176.4, measuredSpm, 600))));
        }
    }

    @Test
    void aTargetBelowTheRecentRunsIsSavedWithANote() {
        assertEquals(0, cadence("profile", "--baseline", "168").exitCode());
        aRecordedRun(RUN_DAY, 176.0);
        CliRunner lower = cadence("profile", "--baseline", "160", "--today", "2026-11-29");
        assertEquals(0, lower.exitCode(), lower.err());
        String[] lines = lower.out().split("\n");
        assertEquals("Note: your last recorded run, on Thu 26 Nov, held 176 spm, above this target of 168 spm: the"
                + " clicks would slow you down. A baseline is the cadence you ran before raising it; if this one is an"
                + " old figure or a slow run, set it again (cadence profile --baseline N).", lines[lines.length - 1]);
        assertEquals("baseline 160 spm (entered)", lines[0], "saved all the same: the runner may mean it");

        aRecordedRun(RUN_DAY.plusDays(2), 178.0);
        String two = cadence("profile", "--baseline", "160", "--today", "2026-11-29").out();
        assertEquals(true, two.contains("Note: your last 2 recorded runs, since Thu 26 Nov, held 177 spm"), two);
    }

    @Test
    void noNoteForATargetTheRunsHeldOrOldRecordingsButOneForASmallerIncrease() {
        assertEquals(0, cadence("profile", "--baseline", "168").exitCode());
        aRecordedRun(RUN_DAY, 176.0);
        String same = cadence("profile", "--baseline", "168", "--today", "2026-11-29").out();
        assertFalse(same.contains("Note:"), "target 176.4 is what the run held: " + same);
        String justWithin = cadence("profile", "--baseline", "166", "--today", "2026-11-29").out();
        assertFalse(justWithin.contains("Note:"), "target 174.3 is within the planner's 2 spm: " + justWithin);
        String old = cadence("profile", "--baseline", "160", "--today", "2027-01-10").out();
        assertFalse(old.contains("Note:"), "six weeks on, that run says little about today: " + old);
        String smallerIncrease = cadence("profile", "--baseline", "168", "--increase", "2%", "--today", "2026-11-29")
                .out();
        assertEquals(true, smallerIncrease.contains("above this target of 171.4 spm"), "a smaller increase lowers the"
                + " target too: " + smallerIncrease);
        assertEquals(0, cadence("profile", "--increase", "5%").exitCode());
        String increaseAlone = cadence("profile", "--increase", "2%", "--today", "2026-11-29").out();
        assertEquals(true, increaseAlone.contains("Note:"), increaseAlone);
        String noChange = cadence("profile", "--today", "2026-11-29").out();
        assertFalse(noChange.contains("Note:"), "only a new baseline is checked: " + noChange);
    }

    /** measure --save says the same, counting back from the real date (measure has no --today). */
    @Test
    void aMeasuredBaselineBelowTheRecentRunsGetsTheNoteToo() {
        assertEquals(0, cadence("profile", "--baseline", "168").exitCode());
        aRecordedRun(LocalDate.now().minusDays(1), 176.0);
        Path fit = MeasureFileCommandTest.fitRun161(dir.resolve("easy.fit"));
        CliRunner r = cadence("measure", "file", fit.toString(), "--save");
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("Saved 161.0 spm as your baseline (from easy.fit).", lines[lines.length - 2]);
        assertTrue(lines[lines.length - 1].startsWith("Note: your last recorded run, on "), r.out());
        assertTrue(lines[lines.length - 1].contains("held 176 spm, above this target of 169.1 spm"), r.out());
    }
}
