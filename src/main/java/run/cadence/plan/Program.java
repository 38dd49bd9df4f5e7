package run.cadence.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The return-to-run program as an ordered list of levels. Each level makes exactly one {@link LoadVariable}
 * harder than the level before, and nothing else harder (when speed work starts, the hills go back to flat).
 *
 * <p>Stage 1 builds uphill walking to 45 min (CLINICAL.md: build to 30-45 min before jogging). The first jog is
 * 10 x (1 min jog, 2 min walk) on the incline: its load (see {@link Load}) is 9% above the 45-minute walk, so
 * the 10% rule holds across the switch. From there the walk/run split of a 30-minute main set gives 2-3 more
 * minutes of running at each level (10, 12, 15, 18, 21, 24, 27, then 30 continuous): never more than 3 minutes
 * or 25% more than the level before, and never less. Published tables take 2.5-8 weeks from the first jog to
 * 30 minutes; this ladder, at two good sessions a level and three sessions a week, takes 18 sessions, and the
 * weekly load rule stretches that to about seven weeks.
 *
 * <p>The cadence target ramps rather than jumps: +2.5% at the first jog, the runner's target (+5% by default)
 * the level after, and, only if the runner asked for more, +7.5% and +10% after 30 minutes of continuous running.
 */
public final class Program {
    /** The first cadence step; smaller targets are used as they are. */
    static final double FIRST_CADENCE_STEP = 2.5;
    /** The ceiling the clinical studies support; beyond it the runner is refused, not planned for. */
    public static final double MAX_INCREASE_PERCENT = 10;
    /** Uphill walking minutes in stage 1. */
    static final int[] WALKS = {20, 30, 45};
    /** {walk, run, repeats} from the first jog to continuous running; the first two rungs on the treadmill. */
    static final int[][] LADDER = {{2, 1, 10}, {3, 2, 6}, {3, 3, 5}, {2, 3, 6}, {1, 3, 7}, {1, 4, 6}, {1, 9, 3},
        {0, 30, 1}};
    private static final int TREADMILL_RUNGS = 2;

    /** Programs are immutable and asked for on every decision: one per target. */
    private static final Map<Double, Program> BY_TARGET = new ConcurrentHashMap<>();

    private final List<PlannedSession> levels;
    private final double targetPercent;
    /** Each level by its work (level 0, full clicks), for the exact match of {@link #levelOf}. */
    private final Map<PlannedSession, Integer> byWork = new HashMap<>();

    private Program(List<PlannedSession> levels, double targetPercent) {
        this.levels = Collections.unmodifiableList(levels);
        this.targetPercent = targetPercent;
        for (PlannedSession s : levels) {
            byWork.putIfAbsent(s.atLevel(0), s.level());
        }
    }

    /** The program that ramps to {@code targetPercent} above baseline (0 < target ≤ 10). */
    public static Program rampingTo(double targetPercent) {
        if (!(targetPercent > 0 && targetPercent <= MAX_INCREASE_PERCENT)) {
            throw new IllegalArgumentException("cadence increase " + targetPercent
                    + "% is outside the 0-10% the retraining studies used");
        }
        return BY_TARGET.computeIfAbsent(targetPercent, Program::build);
    }

