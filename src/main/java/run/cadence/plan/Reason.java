package run.cadence.plan;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * Why the planner decided what it did: which rule fired, with its numbers. The command line words these; the
 * planner makes no sentences. Grouped as the plan reads: where the level comes from, what gates the run, how much
 * the metronome clicks, when the session is due, and the strength dose.
 */
public sealed interface Reason {

    // ---- the level ----

    /** The first session of the program, or of the stage the runner (re)started at. */
    record Start(Stage stage, PlannedSession session) implements Reason {}

    /**
     * One variable harder after good sessions ({@code painBefore} is -1 when one good session was enough because
     * the runner had run this level before a setback: {@code reclimb}).
     */
    record Advance(int painBefore, int painLast, PlannedSession from, PlannedSession to, boolean reclimb)
            implements Reason {}

    /** Each level is run twice without a flare before the next. */
    record RepeatForSecond(int good, int needed, int pain) implements Reason {}

    record NoPainReport(LocalDate day) implements Reason {}

    /** The next-morning pain decides whether the tissue settled; until it is in, the session repeats. */
    record AwaitingMorning(PainReport pain, LocalDate day) implements Reason {}

    record StoppedEarly(LocalDate day, int doneSeconds, int totalSeconds) implements Reason {}

    /**
     * Played to its end, but with {@code stepsSkipped} steps skipped and only {@code runningSeconds} of its
     * {@code plannedRunningSeconds} of running played: not done as planned, so it is repeated.
     */
    record SkippedRunning(LocalDate day, int stepsSkipped, int runningSeconds, int plannedRunningSeconds)
            implements Reason {}

    /** Left started: the program was killed before it could say how far the session got. */
    record CutOff(LocalDate day) implements Reason {}

    /**
     * Worst pain of the last 7 days above the 7 before, which was above the 7 before those, flares already acted on
     * left out (Silbernagel: pain must not rise week to week).
     */
    record PainRising(int thisWeek, int weekBefore, int twoWeeksBefore, LocalDate lastDay) implements Reason {}

    /** Pain 4-5 that had settled by the next morning: hold the level. */
    record MildFlareHold(PainReport pain, LocalDate day) implements Reason {}

    /** A mild flare that had not settled overnight, or a second one at the level in a row: one level back. */
    record MildFlareBack(FlareCause cause, PainReport pain, LocalDate day, boolean again, PlannedSession from,
            PlannedSession to) implements Reason {}

    /** Pain above 5, a limp, a morning above 5 or the pain key: back a stage after rest days. */
    record SevereFlare(FlareCause cause, PainReport pain, LocalDate day, PlannedSession from, PlannedSession to,
            int restDays) implements Reason {}

    /**
     * Time off since the last run; {@code from} is where the runner was, {@code to} where they start again;
     * {@code keptOutdoors} when the step back stopped at the first level off the treadmill ({@link Gap}).
     */
    record TimeOff(int days, Gap.Rule rule, PlannedSession from, PlannedSession to, boolean keptOutdoors)
            implements Reason {}

    /** The last level done twice without a flare: maintenance begins. */
    record ProgramComplete(int pain) implements Reason {}

    /** A maintenance run; {@code cadenceCheck}: record it so the planner can check the cadence held. */
    record Maintenance(PlannedSession session, boolean cadenceCheck) implements Reason {}

    // ---- what gates the run ----

    record NotReady(Stage stage, EntryCheck walk, EntryCheck hop) implements Reason {}

    /** So long without a session that the entry checks are asked again before running. */
    record ChecksAgain(int days) implements Reason {}

    /** A flare (on a run, or a severe one on a strength or cross session) the runner has not yet said settled. */
    record AwaitSettled(LocalDate flareDay, boolean onExtraSession) implements Reason {}

    // ---- the metronome ----

    /** No recording of the last run: the fade follows the calendar, and a recording would let it check. */
    record FadeByCalendar(int clickPercent) implements Reason {}

    /** The recording of the last run held the cadence: the fade carries on. */
    record FadeHeld(double measuredSpm, double targetSpm, int clickPercent) implements Reason {}

    /** The recording of the last run slipped below the target by more than the tolerance: clicks come back. */
    record ClicksBack(double measuredSpm, double targetSpm, int clickPercent) implements Reason {}

    /**
     * The last {@code runs} recordings, in a row, slipped below the target with the clicks on all of each run: the
     * runner is not following the metronome (not heard, or the step too big), and more clicks cannot help.
     */
    record ClicksNotFollowed(double measuredSpm, double targetSpm, int runs) implements Reason {}

    /** The target moved since the last run (a new baseline): recordings are judged against the new one. */
    record TargetChanged(double fromSpm, double toSpm) implements Reason {}

    /** Time off fades the new cadence too: clicks come back a step. */
    record ClicksBackAfterGap(int days, int clickPercent) implements Reason {}

    /** The last run had a severe flare: it says nothing about the cadence, so the fade holds at {@code clickPercent}. */
    record ClicksHeldAfterFlare(LocalDate day, int clickPercent) implements Reason {}

    /** No clicks at all this time: a recording of it decides whether the new cadence is the runner's own. */
    record CadenceCheck(double targetSpm) implements Reason {}

    /** A check without clicks held: the cadence is the runner's own, runs stay silent. */
    record CadenceOwn(double measuredSpm, double targetSpm) implements Reason {}

    /** The last run's recording had no usable cadence on its runs, so it could not check anything. */
    record RecordingWithoutCadence(LocalDate day) implements Reason {}

    // ---- when ----

    record RestDay(LocalDate next, RestRule rule) implements Reason {}

    /** The session would break a load limit on {@code tried}; the first day it fits is {@code until}. */
    record LoadWait(LocalDate tried, LocalDate until, LoadLimit.Window window) implements Reason {}

    /**
     * Ready for {@code next}, but it would take a window's load past the limit that day: {@code instead}, the
     * level the runner is at, fits, so it is run again while the load catches up.
     */
    record LoadHold(PlannedSession next, PlannedSession instead, LoadLimit.Window window) implements Reason {}

    /** Every fourth week two runs instead of three. */
    record LighterWeek(LocalDate from, LocalDate to) implements Reason {}

    enum RestRule { EVERY_OTHER_DAY, THREE_IN_SEVEN, AFTER_STEP_BACK, LIGHTER_WEEK }

    // ---- hip strength ----

    /** The early holds: stairs or downhill still hurt (or, not asked yet, the runner is in stage 1 or 2). */
    record StrengthEarly(Stairs stairs) implements Reason {}

    /** The Fredericson dose and how many pain-free sessions it has had of the {@code needed} before it grows. */
    record StrengthDose(int sets, int reps, int painFree, int needed) implements Reason {}

    /** The dose grew after {@code needed} pain-free sessions. */
    record StrengthUp(int sets, int reps, int needed) implements Reason {}

    /**
     * One dose back after the last strength session: pain above 3 ({@code pain}, the worst reported; empty when the
     * runner stopped it with the pain key and logged nothing), a limp, or the pain key.
     */
    record StrengthBack(int sets, int reps, OptionalInt pain, boolean limp, boolean stoppedForPain) implements Reason {}
}
