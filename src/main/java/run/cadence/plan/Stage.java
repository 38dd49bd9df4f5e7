package run.cadence.plan;

import java.util.Optional;

/** The six stages of the return to running, in the order the clinical guidance insists on. */
public enum Stage {
    UPHILL_WALK(1),
    UPHILL_WALK_JOG(2),
    FLAT_WALK_RUN(3),
    FLAT_CONTINUOUS(4),
    ROLLING_HILLS(5),
    SPEED(6);

    private final int number;

    Stage(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The stage a runner names by number, if there is one. */
    public static Optional<Stage> withNumber(int number) {
        for (Stage s : values()) {
            if (s.number == number) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** For stored stages, which are checked by the schema: anything else is damaged data. */
    public static Stage ofNumber(int number) {
        return withNumber(number).orElseThrow(() -> new IllegalArgumentException("unknown stage " + number));
    }
}
