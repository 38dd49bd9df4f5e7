package run.cadence.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import run.cadence.DurationText;
import run.cadence.session.WorkoutLine.Token;

/**
 * Reads the workout text format: intervals.icu-style section headers with an optional {@code 6x} repeat,
 * steps as {@code - } lines ({@link StepParser}), {@code #} comments. See docs/sessions.md for the grammar.
 *
 * <p>Every failure is a {@link WorkoutSyntaxException} naming source, line and column; nothing else escapes,
 * which a property test holds it to.
 */
public final class WorkoutParser {
    private final String source;
    private final List<Section> sections = new ArrayList<>();
    /** The section being read: null before the first header or step; "" for steps before any header. */
    private String sectionName;
    private int sectionRepeats = 1;
    private int sectionLine;
    private List<Step> steps = new ArrayList<>();
    private Duration sectionOnce = Duration.ZERO;
    private Duration total = Duration.ZERO;

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

    private Workout workout(String name, String text) {
        if (text.startsWith("\uFEFF")) {
            // Editors on Windows save UTF-8 with a byte order mark.
            text = text.substring(1);
        }
        String[] lines = text.split("\\R", -1);
        String description = "";
        boolean seenContent = false;
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].strip();
            if (!seenContent && description.isEmpty() && trimmed.startsWith("#")) {
                description = trimmed.substring(1).strip();
                continue;
            }
            WorkoutLine line = WorkoutLine.tokenize(source, i + 1, lines[i]);
            if (line.tokens.isEmpty()) {
                continue;
            }
            seenContent = true;
            Token first = line.tokens.get(0);
            if (first.text().startsWith("-") && !first.quoted()) {
                stepLine(line, first);
            } else {
                header(line, first);
            }
        }
        if (sectionName == null) {
            throw error(1, 1, "no steps: write at least one step line such as '- 5m walk'");
        }
        sections.add(section());
        try {
            return new Workout(name, description, sections);
        } catch (IllegalArgumentException e) {
            throw error(sectionLine, 1, e.getMessage());
        }
    }

    /** "- 5m walk": a step of the current section, which may not take the workout past its limit. */
    private void stepLine(WorkoutLine line, Token dash) {
        line.tokens.set(0, new Token(dash.text().substring(1), dash.column() + 1, false));
        if (line.tokens.get(0).text().isEmpty()) {
            line.tokens.remove(0);
        }
        Step step = StepParser.step(line);
        if (sectionName == null) {
            sectionName = "";
            sectionLine = line.number;
        }
        steps.add(step);
        sectionOnce = sectionOnce.plus(step.duration());
        Duration sectionSoFar = sectionOnce.multipliedBy(sectionRepeats);
        if (total.plus(sectionSoFar).compareTo(Workout.MAX_DURATION) > 0) {
            throw line.error(dash.column(), "the workout reaches " + DurationText.format(total.plus(sectionSoFar))
                    + " here, over the 6 hour limit; split it into shorter sessions");
        }
    }

    /** "Main set 6x": ends the section before and starts a new one. */
    private void header(WorkoutLine line, Token first) {
        if (sectionName != null) {
            sections.add(section());
            total = total.plus(sections.get(sections.size() - 1).duration());
            steps = new ArrayList<>();
            sectionOnce = Duration.ZERO;
        }
        if (looksLikeStep(line.tokens)) {
            throw line.error(first.column(), "expected '- ' before a step (step lines start with '- '), found '"
                    + first.text() + "'");
        }
        sectionLine = line.number;
        sectionRepeats = 1;
        List<Token> words = line.tokens;
        Token last = words.get(words.size() - 1);
        Matcher m = StepParser.COUNT.matcher(last.lower());
        if (!last.quoted() && m.matches()) {
            sectionRepeats = StepParser.count(line, m.group(1), Section.MAX_REPEATS, "repeat count", last.column());
            words = words.subList(0, words.size() - 1);
        }
        StringBuilder b = new StringBuilder();
        for (Token w : words) {
            b.append(b.length() == 0 ? "" : " ").append(w.text());
        }
        sectionName = b.toString();
        if (sectionName.length() > Section.MAX_NAME_CHARS) {
            throw line.error(first.column(), Section.tooLongName(sectionName.length()));
        }
    }

    private Section section() {
        if (steps.isEmpty()) {
            throw error(sectionLine, 1, "section '" + sectionName + "' has no steps; add step lines starting with"
                    + " '- ' below it");
        }
        return new Section(sectionName, sectionRepeats, steps);
    }

    /** "5m walk" without its dash would otherwise become a section named "5m walk" and fail far away. */
    private static boolean looksLikeStep(List<Token> tokens) {
        if (tokens.size() < 2 || tokens.get(0).quoted() || tokens.get(1).quoted()) {
            return false;
        }
        String head = tokens.get(0).lower();
        String kind = tokens.get(1).lower();
        boolean durationFirst = !head.isEmpty() && StepParser.DURATION.matcher(head).matches()
                && kind.matches("walk|run|jog|rest|easy|medium|hard|sprint");
        boolean strengthFirst = StepParser.COUNT.matcher(head).matches() && kind.equals("hold")
                || StepParser.SETS_BY_REPS.matcher(head).matches() && kind.equals("reps");
        return durationFirst || strengthFirst;
    }

    private WorkoutSyntaxException error(int line, int column, String problem) {
        return new WorkoutSyntaxException(source, line, column, problem);
    }
}
