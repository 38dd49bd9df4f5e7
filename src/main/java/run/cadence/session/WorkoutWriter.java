package run.cadence.session;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import run.cadence.DurationText;
import run.cadence.NumberText;

/**
 * Writes a workout back as text that {@link WorkoutParser} reads to an equal workout: for programs that build
 * a {@link Workout} and want to show or save it in the format runners edit. No command uses it yet (the
 * planner writes its sessions' text itself); a property test holds it to the round trip that docs/sessions.md
 * promises.
 */
public final class WorkoutWriter {
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern ENDS_WITH_COUNT = Pattern.compile("(?i).*(^|\\s)\\d+x$");

    private WorkoutWriter() {}

    /**
     * @throws IllegalArgumentException for a name, note or description the format cannot carry (a quote in a
     *     note, a line break, a section name that starts like a step or a comment)
     */
    public static String write(Workout workout) {
        StringBuilder b = new StringBuilder();
        if (!workout.description().isEmpty()) {
            b.append("# ").append(oneLine(workout.description(), "description")).append('\n');
        }
        boolean first = true;
        for (Section s : workout.sections()) {
            String header = header(s, first);
            if (header != null) {
                b.append(header).append('\n');
            }
            for (Step step : s.steps()) {
                b.append("- ").append(step(step)).append('\n');
            }
            first = false;
        }
        String text = b.toString();
        // The cases above cover what is known not to survive; parsing back catches what they miss.
        Workout back;
        try {
            back = WorkoutParser.parse("written", workout.name(), text);
        } catch (WorkoutSyntaxException e) {
            throw new IllegalArgumentException("workout '" + workout.name() + "' cannot be written: " + e.getMessage(), e);
        }
        if (!back.equals(workout)) {
            throw new IllegalArgumentException("workout '" + workout.name() + "' cannot be written faithfully "
                    + "(a section name or note with unusual spacing or characters)");
        }
        return text;
    }

    private static String header(Section s, boolean first) {
        String name = oneLine(s.name(), "section name");
        if (name.startsWith("-") || name.contains("#") || name.contains("\"")) {
            throw new IllegalArgumentException("section name '" + name + "' cannot be written: it must not start "
                    + "with '-' or contain '#' or '\"'");
        }
        if (name.isEmpty() && s.repeats() == 1 && first) {
            return null;
        }
        boolean countLike = ENDS_WITH_COUNT.matcher(name).matches();
        if (s.repeats() == 1 && !countLike && !name.isEmpty()) {
            return name;
        }
        return (name.isEmpty() ? "" : name + " ") + s.repeats() + "x";
    }

    static String step(Step step) {
        if (step instanceof Step.Walk w) {
            return paced(w.length(), "walk", w.cadence(), CadenceTarget.WALK_CADENCE, w.clickShare(), w.note());
        }
        if (step instanceof Step.Run r) {
            return paced(r.length(), "run", r.cadence(), CadenceTarget.RUNNER_TARGET, r.clickShare(), r.note());
        }
        if (step instanceof Step.Effort e) {
            return paced(e.length(), e.level().word(), e.cadence(), CadenceTarget.NONE, e.clickShare(), e.note());
        }
        if (step instanceof Step.Rest r) {
            return duration(r.length()) + " rest" + note(r.note());
        }
        if (step instanceof Step.Hold h) {
            return h.count() + "x hold " + duration(h.hold()) + " rest " + duration(h.rest()) + note(h.note());
        }
        Step.Reps r = (Step.Reps) step;
        return r.sets() + "x" + r.reps() + " reps " + duration(r.perRep()) + " rest " + duration(r.setRest())
                + note(r.note());
    }

    private static String paced(Duration length, String kind, CadenceTarget cadence, CadenceTarget byDefault,
            double clickShare, Optional<String> note) {
        StringBuilder b = new StringBuilder(duration(length)).append(' ').append(kind);
        if (!cadence.equals(byDefault)) {
            b.append(' ').append(cadence(cadence));
        }
        if (clickShare < 1) {
            b.append(" click ").append(NumberText.rounded(clickShare * 100, 2))
                    .append('%');
        }
        return b.append(note(note)).toString();
    }

    /** Exact, unlike {@link CadenceTarget#describe()}, which rounds for display. */
    private static String cadence(CadenceTarget target) {
        if (target instanceof CadenceTarget.Fixed f) {
            return NumberText.plain(f.cadence().stepsPerMinute()) + "spm";
        }
        if (target instanceof CadenceTarget.Ramp r) {
            return NumberText.plain(r.from().stepsPerMinute()) + "-" + NumberText.plain(r.to().stepsPerMinute())
                    + "spm";
        }
        if (target instanceof CadenceTarget.Relative rel) {
            if (rel.percent() == 0) {
                return "baseline";
            }
            return (rel.percent() > 0 ? "+" : "-") + NumberText.plain(Math.abs(rel.percent())) + "%";
        }
        return target.describe();
    }


    /** "1h5m", "1m30s", "2.5s": exact to the millisecond, which is all the parser reads. */
    static String duration(Duration d) {
        if (d.toNanos() % 1_000_000 != 0) {
            throw new IllegalArgumentException("duration " + d + " is finer than a millisecond");
        }
        return DurationText.format(d);
    }

    private static String note(Optional<String> note) {
        if (note.isEmpty()) {
            return "";
        }
        String n = oneLine(note.get(), "note");
        if (n.contains("\"")) {
            throw new IllegalArgumentException("note '" + n + "' cannot be written: it contains '\"'");
        }
        return " \"" + n + "\"";
    }

    private static String oneLine(String text, String what) {
        if (LINE_BREAK.matcher(text).find()) {
            throw new IllegalArgumentException(what + " '" + text + "' cannot be written: it spans lines");
        }
        return text;
    }
}
