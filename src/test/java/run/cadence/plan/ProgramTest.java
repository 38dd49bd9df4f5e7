package run.cadence.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProgramTest {
    @ParameterizedTest
    @ValueSource(doubles = {2, 2.5, 5, 6, 7.5, 10})
    void everyLevelChangesExactlyOneLoadVariable(double target) {
        Program p = Program.rampingTo(target);
        for (int i = 1; i < p.size(); i++) {
            assertEquals(1, p.level(i).changesFrom(p.level(i - 1)).size(),
                    p.level(i - 1).describe() + " → " + p.level(i).describe());
            assertEquals(i, p.level(i).level());
            assertTrue(p.level(i).stage().ordinal() >= p.level(i - 1).stage().ordinal(), "stages go forward");
        }
    }

    @Test
    void everyStageHasLevelsInOrder() {
        Program p = Program.rampingTo(5);
        for (Stage s : Stage.values()) {
            assertTrue(p.lastLevelOf(s) >= p.firstLevelOf(s), s.toString());
        }
        assertEquals(Stage.UPHILL_WALK, p.level(0).stage());
        assertEquals(Terrain.UPHILL_TREADMILL, p.level(0).terrain());
        assertEquals(0, p.level(0).runMinutes());
    }

    @Test
    void ladderPassesThroughThePublishedWalkRunRungs() {
        List<String> rungs = new ArrayList<>();
        for (PlannedSession s : Program.rampingTo(5).levels()) {
            rungs.add(s.walkMinutes() + "/" + s.runMinutes());
        }
        for (String rung : List.of("4/1", "3/2", "2/3", "2/4", "1/5", "1/14")) {
            assertTrue(rungs.contains(rung), rung + " missing from " + rungs);
        }
        PlannedSession stage4 = Program.rampingTo(5).level(Program.rampingTo(5).lastLevelOf(Stage.FLAT_CONTINUOUS));
        assertEquals(30, stage4.runMinutes() * stage4.repeats());
        assertEquals(0, stage4.walkMinutes());
    }

    @Test
    void cadenceRampsInSteps() {
        assertEquals(List.of(2.5, 5.0), cadences(Program.rampingTo(5)));
        assertEquals(List.of(2.5, 5.0, 7.5, 10.0), cadences(Program.rampingTo(10)));
        assertEquals(List.of(2.0), cadences(Program.rampingTo(2)));
        Program p = Program.rampingTo(10);
        int seven = -1;
        for (PlannedSession s : p.levels()) {
            if (s.cadencePercent() == 7.5 && seven < 0) {
                seven = s.level();
            }
        }
        assertEquals(Stage.FLAT_CONTINUOUS, p.level(seven).stage(), "beyond the target only after 30 min running");
    }

    private static List<Double> cadences(Program p) {
        List<Double> out = new ArrayList<>();
        for (PlannedSession s : p.levels()) {
            if (out.isEmpty() || out.get(out.size() - 1) != s.cadencePercent()) {
                out.add(s.cadencePercent());
            }
        }
        return out;
    }

    @Test
    void increasesOutsideTheStudiedRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Program.rampingTo(10.5));
        assertThrows(IllegalArgumentException.class, () -> Program.rampingTo(0));
    }

    @Test
    void stepBackGoesToTheEndOfTheStageBefore() {
        Program p = Program.rampingTo(5);
        int flatStart = p.firstLevelOf(Stage.FLAT_WALK_RUN);
        assertEquals(p.lastLevelOf(Stage.UPHILL_WALK_JOG), p.stepBackFrom(flatStart + 3));
        assertEquals(0, p.stepBackFrom(2));
    }

    @Test
    void raisingTheIncreaseResumesJustBeforeTheNextCadenceStep() {
        Program five = Program.rampingTo(5);
        Program ten = Program.rampingTo(10);
        PlannedSession rolling = five.level(five.firstLevelOf(Stage.ROLLING_HILLS));
        int resume = ten.levelOf(rolling);
        assertEquals(Stage.FLAT_CONTINUOUS, ten.level(resume).stage());
        assertEquals(5.0, ten.level(resume).cadencePercent());
        assertEquals(7.5, ten.level(resume + 1).cadencePercent());
    }

    @Test
    void loweringTheIncreaseKeepsThePlace() {
        Program ten = Program.rampingTo(10);
        Program five = Program.rampingTo(5);
        PlannedSession rollingAtTen = ten.level(ten.firstLevelOf(Stage.ROLLING_HILLS));
        assertEquals(five.firstLevelOf(Stage.ROLLING_HILLS), five.levelOf(rollingAtTen));
        PlannedSession exact = five.level(12);
        assertEquals(12, five.levelOf(exact.withClickPercent(25)));
    }

    @Test
    void noSessionRunsLongerThanTheWeeklyFloor() {
        for (PlannedSession s : Program.rampingTo(10).levels()) {
            assertTrue(s.runningMinutes() <= VolumeLimit.DEFAULT.weeklyFloorMinutes(), s.describe());
        }
    }

    @Test
    void raisingTheIncreaseInStageTwoStaysInStageTwo() {
        Program two = Program.rampingTo(2);
        Program five = Program.rampingTo(5);
        PlannedSession played = two.level(two.lastLevelOf(Stage.UPHILL_WALK_JOG));
        PlannedSession resumed = five.level(five.levelOf(played));
        assertEquals(Stage.UPHILL_WALK_JOG, resumed.stage());
        assertEquals(List.of(LoadVariable.CADENCE), resumed.changesFrom(played), "the same work, at the new cadence");
    }

    /**
     * Whatever the old and new targets, a played session maps into its own stage, or to the level just before
     * a cadence step at no more than the cadence the runner ran (the documented resume point).
     */
    @Property
    void aChangedTargetNeverSendsTheRunnerBackToAnEarlierStageAtANewCadence(
            @ForAll("targets") double from, @ForAll("targets") double to) {
        Program a = Program.rampingTo(from);
        Program b = Program.rampingTo(to);
        for (PlannedSession played : a.levels()) {
            PlannedSession at = b.level(b.levelOf(played));
            boolean sameStage = at.stage() == played.stage();
            boolean beforeCadenceStep = at.cadencePercent() <= played.cadencePercent() + 1e-9
                    && at.level() < b.lastLevel()
                    && b.level(at.level() + 1).cadencePercent() > played.cadencePercent() + 1e-9;
            assertTrue(sameStage || beforeCadenceStep, from + "% → " + to + "%: " + played.title() + " → " + at.title());
        }
    }

    @Provide
    Arbitrary<Double> targets() {
        return Arbitraries.of(1.0, 2.0, 2.4, 2.5, 3.0, 4.9, 5.0, 6.0, 7.5, 8.0, 10.0);
    }
}
