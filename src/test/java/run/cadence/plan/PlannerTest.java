package run.cadence.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.cadence.Cadence;

/** The planner's rules on hand-made histories, with the values each reason carries. */
class PlannerTest {
    static final LocalDate START = LocalDate.of(2026, 11, 26);
    static final Profile READY = Profile.startingWith(new Cadence(164), "test")
            .withChecks(EntryCheck.PASSED, EntryCheck.PASSED, START.minusDays(1));
    static final PainReport FINE = new PainReport(0, 0, 0, false, null);
    private final Planner planner = new Planner();
    private final Program program = Program.rampingTo(5);

    PastSession done(long id, int level, LocalDate day, PainReport pain) {
        PlannedSession s = program.level(level);
        return new PastSession(id, s, day, SessionStatus.COMPLETED, s.totalSeconds(), pain,
                s.targetCadence(READY.baseline()), Decision.REPEAT, false, Optional.empty(), Optional.empty(),
                PastSession.Played.UNKNOWN);
    }

    /** Two good sessions at each level from {@code from} to {@code to}, every other day from {@code day}. */
    List<PastSession> goodPath(int from, int to, LocalDate day) {
        List<PastSession> h = new ArrayList<>();
        for (int level = from; level <= to; level++) {
            for (int k = 0; k < 2; k++) {
                h.add(done(h.size() + 1, level, day, FINE));
                day = day.plusDays(h.size() % 3 == 0 ? 3 : 2);
            }
        }
        return h;
    }

    PlanDecision next(List<PastSession> h, LocalDate today) {
        return planner.next(READY, History.ofRuns(h), today);
    }

    @Test
    void advancingNamesThePainAndTheOneChange() {
        int jog = program.firstJog();
        List<PastSession> h = List.of(done(1, jog, START, new PainReport(1, 1, 0, false, null)),
                done(2, jog, START.plusDays(2), new PainReport(0, 2, 1, false, null)));
        PlanDecision d = next(h, START.plusDays(4));
        assertEquals(Decision.ADVANCE, d.decision());
        assertEquals(jog + 1, d.session().level());
        assertEquals(new Reason.Advance(1, 2, program.level(jog), program.level(jog + 1), false), d.reasons().get(0));
        assertEquals(START.plusDays(4), d.date());
    }

    @Test
    void painRisingWeekToWeekHoldsInsteadOfAdvancing() {
        List<PastSession> h = List.of(done(1, 7, START, new PainReport(1, 1, 0, false, null)),
                done(2, 7, START.plusDays(7), new PainReport(2, 1, 0, false, null)),
                done(3, 7, START.plusDays(12), new PainReport(1, 1, 0, false, null)),
                done(4, 7, START.plusDays(14), new PainReport(1, 3, 2, false, null)));
        PlanDecision d = next(h, START.plusDays(16));
        assertEquals(Decision.REPEAT, d.decision());
        assertEquals(new Reason.PainRising(3, 2, 1, START.plusDays(14)), d.reasons().get(0));
        List<PastSession> noise = List.of(done(1, 7, START, new PainReport(1, 1, 0, false, null)),
                done(2, 7, START.plusDays(7), new PainReport(2, 1, 0, false, null)),
                done(3, 7, START.plusDays(12), new PainReport(1, 1, 0, false, null)),
                done(4, 7, START.plusDays(14), new PainReport(1, 2, 1, false, null)));
        assertEquals(Decision.ADVANCE, next(noise, START.plusDays(16)).decision(), "2 → 2 is no rise");
    }

    @Test
    void noReportRepeatsAndAMissingMorningWaits() {
        assertEquals(new Reason.NoPainReport(START), next(List.of(done(1, 7, START, null)), START.plusDays(2))
                .reasons().get(0));
        PainReport evening = new PainReport(1, 1, null, false, null);
        PlanDecision d = next(List.of(done(1, 7, START, FINE), done(2, 7, START.plusDays(2), evening)),
                START.plusDays(4));
        assertEquals(Decision.REPEAT, d.decision());
        assertEquals(new Reason.AwaitingMorning(evening, START.plusDays(2)), d.reasons().get(0));
    }

    /** The pair: 0/0/1 went back a whole stage while 5/5/4 only held. */
    @Test
    void aMorningAPointWorseIsMildOneLevelBackNotAStage() {
        PlanDecision d = next(List.of(done(1, 9, START, new PainReport(0, 0, 1, false, null))), START.plusDays(2));
        assertEquals(Decision.LEVEL_BACK, d.decision());
        assertEquals(8, d.session().level());
        assertTrue(d.awaitingSettled(), "it had not settled by the morning: the runner confirms before running");
        assertEquals(START.plusDays(2), d.date(), "no extra rest for a mild flare");
    }

