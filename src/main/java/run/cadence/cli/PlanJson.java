package run.cadence.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import run.cadence.NumberText;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.PlannedSession;
import run.cadence.plan.Profile;

/**
 * {@code cadence plan --json}: a small, stable shape, written by hand to avoid a JSON dependency. Keys are
 * snake_case, as in every {@code --json} output (README, "JSON output").
 */
final class PlanJson {
    private PlanJson() {}

    static String write(Profile profile, LocalDate today, List<PlanDecision> sessions) {
        StringBuilder b = new StringBuilder();
        b.append("{\n  \"today\": ").append(Json.string(today.toString()));
        b.append(",\n  \"baseline_spm\": ").append(num(profile.baseline().stepsPerMinute()));
        b.append(",\n  \"target_spm\": ").append(num(profile.target().stepsPerMinute()));
        b.append(",\n  \"increase\": ").append(Json.string(profile.increase().describe()));
        b.append(",\n  \"sessions\": [");
        for (int i = 0; i < sessions.size(); i++) {
            PlanDecision d = sessions.get(i);
            PlannedSession s = d.session();
            b.append(i == 0 ? "\n" : ",\n").append("    {");
            b.append("\"date\": ").append(Json.string(d.date().toString()));
            b.append(", \"decision\": ").append(Json.string(d.decision().name().toLowerCase(Locale.ROOT)));
            b.append(", \"stage\": ").append(s.stage().number());
            b.append(", \"level\": ").append(s.level());
            b.append(", \"title\": ").append(Json.string(s.title()));
            b.append(", \"terrain\": ").append(Json.string(s.terrain().name().toLowerCase(Locale.ROOT)));
            b.append(", \"intensity\": ").append(Json.string(s.intensity().name().toLowerCase(Locale.ROOT)));
            b.append(", \"walk_minutes\": ").append(s.walkMinutes());
            b.append(", \"run_minutes\": ").append(s.runMinutes());
            b.append(", \"repeats\": ").append(s.repeats());
            b.append(", \"total_minutes\": ").append(num(s.totalSeconds() / 60.0));
            b.append(", \"running_minutes\": ").append(num(s.runningMinutes()));
            b.append(", \"cadence_increase_percent\": ").append(num(s.cadencePercent()));
            b.append(", \"target_spm\": ").append(num(s.targetCadence(profile.baseline()).stepsPerMinute()));
            b.append(", \"click_percent\": ").append(s.clickPercent());
            b.append(", \"reasons\": [");
            for (int r = 0; r < d.reasons().size(); r++) {
                b.append(r == 0 ? "" : ", ").append(Json.string(d.reasons().get(r)));
            }
            b.append("], \"workout\": ").append(Json.string(s.workoutText())).append('}');
        }
        b.append("\n  ]\n}");
        return b.toString();
    }

    private static String num(double v) {
        return NumberText.rounded(v, 2);
    }
}
