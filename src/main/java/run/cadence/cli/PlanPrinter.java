package run.cadence.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import run.cadence.plan.Decision;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.PlannedSession;
import run.cadence.plan.Profile;
import run.cadence.plan.Reason;
import run.cadence.plan.StrengthPlan;

/** Prints a plan as {@code plan} shows it: the day, the next run and every reason, and the strength work. */
final class PlanPrinter {
    private PlanPrinter() {}

    /** Whether today has no run: the next run is later, or it waits for a flare to settle or for checks. */
    static boolean offDay(PlanDecision d, LocalDate today) {
        return d.date().isAfter(today) || d.awaitingSettled() || d.decision() == Decision.NOT_READY;
    }

    static void print(PrintWriter out, Profile profile, PlanDecision next, LocalDate today, StrengthPlan.Dose dose) {
        out.println("Baseline " + profile.baseline().format() + " spm, target " + profile.target().format()
                + " spm (" + profile.increase().describe() + ")");
        out.println("Stage " + next.session().stage().number() + " of 6: "
                + PlannedText.stageTitle(next.session().stage()));
        boolean off = offDay(next, today);
        if (off) {
            out.println("Today (" + PlanWords.day(today) + "): no " + SessionSummary.noun(next.session())
                    + ". cadence next plays "
                    + PlannedText.describe(dose.session()) + "; for more, uphill walking or deep-water running:"
                    + " cadence next --cross walk|pool");
            out.println("  " + PlanWords.say(dose.reason(), next));
            String noun = SessionSummary.noun(next.session());
            String when = next.decision() == Decision.NOT_READY ? "Next run, after the entry checks"
                    : next.awaitingSettled() ? "Next " + noun + ", once the pain has settled"
                    : "Next " + noun + " " + PlanWords.day(next.date());
            out.println(when + ": " + SessionSummary.line(next.session(), profile));
        } else {
            out.println(SessionSummary.when(next, today) + ": " + SessionSummary.line(next.session(), profile));
        }
        for (Reason reason : next.reasons()) {
            // "No run today" already says what a rest-day reason would.
            if (!(off && reason instanceof Reason.RestDay)) {
                out.println("  " + PlanWords.say(reason, next));
            }
        }
        if (next.session().hasRunning()) {
            out.println("  " + PlanWords.stopRule());
        }
        if (!off) {
            out.println("Between " + SessionSummary.noun(next.session()) + "s: " + PlannedText.describe(dose.session())
                    + " (cadence next plays it on a day without a " + SessionSummary.noun(next.session()) + "). "
                    + PlanWords.say(dose.reason(), next));
        }
    }

    static void printAhead(PrintWriter out, Profile profile, List<PlanDecision> sessions) {
        out.println();
        out.println(String.format(Locale.ROOT, "%3s  %-10s  %-5s  %-48s  %4s  %4s  %5s  %6s  %s", "#", "date", "stage",
                "session", "min", "run", "load", "spm", "clicks"));
        int n = 1;
        for (PlanDecision d : sessions) {
            PlannedSession s = d.session();
            out.println(String.format(Locale.ROOT, "%3d  %-10s  %-5d  %-48s  %4d  %4.0f  %5.0f  %6s  %s", n++,
                    d.date(), s.stage().number(), PlannedText.describe(s), s.totalSeconds() / 60, s.runningMinutes(),
                    s.load(), s.hasRunning() ? s.targetCadence(profile.baseline()).format() : "-",
                    s.hasRunning() ? s.clickPercent() + "%" : "-"));
        }
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
