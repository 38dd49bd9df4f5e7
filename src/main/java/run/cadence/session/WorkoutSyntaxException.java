package run.cadence.session;

import run.cadence.CadenceException;

/**
 * A workout text the parser cannot accept, located for the person who wrote it: {@code
 * morning.workout:3:9: expected a duration like 30s, 4m or 1m30s, found '5x'}. Exit code 2.
 */
public final class WorkoutSyntaxException extends CadenceException {
    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    public WorkoutSyntaxException(String source, int line, int column, String problem) {
        super(Kind.BAD_INPUT, source + ":" + line + ":" + column + ": " + problem);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    /** 1-based. */
    public int line() {
        return line;
    }

    /** 1-based, in characters. */
    public int column() {
        return column;
    }

    /** The message without its location. */
    public String problem() {
        return problem;
    }
}