    @Test
    void fourToFiveThatSettledHoldsAndASecondInARowGoesOneLevelBack() {
        PainReport settled = new PainReport(5, 4, 2, false, null);
        PlanDecision hold = next(List.of(done(1, 9, START, settled)), START.plusDays(2));
        assertEquals(Decision.REPEAT, hold.decision());
        assertEquals(9, hold.session().level());
        assertEquals(new Reason.MildFlareHold(settled, START), hold.reasons().get(0));
        assertFalse(hold.awaitingSettled(), "the morning report shows it settled");

        PlanDecision again = next(List.of(done(1, 9, START, settled), done(2, 9, START.plusDays(2), settled)),
                START.plusDays(4));
        assertEquals(Decision.LEVEL_BACK, again.decision());
        assertEquals(8, again.session().level());

        PlanDecision notSettled = next(List.of(done(1, 9, START, new PainReport(5, 5, 4, false, null))),
                START.plusDays(2));
        assertEquals(Decision.LEVEL_BACK, notSettled.decision(), "5/5/4: still 4 the next morning");
        assertEquals(8, notSettled.session().level());
    }

    @Test
    void aSevereFlareGoesBackAStageWithTwoRestDaysAndWaitsToSettle() {
        int flat = program.firstLevelOf(Stage.FLAT_WALK_RUN) + 2;
        for (PainReport severe : List.of(new PainReport(2, 2, 0, true, null), new PainReport(6, 3, 1, false, null),
                new PainReport(2, 2, 6, false, null))) {
            PlanDecision d = next(List.of(done(1, flat, START, severe)), START.plusDays(1));
            assertEquals(Decision.STEP_BACK, d.decision(), severe.toString());
            assertEquals(program.lastLevelOf(Stage.UPHILL_WALK_JOG), d.session().level());
            assertEquals(START.plusDays(3), d.date());
            assertTrue(d.awaitingSettled());
            assertTrue(d.reason(Reason.SevereFlare.class).isPresent());
            PlanDecision settled = next(List.of(done(1, flat, START, severe).settled(START.plusDays(2))),
                    START.plusDays(3));
            assertFalse(settled.awaitingSettled());
        }
        PastSession keyed = new PastSession(1, program.level(flat), START, SessionStatus.STOPPED_EARLY, 900, null,
                new Cadence(172.2), Decision.REPEAT, true, Optional.empty(), Optional.empty(),
                PastSession.Played.UNKNOWN);
        PlanDecision d = next(List.of(keyed), START.plusDays(1));
        assertEquals(Decision.STEP_BACK, d.decision(), "the pain key is a severe flare");
        assertEquals(FlareCause.STOPPED_FOR_PAIN, d.reason(Reason.SevereFlare.class).orElseThrow().cause());
    }

    /** After a step back, levels run before the flare take one good session each, up to where it happened. */
    @Test
    void reclimbingLevelsAlreadyToleratedTakesOneGoodSessionEach() {
        int flareAt = program.firstLevelOf(Stage.FLAT_WALK_RUN) + 3;
        List<PastSession> h = new ArrayList<>(goodPath(program.firstJog(), flareAt - 1, START));
        LocalDate day = h.get(h.size() - 1).date().plusDays(2);
        h.add(done(h.size() + 1, flareAt, day, new PainReport(3, 7, 4, false, null)));
        int level = program.stepBackFrom(flareAt);
        h.set(h.size() - 1, h.get(h.size() - 1).settled(day.plusDays(2)));
        int sessions = 0;
        day = day.plusDays(3);
        while (level < flareAt) {
            PlanDecision d = next(h, day);
            assertEquals(level, d.session().level());
            h.add(done(h.size() + 1, level, d.date(), FINE));
            day = d.date().plusDays(2);
            sessions++;
            PlanDecision after = next(h, day);
            level = after.session().level();
            if (after.decision() == Decision.ADVANCE) {
                assertTrue(after.reason(Reason.Advance.class).orElseThrow().reclimb()
                        || after.reason(Reason.LoadHold.class).isPresent(), after.toString());
            }
        }
        assertTrue(sessions <= (flareAt - program.stepBackFrom(flareAt)) + 2, sessions + " sessions to re-climb");
        PlanDecision atFlareLevel = next(h, day);
        h.add(done(h.size() + 1, flareAt, atFlareLevel.date(), FINE));
        assertEquals(Decision.REPEAT, next(h, atFlareLevel.date().plusDays(2)).decision(),
                "the level of the flare itself is run twice again");
    }

