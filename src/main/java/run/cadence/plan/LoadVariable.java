package run.cadence.plan;

/** The things a session can make harder. The planner changes at most one of them between two sessions. */
public enum LoadVariable {
    CADENCE("cadence target"),
    RUN_INTERVAL("run interval"),
    WALK_INTERVAL("walk interval"),
    REPEATS("repeats"),
    TERRAIN("surface"),
    INTENSITY("intensity");

    private final String label;

    LoadVariable(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
