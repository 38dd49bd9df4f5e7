package run.cadence.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The return-to-run program as an ordered list of levels. Each level differs from the one before in exactly
 * one {@link LoadVariable}, so advancing one level is always "one variable at a time". The walk-run ladder
 * (walk/run 4/1 → 3/2 → 2/3 → 2/4 → 1/5 → ... → 1/14) is therefore climbed alternately: first a minute more
 * running, then a minute less walking, trimming repeats so sessions stay near 30 minutes.
 *
 * <p>The cadence target ramps rather than jumps: +2.5% from the start (it only matters once there is
 * running), the runner's target (+5% by default) once jogging has begun, and, only if the runner asked for
 * more, +7.5% and +10% after 30 minutes of continuous running is tolerated.
 */
public final class Program {
    /** The first cadence step; smaller targets are used as they are. */
    static final double FIRST_CADENCE_STEP = 2.5;
    /** The ceiling the clinical studies support; beyond it the runner is refused, not planned for. */
    public static final double MAX_INCREASE_PERCENT = 10;

    private final List<PlannedSession> levels;
    private final double targetPercent;

    private Program(List<PlannedSession> levels, double targetPercent) {
        this.levels = Collections.unmodifiableList(levels);
        this.targetPercent = targetPercent;
    }

    /** The program that ramps to {@code targetPercent} above baseline (0 < target ≤ 10). */
    public static Program rampingTo(double targetPercent) {
        if (!(targetPercent > 0 && targetPercent <= MAX_INCREASE_PERCENT)) {
            throw new IllegalArgumentException("cadence increase " + PlannedSession.number(targetPercent)
                    + "% is outside the 0-10% the retraining studies used");
        }
        List<Double> steps = new ArrayList<>();
        for (double p = FIRST_CADENCE_STEP; p < targetPercent - 1e-9; p += 2.5) {
            steps.add(p);
        }
        steps.add(targetPercent);

        Builder b = new Builder(new PlannedSession(0, Stage.UPHILL_WALK, Terrain.UPHILL_TREADMILL, Intensity.EASY,
                steps.get(0), 5, 0, 4, 100));
        b.repeats(5).repeats(6);
        b.stage(Stage.UPHILL_WALK_JOG).run(1).walk(4);
        if (steps.size() > 1) {
            b.cadence(steps.get(1));
        }
        b.run(2).walk(3);
        b.stage(Stage.FLAT_WALK_RUN).terrain(Terrain.FLAT);
        b.run(3).walk(2).run(4).repeats(5).walk(1).run(5).repeats(4).run(7).repeats(3).run(9).repeats(2).run(14);
        b.stage(Stage.FLAT_CONTINUOUS).walk(0).run(15);
        for (int i = 2; i < steps.size(); i++) {
            b.cadence(steps.get(i));
        }
        b.stage(Stage.ROLLING_HILLS).terrain(Terrain.ROLLING_HILLS);
        b.stage(Stage.SPEED).intensity(Intensity.STRIDES).intensity(Intensity.INTERVALS);
        return new Program(b.levels, targetPercent);
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

    /** One stage back: the last level of the stage before, or the very start from stage 1. */
    public int stepBackFrom(int level) {
        Stage stage = levels.get(level).stage();
        if (stage.ordinal() == 0) {
            return 0;
        }
        return lastLevelOf(Stage.values()[stage.ordinal() - 1]);
    }

    /**
     * The level a stored session was played at. Matching by load, not by stored index, keeps history valid
     * when the runner changes their cadence increase and the program gains or loses cadence levels: a
     * lowered target keeps the runner's place at the lower cadence; a raised one puts them just before the
     * program's next cadence step, at the cadence they ran, so the new target is still reached one step at a
     * time. When the new program has no level at or below the cadence they ran (every cadence in it is
     * higher), the runner stays in their stage: the same work at the lowest higher cadence, else the
     * stage's first level. Searching the whole program there sent a stage-2 runner back to level 0.
     */
    public int levelOf(PlannedSession played) {
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
        return firstLevelOf(played.stage());
    }

    private static boolean isSameWorkAtOtherCadence(PlannedSession s, PlannedSession played) {
        return s.changesFrom(played).equals(List.of(LoadVariable.CADENCE));
    }

    /** Builds the level list one change at a time, so the one-variable rule holds by construction. */
    private static final class Builder {
        final List<PlannedSession> levels = new ArrayList<>();
        PlannedSession at;
        Stage stage;

        Builder(PlannedSession first) {
            at = first;
            stage = first.stage();
            levels.add(first);
        }

        private Builder add(Terrain t, Intensity i, double cadence, int walk, int run, int repeats) {
            at = new PlannedSession(levels.size(), stage, t, i, cadence, walk, run, repeats, 100);
            levels.add(at);
            return this;
        }

        Builder stage(Stage next) {
            stage = next;
            return this;
        }

        Builder repeats(int n) {
            return add(at.terrain(), at.intensity(), at.cadencePercent(), at.walkMinutes(), at.runMinutes(), n);
        }

        Builder run(int minutes) {
            return add(at.terrain(), at.intensity(), at.cadencePercent(), at.walkMinutes(), minutes, at.repeats());
        }

        Builder walk(int minutes) {
            return add(at.terrain(), at.intensity(), at.cadencePercent(), minutes, at.runMinutes(), at.repeats());
        }

        Builder cadence(double percent) {
            return add(at.terrain(), at.intensity(), percent, at.walkMinutes(), at.runMinutes(), at.repeats());
        }

        Builder terrain(Terrain t) {
            return add(t, at.intensity(), at.cadencePercent(), at.walkMinutes(), at.runMinutes(), at.repeats());
        }

        Builder intensity(Intensity i) {
            return add(at.terrain(), i, at.cadencePercent(), at.walkMinutes(), at.runMinutes(), at.repeats());
        }
    }
}
