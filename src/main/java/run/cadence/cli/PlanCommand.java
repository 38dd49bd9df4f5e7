package run.cadence.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import run.cadence.CadenceException;
import run.cadence.plan.PastSession;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.PlannedSession;
import run.cadence.plan.Planner;
import run.cadence.plan.Profile;
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
        List<PastSession> history;
        try (HistoryStore store = data.openExisting()) {
            profile = store.profile().orElseThrow(() -> CadenceException.badInput(
                    "no profile yet: start with cadence profile --baseline N"));
            history = store.sessions();
        }
        Planner planner = new Planner();
        List<PlanDecision> sessions = ahead == null ? List.of(planner.next(profile, history, day))
                : planner.preview(profile, history, day, ahead);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(PlanJson.write(profile, day, sessions));
            return 0;
        }
        PlanDecision next = sessions.get(0);
        out.println("Baseline " + profile.baseline().format() + " spm, target " + profile.target().format()
                + " spm (" + profile.increase().describe() + ")");
        out.println("Stage " + next.session().stage().number() + " of 6: " + next.session().stage().title());
        out.println(SessionSummary.when(next, day) + ": " + SessionSummary.line(next.session(), profile));
        for (String reason : next.reasons()) {
            out.println("  " + reason);
        }
        out.println("Alongside: " + next.session().stage().strengthAlongside() + ".");
        if (sessions.size() > 1) {
            out.println();
            out.println(String.format(Locale.ROOT, "%3s  %-10s  %-5s  %-55s  %4s  %4s  %6s  %s", "#", "date", "stage",
                    "session", "min", "run", "spm", "clicks"));
            int n = 1;
            for (PlanDecision d : sessions) {
                PlannedSession s = d.session();
                out.println(String.format(Locale.ROOT, "%3d  %-10s  %-5d  %-55s  %4d  %4.0f  %6s  %s", n++, d.date(),
                        s.stage().number(), s.describe(), s.totalSeconds() / 60, s.runningMinutes(),
                        s.hasRunning() ? s.targetCadence(profile.baseline()).format() : "-",
                        s.hasRunning() ? s.clickPercent() + "%" : "-"));
            }
        }
        return 0;
    }
}
