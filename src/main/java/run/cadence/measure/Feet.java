package run.cadence.measure;

/** Which steps the runner marks: every step, or only one foot's (each then stands for two steps). */
public enum Feet {
    BOTH(1),
    ONE(2);

    /** Steps each mark stands for. */
    public final int stepsPerMark;

    Feet(int stepsPerMark) {
        this.stepsPerMark = stepsPerMark;
    }
}