    private static Program build(double targetPercent) {
        if (!(targetPercent > 0 && targetPercent <= MAX_INCREASE_PERCENT)) {
            throw new IllegalArgumentException("cadence increase " + targetPercent
                    + "% is outside the 0-10% the retraining studies used");
        }
        List<Double> steps = new ArrayList<>();
        for (double p = FIRST_CADENCE_STEP; p < targetPercent - 1e-9; p += 2.5) {
            steps.add(p);
        }
        steps.add(targetPercent);

        List<PlannedSession> levels = new ArrayList<>();
        double cadence = steps.get(0);
        for (int walk : WALKS) {
            add(levels, Stage.UPHILL_WALK, Terrain.UPHILL_TREADMILL, Intensity.EASY, cadence, walk, 0, 1);
        }
        for (int rung = 0; rung < LADDER.length; rung++) {
            int[] r = LADDER[rung];
            Stage stage = rung < TREADMILL_RUNGS ? Stage.UPHILL_WALK_JOG
                    : r[0] == 0 ? Stage.FLAT_CONTINUOUS : Stage.FLAT_WALK_RUN;
            Terrain terrain = rung < TREADMILL_RUNGS ? Terrain.UPHILL_TREADMILL : Terrain.FLAT;
            if (rung == TREADMILL_RUNGS) {
                // Off the treadmill at the same work: the surface is the one change.
                int[] before = LADDER[rung - 1];
                add(levels, Stage.FLAT_WALK_RUN, terrain, Intensity.EASY, cadence, before[0], before[1], before[2]);
            }
            add(levels, stage, terrain, Intensity.EASY, cadence, r[0], r[1], r[2]);
            if (rung == 0 && steps.size() > 1) {
                cadence = steps.get(1);
                add(levels, stage, terrain, Intensity.EASY, cadence, r[0], r[1], r[2]);
            }
        }
        for (int i = 2; i < steps.size(); i++) {
            cadence = steps.get(i);
            add(levels, Stage.FLAT_CONTINUOUS, Terrain.FLAT, Intensity.EASY, cadence, 0, 30, 1);
        }
        add(levels, Stage.ROLLING_HILLS, Terrain.ROLLING_HILLS, Intensity.EASY, cadence, 0, 30, 1);
        // Speed comes back on the flat: the hills (the harder surface) go, the strides come.
        add(levels, Stage.SPEED, Terrain.FLAT, Intensity.STRIDES, cadence, 0, 30, 1);
        add(levels, Stage.SPEED, Terrain.FLAT, Intensity.INTERVALS, cadence, 0, 30, 1);
        return new Program(levels, targetPercent);
    }

    private static void add(List<PlannedSession> levels, Stage stage, Terrain terrain, Intensity intensity,
            double cadence, int walk, int run, int repeats) {
        levels.add(new PlannedSession(levels.size(), stage, terrain, intensity, cadence, walk, run, repeats, 100));
    }

    public double targetPercent() {
        return targetPercent;
    }

    public int size() {
        return levels.size();
    }

    public PlannedSession level(int index) {
        return levels.get(index);
    }

    public List<PlannedSession> levels() {
        return levels;
    }

    public int lastLevel() {
        return levels.size() - 1;
    }

    public int firstLevelOf(Stage stage) {
        for (PlannedSession s : levels) {
            if (s.stage() == stage) {
                return s.level();
            }
        }
        throw new IllegalStateException("no level in " + stage);
    }

    public int lastLevelOf(Stage stage) {
        int last = -1;
        for (PlannedSession s : levels) {
            if (s.stage() == stage) {
                last = s.level();
            }
        }
        return last;
    }

    /** The first level with running: where walk-run restarts after a long gap. */
    public int firstJog() {
        return firstLevelOf(Stage.UPHILL_WALK_JOG);
    }

    /** One stage back: the last level of the stage before, or the very start from stage 1. */
    public int stepBackFrom(int level) {
        Stage stage = levels.get(level).stage();
        if (stage.ordinal() == 0) {
            return 0;
        }
        return lastLevelOf(Stage.values()[stage.ordinal() - 1]);
    }

    /**
     * One step of work back from {@code level}: the level before, unless that one differs only in cadence. A lower
     * cadence target is no relief (a quicker step is what unloads the knee), so then the runner holds the level.
     */
    public int oneLevelBack(int level) {
        if (level == 0 || onlyCadenceBelow(level)) {
            return level;
        }
        return level - 1;
    }

    /** {@code steps} steps of work back from {@code level}, passing over levels of the same work at another cadence. */
    public int workLevelsBack(int level, int steps) {
        int l = level;
        for (int i = 0; i < steps && l > 0; i++) {
            int from = l;
            while (l > 0 && sameWork(l, from)) {
                l--;
            }
        }
        return atTopCadence(l, level);
    }

