package run.cadence.plan;

/**
 * Time off since the last run (CLINICAL.md, "Gaps"): under about a week, carry on; after the first week one
 * level back per 5 days off (Colagiuri), never from outdoors back onto the treadmill; 2-4 weeks off, back to about
 * 60% and then half of the running (coaching
 * sources: half to 60% of the previous volume); 4 weeks or more, walk-run starts again from the first jog
 * (Brigham); 8 weeks or more, the entry checks are asked again first, because the planner knows nothing current
 * about the leg (twice Brigham's threshold: a judgement call). A gap never advances.
 */
public final class Gap {
    /** {@code A_WEEK}: exactly a week off is no gap to step back for, but no time to progress either. */
    public enum Rule { A_WEEK, LEVELS_BACK, SIXTY_PERCENT, HALF, RESTART, CHECKS_AGAIN }

    /** Up to this many days since the last run is not a gap: every-other-day running with a missed session. */
    public static final int CARRY_ON_DAYS = 7;
    static final int LEVEL_PER_DAYS = 5;
    static final int SIXTY_FROM = 15;
    static final int HALF_FROM = 22;
    static final int RESTART_FROM = 28;
    static final int CHECKS_FROM = 56;

    private Gap() {}

    public static boolean isGap(long days) {
        return days > CARRY_ON_DAYS;
    }

    public static Rule ruleFor(long days) {
        if (!isGap(days)) {
            throw new IllegalArgumentException(days + " days is no gap");
        }
        return days >= CHECKS_FROM ? Rule.CHECKS_AGAIN : days >= RESTART_FROM ? Rule.RESTART
                : days >= HALF_FROM ? Rule.HALF : days >= SIXTY_FROM ? Rule.SIXTY_PERCENT : Rule.LEVELS_BACK;
    }

    /**
     * Whether a short gap ({@link Rule#LEVELS_BACK}) stopped at the first level off the treadmill rather than send a
     * runner who had moved outdoors back onto it.
     */
    public static boolean keptOutdoors(Program program, int lastLevel, long days) {
        if (ruleFor(days) != Rule.LEVELS_BACK) {
            return false;
        }
        int colagiuri = colagiuri(program, lastLevel, days);
        return outdoors(program, lastLevel, colagiuri) > colagiuri;
    }

    /** Colagiuri's rule: one level of work back per 5 days after the first week. */
    private static int colagiuri(Program program, int lastLevel, long days) {
        return program.workLevelsBack(lastLevel, (int) Math.ceil((days - CARRY_ON_DAYS) / (double) LEVEL_PER_DAYS));
    }

    /**
     * The lowest level from {@code from} down to {@code to} that does not take a runner who had moved outdoors back
     * onto the uphill treadmill. A week or two off takes a level or two of work away, not the place the runner runs:
     * back from the flat to the treadmill changes the terrain and the work at once, and asks for a treadmill the
     * runner may no longer use (change one thing at a time, CLINICAL.md). From hills to the flat is easier ground
     * and stays allowed; longer gaps go by the share of running, wherever it is.
     */
    private static int outdoors(Program program, int from, int to) {
        if (program.level(from).terrain() == Terrain.UPHILL_TREADMILL) {
            return to;
        }
        int level = from;
        while (level > to && program.level(level - 1).terrain() != Terrain.UPHILL_TREADMILL) {
            level--;
        }
        return level;
    }

    /**
     * Where a runner last at {@code lastLevel} starts again after {@code days} without a run. Levels are counted in
     * work, not cadence: a lower cadence target is no relief, so the cadence the runner had reached for that work
     * stays. A runner who was already running starts running again, no lower than the first jog: the sources say
     * to resume at a share of the running, not to walk.
     */
    public static int levelAfter(Program program, int lastLevel, long days) {
        Rule rule = ruleFor(days);
        boolean running = lastLevel >= program.firstJog();
        if (rule == Rule.RESTART || rule == Rule.CHECKS_AGAIN) {
            return running ? program.atTopCadence(program.firstJog(), lastLevel) : 0;
        }
        int colagiuri = colagiuri(program, lastLevel, days);
        if (rule == Rule.LEVELS_BACK) {
            return outdoors(program, lastLevel, colagiuri);
        }
        double share = rule == Rule.SIXTY_PERCENT ? 0.6 : 0.5;
        int byShare = program.lastLevelRunningAtMost(program.level(lastLevel).runningMinutes() * share, lastLevel);
        if (running) {
            byShare = program.atTopCadence(Math.max(program.firstJog(), byShare), lastLevel);
        }
        return Math.min(colagiuri, byShare);
    }
}
