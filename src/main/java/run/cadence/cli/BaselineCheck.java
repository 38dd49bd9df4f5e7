package run.cadence.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import run.cadence.Cadence;
import run.cadence.plan.History;
import run.cadence.plan.RecentCadence;

/**
 * After a new baseline is saved: a note when the runner's last watch-recorded runs held more than its target, so the
 * clicks would slow them down (a baseline typed from an old note, or measured on a slow jog).
 */
final class BaselineCheck {
    private BaselineCheck() {}

    static void noteIfBelowRecentRuns(PrintWriter out, History history, Cadence target, LocalDate today) {
        RecentCadence.of(history, today).filter(r -> r.above(target)).ifPresent(r -> out.println(words(r, target)));
    }

    static String words(RecentCadence r, Cadence target) {
        String runs = r.runs() == 1 ? "last recorded run, on " + PlanWords.day(r.since()) + ","
                : "last " + r.runs() + " recorded runs, since " + PlanWords.day(r.since()) + ",";
        return "Note: your " + runs + " held " + new Cadence(r.spm()).format() + " spm, above this target of "
                + target.format() + " spm: the clicks would slow you down. A baseline is the cadence you ran before"
                + " raising it; if this one is an old figure or a slow run, set it again"
                + " (cadence profile --baseline N).";
    }
}
