package run.cadence.session;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import run.cadence.Cadence;
import run.cadence.DurationText;
import run.cadence.session.WorkoutLine.Token;

/** Reads one step line of a workout (after its dash): a timed step with its options, a hold or a set of reps. */
final class StepParser {
    static final Pattern DURATION = Pattern.compile("(?:\\d{1,6}h)?(?:\\d{1,6}m)?(?:\\d{1,6}(?:\\.\\d{1,3})?s)?");
    static final Pattern COUNT = Pattern.compile("(\\d{1,9})x");
    static final Pattern SETS_BY_REPS = Pattern.compile("(\\d{1,9})x(\\d{1,9})");
    private static final Pattern FIXED = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,2})?)spm");
    private static final Pattern RAMP = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,2})?)-(\\d{1,3}(?:\\.\\d{1,2})?)spm");
    private static final Pattern RELATIVE = Pattern.compile("([+-]\\d{1,3}(?:\\.\\d{1,2})?)%");
    private static final Pattern SHARE = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,2})?)%");
    private static final Duration MIN_STEP = Duration.ofSeconds(1);

    private static final String EXPECTED_DURATION = "expected a duration like 30s, 4m or 1m30s";
    private static final String EXPECTED_KIND = "expected a step kind (walk, run, rest, easy, medium, hard, sprint)";
    private static final String EXPECTED_OPTION =
            "expected a cadence (172spm, +5%, baseline, target, 166-172spm, silent), 'click 50%' or a \"note\"";

    private StepParser() {}

    static Step step(WorkoutLine line) {
        Token head = line.next("expected a step such as '5m walk', '10x hold 5s' or '3x15 reps 3s'");
        if (!head.quoted()) {
            Matcher setsByReps = SETS_BY_REPS.matcher(head.lower());
            if (setsByReps.matches()) {
                return reps(line, head, setsByReps);
            }
            Matcher count = COUNT.matcher(head.lower());
            if (count.matches()) {
                return hold(line, head, count);
            }
        }
        Duration length = duration(line, head, EXPECTED_DURATION + ", or a count like 10x or 3x15");
        Token kindToken = line.next(EXPECTED_KIND);
        String kind = kindToken.quoted() ? "" : kindToken.lower();
        Options o = options(line);
        boolean paced = !kind.equals("rest");
        if (!paced && (o.cadence != null || o.share != null)) {
            throw line.error(kindToken.column(), "a rest has no cadence or clicks; use 'walk' for a paced recovery");
        }
        boolean silentByDefault = !kind.equals("run") && !kind.equals("jog");
        if (o.share != null && (o.cadence == CadenceTarget.NONE || o.cadence == null && silentByDefault)) {
            throw line.error(kindToken.column(), "'click' needs a cadence on the step to click at");
        }
        double clickShare = o.share == null ? 1 : o.share;
        try {
            switch (kind) {
                case "walk":
                    return new Step.Walk(length, o.cadence, clickShare, o.note);
                case "run":
                case "jog":
                    return new Step.Run(length, o.cadence, clickShare, o.note);
                case "rest":
                    return new Step.Rest(length, o.note);
                case "easy":
                case "medium":
                case "hard":
                case "sprint":
                    return new Step.Effort(PerceivedEffort.valueOf(kind.toUpperCase(Locale.ROOT)), length, o.cadence,
                            clickShare, o.note);
                default:
                    throw line.unexpected(kindToken, EXPECTED_KIND);
            }
        } catch (IllegalArgumentException e) {
            throw line.error(kindToken.column(), e.getMessage());
        }
    }

    /** What may follow a timed step's kind, each once: a cadence, {@code click N%}, a "note"; null if absent. */
    private record Options(CadenceTarget cadence, Double share, Optional<String> note) {}

    private static Options options(WorkoutLine line) {
        CadenceTarget cadence = null;
        Double share = null;
        Optional<String> note = Optional.empty();
        while (line.more()) {
            Token t = line.next(EXPECTED_OPTION);
            if (t.quoted()) {
                if (note.isPresent()) {
                    throw line.unexpected(t, "expected one note per step");
                }
                note = Optional.of(t.text());
            } else if (t.lower().equals("click")) {
                if (share != null) {
                    throw line.unexpected(t, "expected one 'click' option per step");
                }
                share = clickShare(line);
            } else {
                if (cadence != null) {
                    throw line.unexpected(t, "expected one cadence per step");
                }
                cadence = cadence(line, t);
            }
        }
        return new Options(cadence, share, note);
    }

    /** "50%" after "click": the share of the step with clicks, as a fraction. */
    private static double clickShare(WorkoutLine line) {
        Token s = line.next("expected the share of the step with clicks, like 50%");
        Matcher m = SHARE.matcher(s.lower());
        if (!m.matches()) {
            throw line.unexpected(s, "expected the share of the step with clicks, like 50%");
        }
        double percent = Double.parseDouble(m.group(1));
        if (!(percent > 0 && percent <= 100)) {
            throw line.unexpected(s, "expected a click share above 0% and at most 100%");
        }
        return percent / 100;
    }

    private static Step hold(WorkoutLine line, Token head, Matcher count) {
        int holds = count(line, count.group(1), Step.Hold.MAX_COUNT, "hold count", head.column());
        Token keyword = line.next("expected 'hold' after " + head.text());
        if (keyword.quoted() || !keyword.lower().equals("hold")) {
            throw line.unexpected(keyword, "expected 'hold' after " + head.text() + " (or 3x15 reps for sets of reps)");
        }
        Duration hold = duration(line, line.next(EXPECTED_DURATION), EXPECTED_DURATION);
        RestAndNote after = restAndNote(line, "5s");
        try {
            // Isometric protocols rest as long as they hold unless told otherwise.
            return new Step.Hold(holds, hold, after.rest.orElse(hold), after.note);
        } catch (IllegalArgumentException e) {
            throw line.error(head.column(), e.getMessage());
        }
    }

    private static Step reps(WorkoutLine line, Token head, Matcher setsByReps) {
        int sets = count(line, setsByReps.group(1), Step.Reps.MAX_SETS, "set count", head.column());
        int reps = count(line, setsByReps.group(2), Step.Reps.MAX_REPS, "rep count", head.column());
        Token keyword = line.next("expected 'reps' after " + head.text());
        if (keyword.quoted() || !keyword.lower().equals("reps")) {
            throw line.unexpected(keyword, "expected 'reps' after " + head.text());
        }
        Duration perRep = duration(line, line.next("expected the time per rep, like 3s"), EXPECTED_DURATION);
        RestAndNote after = restAndNote(line, "60s");
        try {
            return new Step.Reps(sets, reps, perRep, after.rest.orElse(Step.DEFAULT_SET_REST), after.note);
        } catch (IllegalArgumentException e) {
            throw line.error(head.column(), e.getMessage());
        }
    }

    /** What may follow a hold or a set of reps, each once, in any order: "rest 5s" and a "note". */
    private record RestAndNote(Optional<Duration> rest, Optional<String> note) {}

    private static RestAndNote restAndNote(WorkoutLine line, String exampleRest) {
        String expected = "expected 'rest " + exampleRest + "' or a \"note\"";
        Optional<Duration> rest = Optional.empty();
        Optional<String> note = Optional.empty();
        while (line.more()) {
            Token t = line.next(expected);
            if (t.quoted() && note.isEmpty()) {
                note = Optional.of(t.text());
            } else if (!t.quoted() && t.lower().equals("rest") && rest.isEmpty()) {
                rest = Optional.of(duration(line, line.next(EXPECTED_DURATION), EXPECTED_DURATION));
            } else {
                throw line.unexpected(t, expected);
            }
        }
        return new RestAndNote(rest, note);
    }

    private static CadenceTarget cadence(WorkoutLine line, Token t) {
        if (t.quoted()) {
            throw line.unexpected(t, EXPECTED_OPTION);
        }
        String s = t.lower();
        try {
            if (s.equals("baseline")) {
                return new CadenceTarget.Relative(0);
            }
            if (s.equals("target")) {
                return CadenceTarget.RUNNER_TARGET;
            }
            if (s.equals("silent")) {
                return CadenceTarget.NONE;
            }
            Matcher m = FIXED.matcher(s);
            if (m.matches()) {
                return new CadenceTarget.Fixed(new Cadence(Double.parseDouble(m.group(1))));
            }
            m = RAMP.matcher(s);
            if (m.matches()) {
                return new CadenceTarget.Ramp(new Cadence(Double.parseDouble(m.group(1))),
                        new Cadence(Double.parseDouble(m.group(2))));
            }
            m = RELATIVE.matcher(s);
            if (m.matches()) {
                return new CadenceTarget.Relative(Double.parseDouble(m.group(1)));
            }
        } catch (IllegalArgumentException e) {
            throw line.error(t.column(), e.getMessage());
        }
        throw line.unexpected(t, EXPECTED_OPTION);
    }

    private static Duration duration(WorkoutLine line, Token t, String expected) {
        if (t.quoted() || t.text().isEmpty() || !DURATION.matcher(t.lower()).matches()) {
            throw line.unexpected(t, expected);
        }
        Duration d;
        try {
            d = DurationText.parse(t.text());
        } catch (IllegalArgumentException e) {
            throw line.error(t.column(), "zero-length step '" + t.text() + "'; give it at least 1s");
        }
        if (d.compareTo(MIN_STEP) < 0) {
            throw line.error(t.column(), "step of " + t.text() + " is too short; give it at least 1s");
        }
        if (d.compareTo(Workout.MAX_DURATION) > 0) {
            throw line.error(t.column(), "step of " + t.text() + " is over the 6 hour limit");
        }
        return d;
    }

    static int count(WorkoutLine line, String digits, int max, String what, int column) {
        long n = Long.parseLong(digits);
        if (n < 1 || n > max) {
            throw line.error(column, what + " " + digits + " is outside 1-" + max);
        }
        return (int) n;
    }
}
