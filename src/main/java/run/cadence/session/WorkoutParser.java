package run.cadence.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import run.cadence.Cadence;
import run.cadence.DurationText;

/**
 * Reads the workout text format: intervals.icu-style section headers with an optional {@code 6x} repeat,
 * steps as {@code - } lines, {@code #} comments. See docs/sessions.md for the grammar.
 *
 * <p>Every failure is a {@link WorkoutSyntaxException} naming source, line and column; nothing else escapes,
 * which a property test holds it to.
 */
public final class WorkoutParser {
    private static final Pattern DURATION = Pattern.compile("(?:\\d{1,6}h)?(?:\\d{1,6}m)?(?:\\d{1,6}(?:\\.\\d{1,3})?s)?");
    private static final Pattern COUNT = Pattern.compile("(\\d{1,9})x");
    private static final Pattern SETS_BY_REPS = Pattern.compile("(\\d{1,9})x(\\d{1,9})");
    private static final Pattern FIXED = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,2})?)spm");
    private static final Pattern RAMP = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,2})?)-(\\d{1,3}(?:\\.\\d{1,2})?)spm");
    private static final Pattern RELATIVE = Pattern.compile("([+-]\\d{1,3}(?:\\.\\d{1,2})?)%");
    private static final Pattern SHARE = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,2})?)%");
    private static final Duration MIN_STEP = Duration.ofSeconds(1);

    private static final String EXPECTED_DURATION = "expected a duration like 30s, 4m or 1m30s";
    private static final String EXPECTED_KIND = "expected a step kind (walk, run, rest, easy, medium, hard, sprint)";
    private static final String EXPECTED_OPTION =
            "expected a cadence (172spm, +5%, baseline, target, 166-172spm, silent), 'click 50%' or a \"note\"";

    private final String source;

    private WorkoutParser(String source) {
        this.source = source;
    }

    /**
     * Parses a workout.
     *
     * @param source the file or session name errors start with
     * @param name the workout's name
     * @throws WorkoutSyntaxException for any text it cannot accept
     */
    public static Workout parse(String source, String name, String text) {
        return new WorkoutParser(source).workout(name, text);
    }

    private record Token(String text, int column, boolean quoted) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private final class Line {
        final int number;
        final List<Token> tokens;
        final int endColumn;
        int at;

        Line(int number, List<Token> tokens, int endColumn) {
            this.number = number;
            this.tokens = tokens;
            this.endColumn = endColumn;
        }

        boolean more() {
            return at < tokens.size();
        }

        Token peek() {
            return more() ? tokens.get(at) : null;
        }

        Token next(String expected) {
            if (!more()) {
                throw error(number, endColumn, expected + ", found end of line");
            }
            return tokens.get(at++);
        }

        WorkoutSyntaxException unexpected(Token t, String expected) {
            return error(number, t.column, expected + ", found " + shown(t));
        }
    }

    private Workout workout(String name, String text) {
        if (text.startsWith("\uFEFF")) {
            // Editors on Windows save UTF-8 with a byte order mark.
            text = text.substring(1);
        }
        String[] lines = text.split("\\R", -1);
        String description = "";
        boolean seenContent = false;
        List<Section> sections = new ArrayList<>();
        String sectionName = null;
        int sectionRepeats = 1;
        int sectionLine = 0;
        List<Step> steps = new ArrayList<>();
        Duration sectionOnce = Duration.ZERO;
        Duration total = Duration.ZERO;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String raw = lines[i];
            String trimmed = raw.strip();
            if (!seenContent && description.isEmpty() && trimmed.startsWith("#")) {
                description = trimmed.substring(1).strip();
                continue;
            }
            Line line = tokenize(number, raw);
            if (line.tokens.isEmpty()) {
                continue;
            }
            seenContent = true;
            Token first = line.tokens.get(0);
            if (first.text.startsWith("-") && !first.quoted) {
                line.tokens.set(0, new Token(first.text.substring(1), first.column + 1, false));
                if (line.tokens.get(0).text.isEmpty()) {
                    line.tokens.remove(0);
                }
                Step step = step(line);
                if (sectionName == null) {
                    sectionName = "";
                    sectionLine = number;
                }
                steps.add(step);
                sectionOnce = sectionOnce.plus(step.duration());
                Duration sectionSoFar = sectionOnce.multipliedBy(sectionRepeats);
                if (total.plus(sectionSoFar).compareTo(Workout.MAX_DURATION) > 0) {
                    throw error(number, first.column, "the workout reaches "
                            + DurationText.format(total.plus(sectionSoFar))
                            + " here, over the 6 hour limit; split it into shorter sessions");
                }
            } else {
                if (sectionName != null) {
                    sections.add(section(sectionName, sectionRepeats, steps, sectionLine));
                    total = total.plus(sections.get(sections.size() - 1).duration());
                    steps = new ArrayList<>();
                    sectionOnce = Duration.ZERO;
                }
                if (looksLikeStep(line.tokens)) {
                    throw error(number, first.column, "expected '- ' before a step (step lines start with '- '), "
                            + "found '" + first.text + "'");
                }
                sectionLine = number;
                sectionRepeats = 1;
                List<Token> words = line.tokens;
                Token last = words.get(words.size() - 1);
                Matcher m = COUNT.matcher(last.lower());
                if (!last.quoted && m.matches()) {
                    sectionRepeats = count(m.group(1), Section.MAX_REPEATS, "repeat count", number, last.column);
                    words = words.subList(0, words.size() - 1);
                }
                StringBuilder b = new StringBuilder();
                for (Token w : words) {
                    b.append(b.length() == 0 ? "" : " ").append(w.text);
                }
                sectionName = b.toString();
                if (sectionName.length() > Section.MAX_NAME_CHARS) {
                    throw error(number, first.column, Section.tooLongName(sectionName.length()));
                }
            }
        }
        if (sectionName == null) {
            throw error(1, 1, "no steps: write at least one step line such as '- 5m walk'");
        }
        sections.add(section(sectionName, sectionRepeats, steps, sectionLine));
        try {
            return new Workout(name, description, sections);
        } catch (IllegalArgumentException e) {
            throw error(sectionLine, 1, e.getMessage());
        }
    }

    private Section section(String name, int repeats, List<Step> steps, int line) {
        if (steps.isEmpty()) {
            throw error(line, 1, "section '" + name + "' has no steps; add step lines starting with '- ' below it");
        }
        return new Section(name, repeats, steps);
    }

    /** "5m walk" without its dash would otherwise become a section named "5m walk" and fail far away. */
    private static boolean looksLikeStep(List<Token> tokens) {
        if (tokens.size() < 2 || tokens.get(0).quoted || tokens.get(1).quoted) {
            return false;
        }
        String head = tokens.get(0).lower();
        String kind = tokens.get(1).lower();
        boolean durationFirst = !head.isEmpty() && DURATION.matcher(head).matches()
                && kind.matches("walk|run|jog|rest|easy|medium|hard|sprint");
        boolean strengthFirst = COUNT.matcher(head).matches() && kind.equals("hold")
                || SETS_BY_REPS.matcher(head).matches() && kind.equals("reps");
        return durationFirst || strengthFirst;
    }

    private Step step(Line line) {
        Token head = line.next("expected a step such as '5m walk', '10x hold 5s' or '3x15 reps 3s'");
        if (!head.quoted) {
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
        String kind = kindToken.quoted ? "" : kindToken.lower();
        CadenceTarget cadence = null;
        Double share = null;
        Optional<String> note = Optional.empty();
        while (line.more()) {
            Token t = line.next(EXPECTED_OPTION);
            if (t.quoted) {
                if (note.isPresent()) {
                    throw line.unexpected(t, "expected one note per step");
                }
                note = Optional.of(t.text);
            } else if (t.lower().equals("click")) {
                if (share != null) {
                    throw line.unexpected(t, "expected one 'click' option per step");
                }
                Token s = line.next("expected the share of the step with clicks, like 50%");
                Matcher m = SHARE.matcher(s.lower());
                if (!m.matches()) {
                    throw line.unexpected(s, "expected the share of the step with clicks, like 50%");
                }
                double percent = Double.parseDouble(m.group(1));
                if (!(percent > 0 && percent <= 100)) {
                    throw line.unexpected(s, "expected a click share above 0% and at most 100%");
                }
                share = percent / 100;
            } else {
                if (cadence != null) {
                    throw line.unexpected(t, "expected one cadence per step");
                }
                cadence = cadence(line, t);
            }
        }
        boolean paced = !kind.equals("rest");
        if (!paced && (cadence != null || share != null)) {
            throw error(line.number, kindToken.column, "a rest has no cadence or clicks; use 'walk' for a paced recovery");
        }
        boolean silentByDefault = !kind.equals("run") && !kind.equals("jog");
        if (share != null && (cadence == CadenceTarget.NONE || cadence == null && silentByDefault)) {
            throw error(line.number, kindToken.column, "'click' needs a cadence on the step to click at");
        }
        double clickShare = share == null ? 1 : share;
        try {
            switch (kind) {
                case "walk":
                    return new Step.Walk(length, cadence, clickShare, note);
                case "run":
                case "jog":
                    return new Step.Run(length, cadence, clickShare, note);
                case "rest":
                    return new Step.Rest(length, note);
                case "easy":
                case "medium":
                case "hard":
                case "sprint":
                    return new Step.Effort(PerceivedEffort.valueOf(kind.toUpperCase(Locale.ROOT)), length, cadence,
                            clickShare, note);
                default:
                    throw line.unexpected(kindToken, EXPECTED_KIND);
            }
        } catch (IllegalArgumentException e) {
            throw error(line.number, kindToken.column, e.getMessage());
        }
    }

    private Step hold(Line line, Token head, Matcher count) {
        int holds = count(count.group(1), Step.Hold.MAX_COUNT, "hold count", line.number, head.column);
        Token keyword = line.next("expected 'hold' after " + head.text);
        if (keyword.quoted || !keyword.lower().equals("hold")) {
            throw line.unexpected(keyword, "expected 'hold' after " + head.text + " (or 3x15 reps for sets of reps)");
        }
        Duration hold = duration(line, line.next(EXPECTED_DURATION), EXPECTED_DURATION);
        Duration rest = null;
        Optional<String> note = Optional.empty();
        while (line.more()) {
            Token t = line.next("expected 'rest 5s' or a \"note\"");
            if (t.quoted && note.isEmpty()) {
                note = Optional.of(t.text);
            } else if (!t.quoted && t.lower().equals("rest") && rest == null) {
                rest = duration(line, line.next(EXPECTED_DURATION), EXPECTED_DURATION);
            } else {
                throw line.unexpected(t, "expected 'rest 5s' or a \"note\"");
            }
        }
        try {
            // Isometric protocols rest as long as they hold unless told otherwise.
            return new Step.Hold(holds, hold, rest == null ? hold : rest, note);
        } catch (IllegalArgumentException e) {
            throw error(line.number, head.column, e.getMessage());
        }
    }

    private Step reps(Line line, Token head, Matcher setsByReps) {
        int sets = count(setsByReps.group(1), Step.Reps.MAX_SETS, "set count", line.number, head.column);
        int reps = count(setsByReps.group(2), Step.Reps.MAX_REPS, "rep count", line.number, head.column);
        Token keyword = line.next("expected 'reps' after " + head.text);
        if (keyword.quoted || !keyword.lower().equals("reps")) {
            throw line.unexpected(keyword, "expected 'reps' after " + head.text);
        }
        Duration perRep = duration(line, line.next("expected the time per rep, like 3s"), EXPECTED_DURATION);
        Duration rest = null;
        Optional<String> note = Optional.empty();
        while (line.more()) {
            Token t = line.next("expected 'rest 60s' or a \"note\"");
            if (t.quoted && note.isEmpty()) {
                note = Optional.of(t.text);
            } else if (!t.quoted && t.lower().equals("rest") && rest == null) {
                rest = duration(line, line.next(EXPECTED_DURATION), EXPECTED_DURATION);
            } else {
                throw line.unexpected(t, "expected 'rest 60s' or a \"note\"");
            }
        }
        try {
            return new Step.Reps(sets, reps, perRep, rest == null ? Step.DEFAULT_SET_REST : rest, note);
        } catch (IllegalArgumentException e) {
            throw error(line.number, head.column, e.getMessage());
        }
    }

    private CadenceTarget cadence(Line line, Token t) {
        if (t.quoted) {
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
            throw error(line.number, t.column, e.getMessage());
        }
        throw line.unexpected(t, EXPECTED_OPTION);
    }

    private Duration duration(Line line, Token t, String expected) {
        if (t.quoted || t.text.isEmpty() || !DURATION.matcher(t.lower()).matches()) {
            throw line.unexpected(t, expected);
        }
        Duration d;
        try {
            d = DurationText.parse(t.text);
        } catch (IllegalArgumentException e) {
            throw error(line.number, t.column, "zero-length step '" + t.text + "'; give it at least 1s");
        }
        if (d.compareTo(MIN_STEP) < 0) {
            throw error(line.number, t.column, "step of " + t.text + " is too short; give it at least 1s");
        }
        if (d.compareTo(Workout.MAX_DURATION) > 0) {
            throw error(line.number, t.column, "step of " + t.text + " is over the 6 hour limit");
        }
        return d;
    }

    private int count(String digits, int max, String what, int line, int column) {
        long n = Long.parseLong(digits);
        if (n < 1 || n > max) {
            throw error(line, column, what + " " + digits + " is outside 1-" + max);
        }
        return (int) n;
    }

    /** Splits on whitespace, keeps "quoted notes" whole and drops '#' comments outside quotes. */
    private Line tokenize(int number, String raw) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = raw.length();
        int end = 0;
        while (i < n) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                break;
            } else if (c == '"') {
                int close = raw.indexOf('"', i + 1);
                if (close < 0) {
                    throw error(number, i + 1, "unterminated note: add the closing '\"'");
                }
                String quoted = raw.substring(i + 1, close);
                // Checked here, where the column is known; a long note would otherwise only fail when spoken.
                int length = quoted.strip().length();
                if (length > Step.MAX_NOTE_CHARS) {
                    throw error(number, i + 1, "note is " + length + " characters, more than " + Step.MAX_NOTE_CHARS
                            + "; shorten it (it is spoken with the step)");
                }
                tokens.add(new Token(quoted, i + 1, true));
                i = close + 1;
                end = i;
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(raw.charAt(i)) && raw.charAt(i) != '"'
                        && raw.charAt(i) != '#') {
                    i++;
                }
                tokens.add(new Token(raw.substring(start, i), start + 1, false));
                end = i;
            }
        }
        // "found end of line" points just past the last token, where the missing word belongs.
        return new Line(number, tokens, end + 1);
    }

    private static String shown(Token t) {
        String text = t.text.length() > 30 ? t.text.substring(0, 30) + "..." : t.text;
        return t.quoted ? "\"" + text + "\"" : "'" + text + "'";
    }

    private WorkoutSyntaxException error(int line, int column, String problem) {
        return new WorkoutSyntaxException(source, line, column, problem);
    }
}
