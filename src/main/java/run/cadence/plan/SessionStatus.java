package run.cadence.plan;

/** Where a session got to. A session left STARTED was cut off (crash, power loss) before it could say. */
public enum SessionStatus {
    PLANNED, STARTED, COMPLETED, STOPPED_EARLY;

    /** Whether the runner actually did (some of) it. */
    public boolean wasRun() {
        return this != PLANNED;
    }
}