    @Test
    void gapsStepBackByHowLongTheyWere() {
        int at = program.firstLevelOf(Stage.FLAT_CONTINUOUS);
        List<PastSession> h = List.of(done(1, at, START, FINE), done(2, at, START.plusDays(2), FINE));
        LocalDate last = START.plusDays(2);
        assertEquals(Decision.ADVANCE, next(h, last.plusDays(6)).decision(), "under a week off: carry on");
        assertEquals(Decision.REPEAT, next(h, last.plusDays(7)).decision(), "a week off: no progress");
        assertLevelAfter(h, last.plusDays(10), at - 1, Gap.Rule.LEVELS_BACK);
        assertLevelAfter(h, last.plusDays(14), at - 2, Gap.Rule.LEVELS_BACK);
        assertLevelAfter(h, last.plusDays(18), program.lastLevelRunningAtMost(18, at), Gap.Rule.SIXTY_PERCENT);
        assertLevelAfter(h, last.plusDays(25), program.lastLevelRunningAtMost(15, at), Gap.Rule.HALF);
        // Walk-run starts again from the first jog's work, at the cadence the runner had reached for it.
        assertLevelAfter(h, last.plusDays(30), program.firstJog() + 1, Gap.Rule.RESTART);
        PlanDecision checks = next(h, last.plusDays(60));
        assertEquals(Decision.NOT_READY, checks.decision());
        assertEquals(new Reason.ChecksAgain(60), checks.reasons().get(0));
        Profile rechecked = READY.withChecks(EntryCheck.PASSED, EntryCheck.PASSED, last.plusDays(59));
        PlanDecision after = planner.next(rechecked, History.ofRuns(h), last.plusDays(60));
        assertEquals(program.firstJog() + 1, after.session().level());
        assertEquals(Decision.LEVEL_BACK, after.decision());
    }

    /** A week or two off steps a level of work back, but never from the flat back onto the uphill treadmill. */
    @Test
    void aShortGapAtTheFirstFlatLevelRepeatsItRatherThanGoBackOntoTheTreadmill() {
        int at = program.firstLevelOf(Stage.FLAT_WALK_RUN);
        assertEquals(Terrain.UPHILL_TREADMILL, program.level(at - 1).terrain(), "the level before is indoors");
        List<PastSession> h = List.of(done(1, at, START, FINE), done(2, at, START.plusDays(2), FINE));
        LocalDate last = START.plusDays(2);
        for (int days : new int[] {8, 10, 14}) {
            PlanDecision d = next(h, last.plusDays(days));
            assertEquals(at, d.session().level(), days + " days off");
            assertEquals(Decision.REPEAT, d.decision(), days + " days off");
            assertEquals(new Reason.TimeOff(days, Gap.Rule.LEVELS_BACK, program.level(at), program.level(at), true),
                    d.reason(Reason.TimeOff.class).orElseThrow());
        }
        List<PastSession> further = List.of(done(1, at + 1, START, FINE), done(2, at + 1, START.plusDays(2), FINE));
        PlanDecision twoWeeks = next(further, last.plusDays(14));
        assertEquals(at, twoWeeks.session().level(), "two levels back wanted, one left on the flat");
        assertEquals(true, twoWeeks.reason(Reason.TimeOff.class).orElseThrow().keptOutdoors());
        assertEquals(false, next(further, last.plusDays(10)).reason(Reason.TimeOff.class).orElseThrow()
                .keptOutdoors(), "one level back stays on the flat anyway");
        List<PastSession> limped = List.of(done(1, at, START, FINE),
                done(2, at, last, new PainReport(2, 2, 2, true, null)).settled(last.plusDays(2)));
        PlanDecision flare = next(limped, last.plusDays(10));
        assertEquals(program.stepBackFrom(at), flare.session().level(), "a limp steps back a stage, gap or not");
        assertEquals(false, flare.reason(Reason.TimeOff.class).orElseThrow().keptOutdoors(),
                "the plan does not say it stays off the treadmill when the flare sends the runner there");
    }

    private void assertLevelAfter(List<PastSession> h, LocalDate today, int level, Gap.Rule rule) {
        PlanDecision d = next(h, today);
        assertEquals(level, d.session().level(), today.toString());
        assertEquals(Decision.LEVEL_BACK, d.decision());
        Reason.TimeOff off = d.reason(Reason.TimeOff.class).orElseThrow();
        assertEquals(rule, off.rule());
        assertEquals((int) ChronoUnit.DAYS.between(h.get(h.size() - 1).date(), today), off.days());
    }

    @Test
    void entryChecksGateRunningNotWalking() {
        Profile notAsked = Profile.startingWith(new Cadence(164), "x");
        assertEquals(Decision.START, planner.next(notAsked, History.EMPTY, START).decision());
        PlanDecision stage3 = planner.next(notAsked.startingAt(Stage.FLAT_WALK_RUN, 0), History.EMPTY, START);
        assertEquals(Decision.NOT_READY, stage3.decision());
        assertEquals(new Reason.NotReady(Stage.FLAT_WALK_RUN, EntryCheck.NOT_ASKED, EntryCheck.NOT_ASKED),
                stage3.reasons().get(0));
        List<PastSession> h = goodPath(program.firstJog() - 1, program.firstJog() - 1, START);
        PlanDecision intoStage2 = planner.next(notAsked, History.ofRuns(h), START.plusDays(4));
        assertEquals(Decision.NOT_READY, intoStage2.decision());
        assertEquals(Decision.ADVANCE, next(h, START.plusDays(4)).decision());
    }

