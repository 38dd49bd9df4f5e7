package run.cadence.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StrengthPlanTest {
    private static final LocalDate D = LocalDate.of(2026, 11, 26);
    private static final Profile FINE_STAIRS = PlannerTest.READY.withStairs(Stairs.FINE);

    private static PastExtra session(int n, StrengthSession s, int pain) {
        return new PastExtra(n, s, D.plusDays(n), SessionStatus.COMPLETED, s.totalSeconds(),
                new PainReport(pain, pain, null, false, null), false, Optional.empty());
    }

    /** {@code n} more sessions logged pain-free, each at the dose the plan gave for it. */
    private static void painFree(List<PastExtra> h, int n) {
        for (int i = 0; i < n; i++) {
            h.add(session(h.size() + 1, StrengthPlan.next(FINE_STAIRS, Stage.FLAT_WALK_RUN, h).session(), 0));
        }
    }

    @Test
    void earlyHoldsWhileStairsHurtOrEarlyInTheProgramUntilAsked() {
        assertEquals(StrengthSession.EARLY, StrengthPlan.next(PlannerTest.READY.withStairs(Stairs.HURT),
                Stage.FLAT_WALK_RUN, List.of()).session());
        assertEquals(StrengthSession.EARLY, StrengthPlan.next(PlannerTest.READY, Stage.UPHILL_WALK_JOG, List.of())
                .session());
        assertEquals(StrengthSession.fredericson(0), StrengthPlan.next(PlannerTest.READY, Stage.FLAT_WALK_RUN,
                List.of()).session());
    }

    @Test
    void theFredericsonDoseGrowsFromOneByFifteenToThreeByThirtyAfterPainFreeSessions() {
        List<PastExtra> h = new ArrayList<>();
        List<String> doses = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            StrengthSession s = StrengthPlan.next(FINE_STAIRS, Stage.FLAT_WALK_RUN, h).session();
            doses.add(s.sets() + "x" + s.reps());
            h.add(session(i + 1, s, 1));
        }
        assertEquals(List.of("1x15", "1x15", "1x15", "1x15", "2x15", "2x15", "2x15", "2x15", "3x15", "3x15", "3x15",
                "3x15", "3x20", "3x20", "3x20", "3x20", "3x25", "3x25", "3x25", "3x25", "3x30", "3x30", "3x30", "3x30",
                "3x30", "3x30"), doses);
        assertEquals(new Reason.StrengthDose(3, 30, 0, 4), StrengthPlan.next(FINE_STAIRS, Stage.FLAT_WALK_RUN, h)
                .reason());
    }

    /** Sets skipped with the next-step key are not done: the session counts as no pain-free dose, and none grows. */
    @Test
    void aSessionWithSetsSkippedIsNoPainFreeDose() {
        List<PastExtra> h = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            h.add(session(i + 1, StrengthSession.fredericson(0), 0));
        }
        assertEquals(new Reason.StrengthDose(1, 15, 3, 4), StrengthPlan.next(FINE_STAIRS, Stage.FLAT_WALK_RUN, h)
                .reason());
        PastExtra whole = session(4, StrengthSession.fredericson(0), 0);
        PastExtra skipped = new PastExtra(4, whole.session(), whole.date(), SessionStatus.COMPLETED, 20, whole.pain(),
                false, Optional.empty(), 3);
        h.add(skipped);
        StrengthPlan.Dose d = StrengthPlan.next(FINE_STAIRS, Stage.FLAT_WALK_RUN, h);
        assertEquals(StrengthSession.fredericson(0), d.session(), "the fourth, skipped, grows nothing");
        assertEquals(new Reason.StrengthDose(1, 15, 0, 4), d.reason());
        h.set(3, whole);
        assertEquals(StrengthSession.fredericson(1), StrengthPlan.next(FINE_STAIRS, Stage.FLAT_WALK_RUN, h).session(),
                "played whole, the same fourth session grows the dose");
    }

    @Test
    void painAboveThreeGoesBackADoseAndPainTwoOrThreeHolds() {
        List<PastExtra> h = new ArrayList<>();
        painFree(h, 8);
        assertEquals(StrengthSession.fredericson(2), StrengthPlan.next(FINE_STAIRS, Stage.FLAT_WALK_RUN, h).session());
        h.add(session(9, StrengthSession.fredericson(2), 3));
        assertEquals(new Reason.StrengthDose(3, 15, 0, 4), StrengthPlan.next(FINE_STAIRS, Stage.FLAT_WALK_RUN, h)
                .reason(), "3/10 is not pain-free, not a flare either");
        h.add(session(10, StrengthSession.fredericson(2), 5));
        StrengthPlan.Dose back = StrengthPlan.next(FINE_STAIRS, Stage.FLAT_WALK_RUN, h);
        assertEquals(StrengthSession.fredericson(1), back.session());
        assertEquals(new Reason.StrengthBack(2, 15, OptionalInt.of(5), false, false), back.reason());
    }

    /** A limp or the pain key goes back a dose whatever the numbers, and says which it was (not "pain 10/10"). */
    @Test
    void aLimpOrThePainKeyGoesBackADoseAndSaysSo() {
        List<PastExtra> h = new ArrayList<>();
        painFree(h, 4);
        assertEquals(StrengthSession.fredericson(1), StrengthPlan.next(FINE_STAIRS, Stage.FLAT_WALK_RUN, h).session());
        h.add(new PastExtra(5, StrengthSession.fredericson(1), D.plusDays(5), SessionStatus.COMPLETED,
                StrengthSession.fredericson(1).totalSeconds(), new PainReport(2, 1, null, true, null), false,
                Optional.empty()));
        StrengthPlan.Dose limped = StrengthPlan.next(FINE_STAIRS, Stage.FLAT_WALK_RUN, h);
        assertEquals(StrengthSession.fredericson(0), limped.session());
        assertEquals(new Reason.StrengthBack(1, 15, OptionalInt.of(2), true, false), limped.reason());
        painFree(h, 4);
        assertEquals(StrengthSession.fredericson(1), StrengthPlan.next(FINE_STAIRS, Stage.FLAT_WALK_RUN, h).session());
        h.add(new PastExtra(10, StrengthSession.fredericson(1), D.plusDays(10), SessionStatus.STOPPED_EARLY, 200,
                null, true, Optional.empty()));
        StrengthPlan.Dose stopped = StrengthPlan.next(FINE_STAIRS, Stage.FLAT_WALK_RUN, h);
        assertEquals(StrengthSession.fredericson(0), stopped.session(), "the pain key counts without a log");
        assertEquals(new Reason.StrengthBack(1, 15, OptionalInt.empty(), false, true), stopped.reason());
    }

    @Test
    void crossTrainingTakesThePoolSessionsInTurn() {
        List<PastExtra> h = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            CrossSession c = StrengthPlan.cross(CrossSession.Kind.DEEP_WATER, h);
            names.add(c.name());
            h.add(new PastExtra(i + 1, c, D.plusDays(i), SessionStatus.COMPLETED, 60, null, false, Optional.empty()));
        }
        assertEquals(CrossSession.DEEP_WATER.get(0), names.get(0));
        assertEquals(CrossSession.DEEP_WATER.get(0), names.get(5));
        assertEquals(CrossSession.UPHILL_WALK, StrengthPlan.cross(CrossSession.Kind.UPHILL_WALK, h).name());
    }
}
