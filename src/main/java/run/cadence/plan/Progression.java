package run.cadence.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which level comes next, from the last session's pain and completion, the time since it, and the levels the
 * runner has already tolerated. Pure: the same history always gives the same choice.
 */
final class Progression {
    static final int SESSIONS_PER_LEVEL = 2;
    /** Two rest days after a severe flare: the next run no sooner than three days after it. */
    static final int REST_DAYS_AFTER_SEVERE = 2;
    /** A rise in the week's worst pain smaller than this over two weeks is noise (see {@link #painRisingWeekToWeek}). */
    static final int RISE = 2;

    /** The level, the kind of decision and why; {@code checksAgain} when a long gap asks the entry checks again. */
    record Choice(int level, Decision decision, List<Reason> reasons, boolean checksAgain) {
        Choice(int level, Decision decision, Reason reason) {
            this(level, decision, List.of(reason), false);
        }
    }

    private Progression() {}

    static Choice start(Program program, Stage stage) {
        int level = program.firstLevelOf(stage);
        return new Choice(level, Decision.START, new Reason.Start(stage, program.level(level)));
    }

    /**
     * @param since the runs done since the runner's (re)start, oldest first, not empty
     * @param done every run done, for the week-to-week pain comparison
     */
    static Choice decide(Program program, List<PastSession> since, List<PastSession> done, LocalDate today) {
        PastSession last = since.get(since.size() - 1);
        int lastLevel = program.levelOf(last.session());
        Choice byPain = byPain(program, since, done, last, lastLevel);
        long days = ChronoUnit.DAYS.between(last.date(), today);
        if (!Gap.isGap(days)) {
            // A week off steps nothing back (CLINICAL.md: under about a week, carry on), but a gap never advances:
            // after a week without running, a physio repeats the last session.
            return days >= Gap.CARRY_ON_DAYS && byPain.decision() == Decision.ADVANCE
                    ? new Choice(lastLevel, Decision.REPEAT, new Reason.TimeOff((int) days, Gap.Rule.A_WEEK,
                            program.level(lastLevel), program.level(lastLevel), false))
                    : byPain;
        }
        // Time off: never forward, and the more cautious of the gap rule and the pain rule.
        Gap.Rule rule = Gap.ruleFor(days);
        int level = Gap.levelAfter(program, lastLevel, days);
        List<Reason> reasons = new ArrayList<>();
        int byGap = level;
        Decision decision = level < lastLevel ? Decision.LEVEL_BACK : Decision.REPEAT;
        boolean flare = byPain.decision() == Decision.STEP_BACK || byPain.decision() == Decision.LEVEL_BACK;
        if (flare && byPain.level() < level) {
            level = byPain.level();
            decision = byPain.decision();
        }
        // Kept off the treadmill only if the gap decides: a flare that steps back further says where the run goes.
        reasons.add(new Reason.TimeOff((int) days, rule, program.level(lastLevel), program.level(byGap),
                level == byGap && Gap.keptOutdoors(program, lastLevel, days)));
        if (flare) {
            reasons.add(byPain.reasons().get(0));
        }
        return new Choice(level, decision, reasons, rule == Gap.Rule.CHECKS_AGAIN);
    }

    private static Choice byPain(Program program, List<PastSession> since, List<PastSession> done, PastSession last,
            int lastLevel) {
        PlannedSession was = program.level(lastLevel);
        Optional<FlareCause> flare = last.flare();
        if (flare.isPresent() && flare.get().severe()) {
            int back = program.stepBackFrom(lastLevel);
            return new Choice(back, Decision.STEP_BACK, new Reason.SevereFlare(flare.get(), last.pain(), last.date(),
                    was, program.level(back), REST_DAYS_AFTER_SEVERE));
        }
        List<Integer> rotation = program.maintenanceRotation();
        boolean maintaining = last.decision() == Decision.MAINTAIN && rotation.contains(lastLevel);
        Optional<Reason> notYet = notYetJudged(last, flare);
        if (notYet.isPresent()) {
            // In maintenance a session not yet judged keeps its place in the rotation, unless it hurt (4-5 awaiting
            // the morning): then the level holds like anywhere in the program.
            return maintaining && flare.isEmpty() ? maintain(program, since, notYet.get())
                    : new Choice(lastLevel, Decision.REPEAT, notYet.get());
        }
        if (flare.isPresent()) {
            boolean again = flare.get() == FlareCause.PAIN_FOUR_TO_FIVE && since.size() > 1
                    && program.levelOf(since.get(since.size() - 2).session()) == lastLevel
                    && since.get(since.size() - 2).flare().isPresent();
            if (flare.get() == FlareCause.PAIN_FOUR_TO_FIVE && !again) {
                return new Choice(lastLevel, Decision.REPEAT, new Reason.MildFlareHold(last.pain(), last.date()));
            }
            int back = program.oneLevelBack(lastLevel);
            return new Choice(back, back < lastLevel ? Decision.LEVEL_BACK : Decision.REPEAT,
                    new Reason.MildFlareBack(flare.get(), last.pain(), last.date(), again, was, program.level(back)));
        }
        if (maintaining) {
            return maintain(program, since, null);
        }
        Optional<Reason> rising = painRisingWeekToWeek(done, last.date());
        int needed = lastLevel < highWater(program, since) ? 1 : SESSIONS_PER_LEVEL;
        List<PastSession> good = goodRunAtLevel(since, program, lastLevel);
        if (good.size() < needed) {
            return new Choice(lastLevel, Decision.REPEAT,
                    new Reason.RepeatForSecond(good.size(), needed, last.pain().worst()));
        }
        if (lastLevel == program.lastLevel()) {
            return maintain(program, List.of(), new Reason.ProgramComplete(last.pain().worst()));
        }
        if (rising.isPresent()) {
            return new Choice(lastLevel, Decision.REPEAT, rising.get());
        }
        int before = needed == 1 ? -1 : good.get(good.size() - 2).pain().worst();
        return new Choice(lastLevel + 1, Decision.ADVANCE, new Reason.Advance(before, last.pain().worst(), was,
                program.level(lastLevel + 1), needed == 1));
    }

