package run.cadence.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import run.cadence.CadenceException;
import run.cadence.DurationText;
import run.cadence.plan.PainEntry;
import run.cadence.plan.PainReport;
import run.cadence.plan.PastSession;
import run.cadence.plan.Planner;
import run.cadence.plan.SessionLog;

/** The writes of {@code cadence log} other than a recording, each with the line that confirms it. */
final class LogWrites {
    private LogWrites() {}

    static void stoppedAt(SessionLog log, Duration at, PrintWriter w) {
        PastSession last = lastRun(log);
        int total = last.session().totalSeconds();
        if (at.toSeconds() >= total) {
            throw CadenceException.badInput("--stopped-at " + DurationText.format(at) + " is not before the end of the "
                    + total / 60 + " min session on " + PlanWords.day(last.date()));
        }
        log.correctStoppedAt(last.id(), at);
        w.println("Recorded: the session on " + PlanWords.day(last.date()) + " stopped early after "
                + DurationText.clock(at) + ".");
    }

    private static PastSession lastRun(SessionLog log) {
        java.util.List<PastSession> done = log.history().runsDone();
        if (done.isEmpty()) {
            throw CadenceException.badInput("no session to attach this to: play one with cadence next first");
        }
        return done.get(done.size() - 1);
    }

    /**
     * The session a pain entry is for: session {@code id} when given, else {@link PainEntry#target}'s choice. Found
     * before anything is written, so a wrong {@code --session} leaves the history as it was.
     */
    static PainEntry.Target painTarget(SessionLog log, PainEntry entry, Optional<Long> id) {
        if (id.isPresent()) {
            return PainEntry.session(log.history(), id.get()).orElseThrow(() -> CadenceException.badInput(
                    "--session " + id.get() + " is not a session you did (see cadence history)"));
        }
        return entry.target(log.history()).orElseThrow(() -> CadenceException.badInput(
                "no session to attach the pain report to: play one with cadence next first"));
    }

    static void pain(SessionLog log, PainEntry entry, PainEntry.Target target, PrintWriter w) {
        String what = target instanceof PainEntry.Target.Run r ? PlannedText.describe(r.session().session())
                : PlannedText.describe(((PainEntry.Target.Extra) target).session().session());
        LocalDate day = target instanceof PainEntry.Target.Run r ? r.session().date()
                : ((PainEntry.Target.Extra) target).session().date();
        PainEntry.Merge merged = entry.onto(target.pain());
        if (merged instanceof PainEntry.Merge.NeedsDuringAndAfter) {
            throw CadenceException.badInput("the first report for the session on " + PlanWords.day(day)
                    + " needs both --during and --after");
        }
        PainReport report = ((PainEntry.Merge.Report) merged).report();
        log.savePain(target.id(), report);
        // A report that changes one already given says what it replaces: a typo and a second thought look alike.
        String replaces = target.pain().filter(before -> changes(before, report))
                .map(before -> " It replaces " + PlanWords.pain(before) + ".").orElse("");
        w.println("Logged for the session on " + PlanWords.day(day) + " (" + what + "): " + PlanWords.pain(report) + "."
                + replaces);
    }

    /** Whether {@code now} changes a value {@code before} had (filling in the morning is no change; a limp is). */
    private static boolean changes(PainReport before, PainReport now) {
        return before.during() != now.during() || before.after() != now.after() || before.limp() != now.limp()
                || before.morning() != null && !before.morning().equals(now.morning());
    }

    static String settled(SessionLog log, LocalDate day) {
        Optional<Planner.Unsettled> u = Planner.unsettled(log.history());
        if (u.isEmpty()) {
            return "Nothing waits to settle: no flare since your last run needs confirming.";
        }
        log.confirmSettled(u.get().sessionId(), day);
        return "Recorded: the pain from " + PlanWords.day(u.get().reason().flareDay()) + " has settled.";
    }
}
