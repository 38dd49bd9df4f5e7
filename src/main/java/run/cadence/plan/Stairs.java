package run.cadence.plan;

/**
 * Whether stairs or downhill walking still hurt: what decides between the early-stage hip holds and the
 * Fredericson program (CLINICAL.md, "Strength").
 */
public enum Stairs {
    NOT_ASKED, HURT, FINE
}
