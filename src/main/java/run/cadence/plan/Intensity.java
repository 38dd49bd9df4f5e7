package run.cadence.plan;

/** How hard the running is; speed comes back last, strides before intervals. */
public enum Intensity {
    EASY, STRIDES, INTERVALS
}
