package run.cadence.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import run.cadence.plan.CrossSession;
import run.cadence.plan.Decision;
import run.cadence.plan.ExtraSession;
import run.cadence.plan.NextSession;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.Reason;

/** What {@code next} prints before a session plays: what it is and why. */
final class NextPrinter {
    private NextPrinter() {}

    /** The name the player shows: "Stage 3: flat walk-run 3/2 x6", "Hip strength, Fredericson 2x15". */
    static String title(NextSession.Playing what) {
        return what instanceof NextSession.Playing.Run r ? PlannedText.title(r.decision().session())
                : PlanPrinter.capital(PlannedText.describe(((NextSession.Playing.Extra) what).session()));
    }

    static void playing(PrintWriter w, NextSession.Playing what, LocalDate today) {
        if (what instanceof NextSession.Playing.Run r) {
            PlanDecision d = r.decision();
            w.println(PlannedText.title(d.session()));
            for (Reason reason : d.reasons()) {
                w.println("  " + PlanWords.say(reason, d));
            }
            w.println("  " + PlanWords.stopRuleFor(d.session()));
            return;
        }
        NextSession.Playing.Extra e = (NextSession.Playing.Extra) what;
        PlanDecision run = e.nextRun();
        w.println(PlanPrinter.capital(PlannedText.describe(e.session())));
        e.why().ifPresent(why -> w.println("  " + PlanWords.say(why, run)));
        if (run.decision() == Decision.NOT_READY) {
            w.println("  " + PlanWords.say(run.reasons().get(0), run));
        } else if (run.date().isAfter(today)) {
            String noun = SessionSummary.noun(run.session());
            w.println("  No " + noun + " today: next " + noun + " " + PlanWords.day(run.date()) + ".");
        }
        run.reason(Reason.AwaitSettled.class).ifPresent(a -> w.println("  " + PlanWords.say(a, run)));
        w.println("  " + stopRule(e.session()));
    }

    /** Strength work stops short of pain; cross-training keeps the run's own limit, in its own words. */
    static String stopRule(ExtraSession session) {
        if (session instanceof CrossSession c) {
            return c.kind() == CrossSession.Kind.UPHILL_WALK
                    ? "Stop if pain rises above 3 out of 10, or if you start to limp."
                    : "Stop if pain rises above 3 out of 10: deep water takes the landing away, not the work of the knee.";
        }
        return "Stop short of pain: strength work should feel like effort, not hurt.";
    }
}
