package run.cadence.plan;

/** What the planner decided for the next session, and so which way the load moved. */
public enum Decision {
    /** Entry checks missing or not pain-free: no running plan yet. */
    NOT_READY,
    /** The first session of the program (or of a stage the runner chose). */
    START,
    /** One variable up. */
    ADVANCE,
    /** The same session again. */
    REPEAT,
    /** Back one stage, after a rest day. */
    STEP_BACK
}