    private boolean onlyCadenceBelow(int level) {
        return level > 0 && sameWork(level - 1, level);
    }

    /** Whether two levels ask for the same work, whatever their cadence targets. */
    private boolean sameWork(int a, int b) {
        List<LoadVariable> changed = levels.get(a).changesFrom(levels.get(b));
        return changed.isEmpty() || changed.equals(List.of(LoadVariable.CADENCE));
    }

    /** The same work at the highest cadence the program has for it, no further than {@code atMost}. */
    public int atTopCadence(int level, int atMost) {
        int l = level;
        while (l < atMost && levels.get(l + 1).changesFrom(levels.get(l)).equals(List.of(LoadVariable.CADENCE))) {
            l++;
        }
        return l;
    }

    /** The highest level at or below {@code atMost} with no more than {@code minutes} of running. */
    public int lastLevelRunningAtMost(double minutes, int atMost) {
        for (int l = atMost; l > 0; l--) {
            if (levels.get(l).runningMinutes() <= minutes + 1e-9) {
                return l;
            }
        }
        return 0;
    }

    /**
     * What the runner keeps doing once the program is done: continuous running at the target on the flat, on
     * rolling hills, and with short faster stretches, in turn. All three are levels of the program.
     */
    public List<Integer> maintenanceRotation() {
        return List.of(lastLevelOf(Stage.FLAT_CONTINUOUS), firstLevelOf(Stage.ROLLING_HILLS), lastLevel());
    }

    /**
     * The level a stored session was played at. Matching by load, not by stored index, keeps history valid
     * when the runner changes their cadence increase and the program gains or loses cadence levels: a lowered
     * target keeps the runner's place at the lower cadence; a raised one puts them just before the program's
     * next cadence step, at the cadence they ran, so the new target is still reached one step at a time. When
     * the new program has no level at or below the cadence they ran (every cadence in it is higher), the runner
     * stays in their stage. A session from an older ladder that matches no level exactly maps to the highest
     * level of its stage with no more running.
     */
    public int levelOf(PlannedSession played) {
        Integer exact = byWork.get(played.atLevel(0).withClickPercent(100));
        if (exact != null) {
            return exact;
        }
        for (PlannedSession s : levels) {
            if (s.stage() == played.stage() && s.sameLoadAs(played)) {
                return s.level();
            }
        }
        int sameWorkLowerCadence = -1;
        for (PlannedSession s : levels) {
            if (s.stage() == played.stage() && isSameWorkAtOtherCadence(s, played)
                    && s.cadencePercent() <= played.cadencePercent()) {
                sameWorkLowerCadence = s.level();
            }
        }
        if (sameWorkLowerCadence >= 0) {
            return sameWorkLowerCadence;
        }
        // Just before the next cadence step, but only a level the runner has really reached: one at or below
        // the cadence they ran.
        for (PlannedSession s : levels) {
            if (s.cadencePercent() > played.cadencePercent() + 1e-9 && s.level() > 0
                    && levels.get(s.level() - 1).cadencePercent() <= played.cadencePercent() + 1e-9) {
                return s.level() - 1;
            }
        }
        for (PlannedSession s : levels) {
            if (s.stage() == played.stage() && isSameWorkAtOtherCadence(s, played)) {
                return s.level();
            }
        }
        int closest = -1;
        for (PlannedSession s : levels) {
            if (s.stage() == played.stage() && s.runningMinutes() <= played.runningMinutes() + 1e-9
                    && s.cadencePercent() <= played.cadencePercent() + 1e-9) {
                closest = s.level();
            }
        }
        return closest >= 0 ? closest : firstLevelOf(played.stage());
    }

    private static boolean isSameWorkAtOtherCadence(PlannedSession s, PlannedSession played) {
        return s.changesFrom(played).equals(List.of(LoadVariable.CADENCE));
    }
}
