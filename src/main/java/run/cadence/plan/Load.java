package run.cadence.plan;

/**
 * The tissue load of a session: time on feet, a running minute weighted as {@link #RUN_MINUTE} walking minutes.
 *
 * <p>Why 3: a running step lands with a peak vertical ground reaction force of about 2.5 body weights against
 * about 1.2 for a walking step (about 2.1 times), and a runner takes about 165 steps a minute against about 115
 * walking (about 1.4 times): a running minute loads the leg about 2.1 x 1.4 ≈ 3 times as often-and-hard as a
 * walking minute. The weekly 10% rule applies to this load, which is what lets it bind through the walk-run
 * stages: counted in running minutes alone, walk-run ladders grow 20-100% a week (every published table does),
 * and counted in time on feet they do not grow at all.
 */
public final class Load {
    public static final double RUN_MINUTE = 3;

    private Load() {}

    public static double of(double walkingMinutes, double runningMinutes) {
        return walkingMinutes + RUN_MINUTE * runningMinutes;
    }
}
