package run.cadence.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import run.cadence.CadenceException;
import run.cadence.plan.History;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.Planner;
import run.cadence.plan.Profile;
import run.cadence.plan.StrengthPlan;
import run.cadence.store.HistoryStore;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Where you are in the return-to-run program, the next session, and why.",
        footer = {"", "Examples:", "  cadence plan", "  cadence plan --ahead 8     (the next 8 sessions if all goes well)",
                "  cadence plan --json"})
public final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Mixin
    TodayOption today;

    @Option(names = "--ahead", paramLabel = "N", description = "Preview the next N sessions (1-200), assuming"
            + " pain stays at 0.")
    Integer ahead;

    @Option(names = "--json", description = "Print JSON for other programs.")
    boolean json;

    @Override
    public Integer call() {
        if (ahead != null && (ahead < 1 || ahead > 200)) {
            throw CadenceException.badInput("--ahead " + ahead + " is outside 1-200");
        }
        LocalDate day = today.date();
        Profile profile;
        History history;
        try (HistoryStore store = data.openExisting()) {
            profile = store.profile().orElseThrow(() -> CadenceException.badInput(
                    "no profile yet: start with cadence profile --baseline N"));
            history = store.history();
        }
        Planner planner = new Planner();
        List<PlanDecision> sessions = ahead == null ? List.of(planner.next(profile, history, day))
                : planner.preview(profile, history, day, ahead);
        PrintWriter out = spec.commandLine().getOut();
        PlanDecision next = sessions.get(0);
        StrengthPlan.Dose dose = StrengthPlan.next(profile, next.session().stage(), history.extras());
        if (json) {
            out.println(PlanJson.write(profile, day, sessions, dose));
            return 0;
        }
        PlanPrinter.print(out, profile, next, day, dose);
        if (sessions.size() > 1) {
            PlanPrinter.printAhead(out, profile, sessions);
        }
        return 0;
    }
}
