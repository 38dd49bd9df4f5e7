package run.cadence.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One line of workout text as tokens, read left to right; its errors name the source, line and column. */
final class WorkoutLine {
    /** A word, or a "quoted note" (without its quotes), and the column it starts at. */
    record Token(String text, int column, boolean quoted) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        /** How an error quotes it: 'word' or "note", cut at 30 characters. */
        String shown() {
            String cut = text.length() > 30 ? text.substring(0, 30) + "..." : text;
            return quoted ? "\"" + cut + "\"" : "'" + cut + "'";
        }
    }

    private final String source;
    final int number;
    final List<Token> tokens;
    private final int endColumn;
    private int at;

    private WorkoutLine(String source, int number, List<Token> tokens, int endColumn) {
        this.source = source;
        this.number = number;
        this.tokens = tokens;
        this.endColumn = endColumn;
    }

    /** Splits on whitespace, keeps "quoted notes" whole and drops '#' comments outside quotes. */
    static WorkoutLine tokenize(String source, int number, String raw) {
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
                    throw new WorkoutSyntaxException(source, number, i + 1, "unterminated note: add the closing '\"'");
                }
                String quoted = raw.substring(i + 1, close);
                // Checked here, where the column is known; a long note would otherwise only fail when spoken.
                int length = quoted.strip().length();
                if (length > Step.MAX_NOTE_CHARS) {
                    throw new WorkoutSyntaxException(source, number, i + 1, "note is " + length
                            + " characters, more than " + Step.MAX_NOTE_CHARS
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
        return new WorkoutLine(source, number, tokens, end + 1);
    }

    boolean more() {
        return at < tokens.size();
    }

    Token next(String expected) {
        if (!more()) {
            throw error(endColumn, expected + ", found end of line");
        }
        return tokens.get(at++);
    }

    WorkoutSyntaxException unexpected(Token t, String expected) {
        return error(t.column(), expected + ", found " + t.shown());
    }

    WorkoutSyntaxException error(int column, String problem) {
        return new WorkoutSyntaxException(source, number, column, problem);
    }
}
