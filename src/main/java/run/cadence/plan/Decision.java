package run.cadence.plan;

/** What the planner decided for the next session, and so which way the load moved. */
public enum Decision {
    /** Entry checks missing or not pain-free: no running plan yet. */
    NOT_READY,
    /** The first session of the program (or of a stage the runner chose). */
    START,
    /** One variable harder. */
    ADVANCE,
    /** The same session again. */
    REPEAT,
    /** One or a few levels back: a mild flare that had not settled, or time off. */
    LEVEL_BACK,
    /** Back a stage, after rest days: a severe flare. */
    STEP_BACK,
    /** The program is done: runs that keep the new cadence, with a cadence check now and then. */
    MAINTAIN
}
