package run.cadence.files;

import run.cadence.CadenceException;

/** A file could not be written; {@link #problem()} says why, and the CLI turns it into a sentence. */
public final class OutputFileException extends CadenceException {
    private final transient OutputProblem problem;

    public OutputFileException(OutputProblem problem) {
        super(problem.kind(), problem.toString(), cause(problem));
        this.problem = problem;
    }

    public OutputProblem problem() {
        return problem;
    }

    private static Throwable cause(OutputProblem problem) {
        if (problem instanceof OutputProblem.CannotCreate c) {
            return c.cause();
        }
        return problem instanceof OutputProblem.WriteFailed w ? w.cause() : null;
    }
}
