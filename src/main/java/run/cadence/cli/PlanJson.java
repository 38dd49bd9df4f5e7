package run.cadence.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import run.cadence.session.WorkoutWriter;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.PlannedSession;
import run.cadence.plan.Profile;
import run.cadence.plan.Reason;
import run.cadence.plan.StrengthPlan;

/**
 * {@code cadence plan --json}: written by hand to avoid a JSON dependency. Keys are snake_case, as everywhere.
 * Each reason is the rule that fired ({@code "reason": "advance"}) with its values, and its words ({@code "text"}).
 */
final class PlanJson {
    private PlanJson() {}

    static String write(Profile profile, LocalDate today, List<PlanDecision> sessions, StrengthPlan.Dose dose) {
        StringBuilder b = new StringBuilder();
        b.append("{\n  \"today\": ").append(Json.string(today.toString()));
        b.append(",\n  \"baseline_spm\": ").append(num(profile.baseline().stepsPerMinute()));
        b.append(",\n  \"target_spm\": ").append(num(profile.target().stepsPerMinute()));
        b.append(",\n  \"increase\": ").append(Json.string(profile.increase().describe()));
        b.append(",\n  \"strength\": {\"session\": ").append(Json.string(PlannedText.describe(dose.session())));
        b.append(", \"reason\": ").append(reason(dose.reason(), sessions.get(0))).append('}');
        b.append(",\n  \"sessions\": [");
        for (int i = 0; i < sessions.size(); i++) {
            PlanDecision d = sessions.get(i);
            PlannedSession s = d.session();
            b.append(i == 0 ? "\n" : ",\n").append("    {");
            b.append("\"date\": ").append(Json.string(d.date().toString()));
            b.append(", \"decision\": ").append(Json.string(d.decision().name().toLowerCase(Locale.ROOT)));
            b.append(", \"awaiting_settled\": ").append(d.awaitingSettled());
            b.append(", \"stage\": ").append(s.stage().number());
            b.append(", \"level\": ").append(s.level());
            b.append(", \"title\": ").append(Json.string(PlannedText.title(s)));
            b.append(", \"terrain\": ").append(Json.string(s.terrain().name().toLowerCase(Locale.ROOT)));
            b.append(", \"intensity\": ").append(Json.string(s.intensity().name().toLowerCase(Locale.ROOT)));
            b.append(", \"walk_minutes\": ").append(s.walkMinutes());
            b.append(", \"run_minutes\": ").append(s.runMinutes());
            b.append(", \"repeats\": ").append(s.repeats());
            b.append(", \"total_minutes\": ").append(num(s.totalSeconds() / 60.0));
            b.append(", \"running_minutes\": ").append(num(s.runningMinutes()));
            b.append(", \"load\": ").append(num(s.load()));
            b.append(", \"cadence_increase_percent\": ").append(num(s.cadencePercent()));
            b.append(", \"target_spm\": ").append(num(s.targetCadence(profile.baseline()).stepsPerMinute()));
            b.append(", \"click_percent\": ").append(s.clickPercent());
            b.append(", \"reasons\": [");
            for (int r = 0; r < d.reasons().size(); r++) {
                b.append(r == 0 ? "" : ", ").append(reason(d.reasons().get(r), d));
            }
            b.append("], \"workout\": ").append(Json.string(WorkoutWriter.write(SessionWorkouts.forPeople(s))))
                    .append('}');
        }
        b.append("\n  ]\n}");
        return b.toString();
    }

    /** {"reason": "advance", "pain_before": 1, ..., "text": "Advancing: ..."}. */
    static String reason(Reason r, PlanDecision d) {
        StringBuilder b = new StringBuilder("{\"reason\": ").append(Json.string(snake(r.getClass().getSimpleName())));
        components(b, (Record) r);
        return b.append(", \"text\": ").append(Json.string(PlanWords.say(r, d))).append('}').toString();
    }

    private static void components(StringBuilder b, Record r) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + r, e);
            }
            b.append(", ").append(Json.string(snake(c.getName()))).append(": ").append(value(v));
        }
    }

    private static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Double x) {
            return x.isNaN() ? "null" : num(x);
        }
        if (v instanceof OptionalInt o) {
            return o.isPresent() ? String.valueOf(o.getAsInt()) : "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof Enum<?> e) {
            return Json.string(e.name().toLowerCase(Locale.ROOT));
        }
        if (v instanceof Record rec) {
            StringBuilder b = new StringBuilder("{");
            components(b, rec);
            return b.append('}').toString().replaceFirst("^\\{, ", "{");
        }
        return Json.string(v.toString());
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    static String num(double v) {
        double rounded = Math.round(v * 100) / 100.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }
}
