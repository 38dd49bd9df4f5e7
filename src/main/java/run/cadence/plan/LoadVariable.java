package run.cadence.plan;

/**
 * The things an advance may make harder, one at a time (CLINICAL.md: "change only one variable at a time").
 *
 * <p>RUNNING is the walk/run split of the main set, as every published walk-run table changes it: walk/run 4/1 →
 * 3/2 → 2/3 runs more and walks less in a session of the same length, and the tables count that as one step.
 * So the walk breaks are not a variable of their own; their minutes are what the running takes over. WALKING is
 * the length of a walk-only session (stage 1); once a session has running it is 0. Strides and intervals are
 * INTENSITY, not RUNNING: the easy running stays as it was.
 */
public enum LoadVariable {
    CADENCE, RUNNING, WALKING, TERRAIN, INTENSITY;

    /** The variable's value in a session; a larger value is harder. */
    public double valueIn(PlannedSession s) {
        switch (this) {
            case CADENCE:
                return s.cadencePercent();
            case RUNNING:
                return s.easyRunningMinutes();
            case WALKING:
                return s.hasRunning() ? 0 : s.walkMinutes() * s.repeats();
            case TERRAIN:
                return s.terrain().ordinal();
            case INTENSITY:
                return s.intensity().ordinal();
        }
        throw new IllegalStateException("unknown variable " + this);
    }
}
