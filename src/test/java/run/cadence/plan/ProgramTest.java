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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProgramTest {
    @ParameterizedTest
    @ValueSource(doubles = {2, 2.5, 4, 5, 6, 7.5, 10})
    void everyLevelMakesExactlyOneVariableHarderAndNothingElseHarder(double target) {
        Program p = Program.rampingTo(target);
        for (int i = 1; i < p.size(); i++) {
            PlannedSession before = p.level(i - 1);
            PlannedSession now = p.level(i);
            assertEquals(1, now.harderThan(before).size(), before + " → " + now);
            assertEquals(i, now.level());
            assertTrue(now.stage().ordinal() >= before.stage().ordinal(), "stages go forward");
        }
    }

    /** No zig-zag, no jump: running never falls, rises by at most 3 minutes and 25%, from the first jog on. */
    @ParameterizedTest
    @ValueSource(doubles = {2, 2.5, 5, 7.5, 10})
    void runningMinutesClimbSmoothly(double target) {
        Program p = Program.rampingTo(target);
        for (int i = p.firstJog() + 1; i < p.size(); i++) {
            double before = p.level(i - 1).runningMinutes();
            double now = p.level(i).runningMinutes();
            assertTrue(now >= before, p.level(i).toString());
            assertTrue(now - before <= 3 + 1e-9 && now <= before * 1.25 + 1e-9, before + " → " + now);
        }
    }

    @Test
    void walkRunSessionsStayNearThirtyMinutesAsThePublishedTablesDo() {
        Program p = Program.rampingTo(5);
        for (PlannedSession s : p.levels()) {
            if (s.hasRunning()) {
                int main = s.repeats() * (s.walkMinutes() + s.runMinutes());
                assertTrue(main >= 28 && main <= 30, s.toString());
            }
        }
    }

    @Test
    void stageOneBuildsUphillWalkingToFortyFiveMinutesBeforeTheFirstJog() {
        Program p = Program.rampingTo(5);
        List<Integer> walks = new ArrayList<>();
        for (int l = 0; l < p.firstJog(); l++) {
            assertEquals(Stage.UPHILL_WALK, p.level(l).stage());
            assertEquals(Terrain.UPHILL_TREADMILL, p.level(l).terrain());
            walks.add(p.level(l).walkMinutes() * p.level(l).repeats());
        }
        assertEquals(List.of(20, 30, 45), walks);
        PlannedSession firstJog = p.level(p.firstJog());
        assertEquals("2/1 x10", firstJog.walkMinutes() + "/" + firstJog.runMinutes() + " x" + firstJog.repeats());
        assertTrue(firstJog.load() <= p.level(p.firstJog() - 1).load() * 1.10, "the first jog is within 10%");
    }

    @Test
    void theLadderPassesThroughPublishedRungsAndEndsInThirtyContinuous() {
        List<String> rungs = new ArrayList<>();
        Program p = Program.rampingTo(5);
        for (PlannedSession s : p.levels()) {
            rungs.add(s.walkMinutes() + "/" + s.runMinutes());
        }
        for (String rung : List.of("3/2", "3/3", "2/3", "1/4", "1/9")) {
            assertTrue(rungs.contains(rung), rung + " missing from " + rungs);
        }
        PlannedSession stage4 = p.level(p.firstLevelOf(Stage.FLAT_CONTINUOUS));
        assertEquals(30, stage4.easyRunningMinutes());
        assertEquals(0, stage4.walkMinutes());
        assertEquals(Terrain.FLAT, p.level(p.lastLevel()).terrain(), "speed work on the flat");
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
        assertEquals(5.0, p.level(p.firstJog() + 1).cadencePercent(), "the target the level after the first jog");
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
        PlannedSession exact = five.level(8);
        assertEquals(8, five.levelOf(exact.withClickPercent(25)));
    }

    /** Sessions stored by the program before this one (stage 1 as 5 min x 4-6, the older ladder) still map. */
    @Test
    void sessionsOfTheOlderLadderMapToTheirStage() {
        Program p = Program.rampingTo(5);
        PlannedSession oldWalk20 = new PlannedSession(0, Stage.UPHILL_WALK, Terrain.UPHILL_TREADMILL, Intensity.EASY,
                2.5, 5, 0, 4, 100);
        assertEquals(0, p.levelOf(oldWalk20));
        PlannedSession oldFlat24 = new PlannedSession(11, Stage.FLAT_WALK_RUN, Terrain.FLAT, Intensity.EASY, 5, 2, 4, 6,
                100);
        assertEquals(24, p.level(p.levelOf(oldFlat24)).easyRunningMinutes());
        PlannedSession oldFlat25 = new PlannedSession(13, Stage.FLAT_WALK_RUN, Terrain.FLAT, Intensity.EASY, 5, 1, 5, 5,
                100);
        assertEquals(24, p.level(p.levelOf(oldFlat25)).easyRunningMinutes(), "the highest level with no more running");
    }

    @Test
    void noSessionIsHeavierThanTheWeeklyFloor() {
        for (PlannedSession s : Program.rampingTo(10).levels()) {
            assertTrue(s.load() <= LoadLimit.forProgram(Program.rampingTo(10)).weeklyFloor(), s.toString());
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
            assertTrue(sameStage || beforeCadenceStep, from + "% → " + to + "%: " + played + " → " + at);
        }
    }

    @Provide
    Arbitrary<Double> targets() {
        return Arbitraries.of(1.0, 2.0, 2.4, 2.5, 3.0, 4.9, 5.0, 6.0, 7.5, 8.0, 10.0);
    }

    /** A lower cadence target is no relief: steps back are counted in work and keep the cadence reached for it. */
    @Test
    void stepsBackCountWorkNotCadence() {
        Program p = Program.rampingTo(5);
        int jog = p.firstJog();
        assertEquals(2.5, p.level(jog).cadencePercent());
        assertEquals(List.of(LoadVariable.CADENCE), p.level(jog + 1).changesFrom(p.level(jog)));
        assertEquals(jog + 1, p.oneLevelBack(jog + 1), "holds rather than lowering the cadence");
        assertEquals(jog + 1, p.oneLevelBack(jog + 2), "back to the same work at +5%, not +2.5%");
        assertEquals(jog - 1, p.workLevelsBack(jog + 1, 1), "the work before the first jog is walking");
        assertEquals(jog + 1, p.workLevelsBack(jog + 3, 2));
        assertEquals(jog + 1, p.atTopCadence(jog, p.lastLevel()));
        assertEquals(jog, p.atTopCadence(jog, jog));
    }
}
