package run.cadence.store;

import run.cadence.CadenceException;

/** The history cannot be used; {@link #problem()} says why, and the CLI turns it into a sentence. */
public final class StoreException extends CadenceException {
    private final transient StoreProblem problem;

    public StoreException(StoreProblem problem) {
        this(problem, null);
    }

    public StoreException(StoreProblem problem, Throwable cause) {
        super(problem.kind(), problem.toString(), cause);
        this.problem = problem;
    }

    public StoreProblem problem() {
        return problem;
    }
}