    /** Why the last session cannot be judged yet (no report, not finished, no morning), if so. */
    private static Optional<Reason> notYetJudged(PastSession last, Optional<FlareCause> flare) {
        if (last.pain() == null) {
            return Optional.of(new Reason.NoPainReport(last.date()));
        }
        boolean morningDecides = flare.isEmpty() || flare.get() == FlareCause.PAIN_FOUR_TO_FIVE;
        if (morningDecides && last.pain().morning() == null) {
            return Optional.of(new Reason.AwaitingMorning(last.pain(), last.date()));
        }
        if (flare.isEmpty() && last.status() != SessionStatus.COMPLETED) {
            return Optional.of(last.status() == SessionStatus.STARTED ? new Reason.CutOff(last.date())
                    : new Reason.StoppedEarly(last.date(), last.doneSeconds(), last.session().totalSeconds()));
        }
        if (flare.isEmpty() && last.skippedRunning()) {
            return Optional.of(new Reason.SkippedRunning(last.date(), last.played().stepsSkipped(),
                    last.played().runningSeconds().orElse(0), last.plannedRunningSeconds()));
        }
        return Optional.empty();
    }

    /**
     * The maintenance rotation: flat, rolling hills, faster stretches, in turn; a good session moves it on, any
     * other keeps it. Every sixth good one (about every two weeks) is a cadence check.
     */
    private static Choice maintain(Program program, List<PastSession> since, Reason why) {
        int good = 0;
        for (int i = since.size() - 1; i >= 0 && since.get(i).decision() == Decision.MAINTAIN; i--) {
            if (since.get(i).good()) {
                good++;
            }
        }
        List<Integer> rotation = program.maintenanceRotation();
        int level = rotation.get(good % rotation.size());
        List<Reason> reasons = new ArrayList<>();
        if (why != null) {
            reasons.add(why);
        }
        reasons.add(new Reason.Maintenance(program.level(level), good % 6 == 0));
        return new Choice(level, Decision.MAINTAIN, reasons, false);
    }

    /**
     * The highest level run since the last restart after four weeks off (maintenance counts as the last level):
     * below it, one good session is enough to move on. The runner has run those levels before; after a flare or a
     * short gap they show the tissue has settled, and the load limits still hold the pace.
     */
    static int highWater(Program program, List<PastSession> since) {
        int high = 0;
        LocalDate previous = null;
        for (PastSession s : since) {
            if (previous != null && ChronoUnit.DAYS.between(previous, s.date()) >= Gap.RESTART_FROM) {
                high = 0;
            }
            previous = s.date();
            high = Math.max(high, s.decision() == Decision.MAINTAIN ? program.lastLevel() : program.levelOf(s.session()));
        }
        return high;
    }

    /** The good sessions at {@code level} at the end of the history, oldest first, unbroken by any other. */
    private static List<PastSession> goodRunAtLevel(List<PastSession> sessions, Program program, int level) {
        List<PastSession> run = new ArrayList<>();
        for (int i = sessions.size() - 1; i >= 0; i--) {
            PastSession s = sessions.get(i);
            if (program.levelOf(s.session()) != level || !s.good()) {
                break;
            }
            run.add(0, s);
        }
        return run;
    }

    /**
     * Pain is acceptable only if it "does not rise week to week" (Silbernagel et al. 2007): a trend, so the worst pain
     * reported in the 7 days to {@code lastDay} must have risen twice running, over the 7 days before and again over
     * the 7 before those (each rise at least a point, so {@link #RISE} points at least in all: a 0-10 score wanders by
     * a point from day to day, and about two points is the smallest change people notice as real, Farrar et al.
     * 2001). A session with a flare is left out: it was acted on when it was the last run (held, or a level or a stage
     * back), and counting it again held good runs after a settled flare; one 3/10 week after 1/10 ones is no trend
     * either. Empty when it did not rise so, or when a week has no report to compare.
     */
    static Optional<Reason> painRisingWeekToWeek(List<PastSession> done, LocalDate lastDay) {
        int thisWeek = worstPain(done, lastDay.minusDays(6), lastDay);
        int weekBefore = worstPain(done, lastDay.minusDays(13), lastDay.minusDays(7));
        int twoBefore = worstPain(done, lastDay.minusDays(20), lastDay.minusDays(14));
        if (twoBefore < 0 || weekBefore <= twoBefore || thisWeek <= weekBefore || thisWeek < twoBefore + RISE) {
            return Optional.empty();
        }
        return Optional.of(new Reason.PainRising(thisWeek, weekBefore, twoBefore, lastDay));
    }

    /** The worst pain reported for sessions without a flare dated {@code from} to {@code to}, or -1 without one. */
    static int worstPain(List<PastSession> sessions, LocalDate from, LocalDate to) {
        int worst = -1;
        for (PastSession s : sessions) {
            if (s.pain() != null && s.flare().isEmpty() && !s.date().isBefore(from) && !s.date().isAfter(to)) {
                worst = Math.max(worst, s.pain().worst());
            }
        }
        return worst;
    }
}