    @Test
    void aStageRestartKeepsTheRestDayAndTheWeeklyCap() {
        List<PastSession> h = List.of(done(1, 8, START, FINE));
        PlanDecision d = planner.next(READY.startingAt(Stage.FLAT_WALK_RUN, 1), History.ofRuns(h), START);
        assertEquals(Decision.START, d.decision());
        assertEquals(START.plusDays(2), d.date(), "a restart the same day skipped the rest day");
        List<PastSession> three = List.of(done(1, 6, START, FINE), done(2, 6, START.plusDays(2), FINE),
                done(3, 6, START.plusDays(4), FINE));
        PlanDecision capped = planner.next(READY.startingAt(Stage.UPHILL_WALK, 3), History.ofRuns(three),
                START.plusDays(6));
        assertEquals(START.plusDays(7), capped.date(), "a fourth session inside 7 days after a restart");
    }

    @Test
    void aFailedAttemptAtZeroIsNotASession() {
        int jog = program.firstJog();
        PastSession failed = new PastSession(3, program.level(jog + 1), START.plusDays(4), SessionStatus.STOPPED_EARLY,
                0, null);
        PlanDecision d = next(List.of(done(1, jog, START, FINE), done(2, jog, START.plusDays(2), FINE), failed),
                START.plusDays(4));
        assertEquals(Decision.ADVANCE, d.decision(), d.toString());
        assertEquals(START.plusDays(4), d.date(), "a failed attempt moved the rest day");
    }

    @Test
    void theAllGoodPathReachesThirtyMinutesSixToEightWeeksAfterTheFirstJog() {
        List<PlanDecision> path = planner.preview(READY, History.EMPTY, START, 40);
        LocalDate firstJog = null;
        LocalDate thirty = null;
        for (PlanDecision d : path) {
            if (firstJog == null && d.session().hasRunning()) {
                firstJog = d.date();
            }
            if (thirty == null && d.session().stage() == Stage.FLAT_CONTINUOUS) {
                thirty = d.date();
            }
        }
        long days = ChronoUnit.DAYS.between(firstJog, thirty);
        assertTrue(days >= 42 && days <= 56, days + " days");
        assertTrue(path.stream().anyMatch(d -> d.reason(Reason.LoadHold.class).isPresent()), "the 10% rule binds");
        assertTrue(path.stream().anyMatch(d -> d.reason(Reason.LighterWeek.class).isPresent()));
    }

    @Test
    void maintenanceFollowsTheProgramWithACadenceCheck() {
        List<PastSession> h = goodPath(program.lastLevel(), program.lastLevel(), START);
        PlanDecision d = next(h, START.plusDays(4));
        assertEquals(Decision.MAINTAIN, d.decision());
        assertEquals(program.maintenanceRotation().get(0), d.session().level());
        assertEquals(new Reason.Maintenance(program.level(d.session().level()), true),
                d.reason(Reason.Maintenance.class).orElseThrow());
        List<PastSession> more = new ArrayList<>(h);
        PastSession m = done(3, d.session().level(), START.plusDays(4), FINE);
        more.add(new PastSession(3, m.session(), m.date(), m.status(), m.doneSeconds(), m.pain(), m.target(),
                Decision.MAINTAIN, false, Optional.empty(), Optional.empty(), PastSession.Played.UNKNOWN));
        PlanDecision second = next(more, START.plusDays(6));
        assertEquals(Decision.MAINTAIN, second.decision());
        assertEquals(program.firstLevelOf(Stage.ROLLING_HILLS), second.session().level());
        assertFalse(second.reason(Reason.Maintenance.class).orElseThrow().cadenceCheck());
    }

    /** The drive's case: three weeks off at 18 running minutes resumes running at about half, not walking. */
    @Test
    void threeWeeksOffResumesRunningAtAboutHalfNotWalking() {
        int at = program.firstLevelOf(Stage.FLAT_WALK_RUN) + 2;
        assertEquals(18, program.level(at).easyRunningMinutes());
        List<PastSession> h = List.of(done(1, at, START, FINE), done(2, at, START.plusDays(2), FINE));
        PlanDecision d = next(h, START.plusDays(24));
        assertEquals(Gap.Rule.HALF, d.reason(Reason.TimeOff.class).orElseThrow().rule());
        assertEquals(10, d.session().easyRunningMinutes(), "about half: the first jog's 10 minutes");
        assertEquals(5.0, d.session().cadencePercent(), "at the cadence already reached for that work");
    }
}
