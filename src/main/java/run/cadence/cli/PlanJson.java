package run.cadence.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.PlannedSession;
import run.cadence.plan.Profile;

/** {@code cadence plan --json}: a small, stable shape, written by hand to avoid a JSON dependency. */
final class PlanJson {
    private PlanJson() {}

    static String write(Profile profile, LocalDate today, List<PlanDecision> sessions) {
        StringBuilder b = new StringBuilder();
        b.append("{\n  \"today\": ").append(str(today.toString()));
        b.append(",\n  \"baselineSpm\": ").append(num(profile.baseline().stepsPerMinute()));
        b.append(",\n  \"targetSpm\": ").append(num(profile.target().stepsPerMinute()));
        b.append(",\n  \"increase\": ").append(str(profile.increase().describe()));
        b.append(",\n  \"sessions\": [");
        for (int i = 0; i < sessions.size(); i++) {
            PlanDecision d = sessions.get(i);
            PlannedSession s = d.session();
            b.append(i == 0 ? "\n" : ",\n").append("    {");
            b.append("\"date\": ").append(str(d.date().toString()));
            b.append(", \"decision\": ").append(str(d.decision().name().toLowerCase(Locale.ROOT)));
            b.append(", \"stage\": ").append(s.stage().number());
            b.append(", \"level\": ").append(s.level());
            b.append(", \"title\": ").append(str(s.title()));
            b.append(", \"terrain\": ").append(str(s.terrain().name().toLowerCase(Locale.ROOT)));
            b.append(", \"intensity\": ").append(str(s.intensity().name().toLowerCase(Locale.ROOT)));
            b.append(", \"walkMinutes\": ").append(s.walkMinutes());
            b.append(", \"runMinutes\": ").append(s.runMinutes());
            b.append(", \"repeats\": ").append(s.repeats());
            b.append(", \"totalMinutes\": ").append(num(s.totalSeconds() / 60.0));
            b.append(", \"runningMinutes\": ").append(num(s.runningMinutes()));
            b.append(", \"cadenceIncreasePercent\": ").append(num(s.cadencePercent()));
            b.append(", \"targetSpm\": ").append(num(s.targetCadence(profile.baseline()).stepsPerMinute()));
            b.append(", \"clickPercent\": ").append(s.clickPercent());
            b.append(", \"reasons\": [");
            for (int r = 0; r < d.reasons().size(); r++) {
                b.append(r == 0 ? "" : ", ").append(str(d.reasons().get(r)));
            }
            b.append("], \"workout\": ").append(str(s.workoutText())).append('}');
        }
        b.append("\n  ]\n}");
        return b.toString();
    }

    private static String num(double v) {
        double rounded = Math.round(v * 100) / 100.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }
}
