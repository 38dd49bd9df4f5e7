package run.cadence.plan;

import java.time.LocalDate;
import java.util.Optional;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;

/**
 * The runner: their preferred (baseline) cadence and where it came from, the increase they aim for, the entry
 * checks and the day they were last answered ({@code checksOn}, null if never dated), whether stairs or downhill
 * still hurt, and the stage they (re)started at. {@code startAfterSession} is the id of the last session
 * recorded when the start stage was set; only later sessions move the runner on from it.
 */
public record Profile(
        Cadence baseline,
        String baselineSource,
        CadenceIncrease increase,
        EntryCheck walkCheck,
        EntryCheck hopCheck,
        Stage startStage,
        long startAfterSession,
        Stairs stairs,
        LocalDate checksOn) {

    public static final double MIN_BASELINE = 100;
    public static final double MAX_BASELINE = 220;

    public Profile {
        if (baseline == null) {
            throw new IllegalArgumentException("a baseline cadence is required");
        }
        if (baseline.stepsPerMinute() < MIN_BASELINE || baseline.stepsPerMinute() > MAX_BASELINE) {
            throw new IllegalArgumentException("baseline " + baseline.format()
                    + " spm is outside 100-220 steps per minute; count both feet for one minute of easy running");
        }
        if (increase == null) {
            increase = CadenceIncrease.DEFAULT;
        }
        double percent = percentOf(increase, baseline);
        if (!(percent > 0 && percent <= Program.MAX_INCREASE_PERCENT + 1e-9)) {
            throw new IllegalArgumentException("increase " + increase.describe()
                    + " is outside what retraining studies used: choose more than 0 and at most +10% (5% is typical)");
        }
        baselineSource = baselineSource == null || baselineSource.isBlank() ? "entered" : baselineSource.strip();
        walkCheck = walkCheck == null ? EntryCheck.NOT_ASKED : walkCheck;
        hopCheck = hopCheck == null ? EntryCheck.NOT_ASKED : hopCheck;
        startStage = startStage == null ? Stage.UPHILL_WALK : startStage;
        stairs = stairs == null ? Stairs.NOT_ASKED : stairs;
    }

    public static Profile startingWith(Cadence baseline, String source) {
        return new Profile(baseline, source, CadenceIncrease.DEFAULT, EntryCheck.NOT_ASKED, EntryCheck.NOT_ASKED,
                Stage.UPHILL_WALK, 0, Stairs.NOT_ASKED, null);
    }

    /** The increase as a percentage of the baseline, whichever way the runner wrote it. */
    public double increasePercent() {
        return percentOf(increase, baseline);
    }

    private static double percentOf(CadenceIncrease increase, Cadence baseline) {
        if (increase instanceof CadenceIncrease.Percent p) {
            return p.percent();
        }
        CadenceIncrease.Absolute a = (CadenceIncrease.Absolute) increase;
        return Math.round(a.stepsPerMinute() / baseline.stepsPerMinute() * 100 * 100) / 100.0;
    }

    public Cadence target() {
        return increase.apply(baseline);
    }

    public boolean entryChecksPassed() {
        return walkCheck == EntryCheck.PASSED && hopCheck == EntryCheck.PASSED;
    }

    public Optional<LocalDate> checksAnsweredOn() {
        return Optional.ofNullable(checksOn);
    }

    public Profile withBaseline(Cadence newBaseline, String source) {
        return new Profile(newBaseline, source, increase, walkCheck, hopCheck, startStage, startAfterSession, stairs,
                checksOn);
    }

    public Profile withIncrease(CadenceIncrease newIncrease) {
        return new Profile(baseline, baselineSource, newIncrease, walkCheck, hopCheck, startStage, startAfterSession,
                stairs, checksOn);
    }

    /** Records the checks given (null keeps one), answered on {@code day}. */
    public Profile withChecks(EntryCheck walk, EntryCheck hop, LocalDate day) {
        return new Profile(baseline, baselineSource, increase, walk == null ? walkCheck : walk,
                hop == null ? hopCheck : hop, startStage, startAfterSession, stairs, day);
    }

    public Profile withStairs(Stairs answer) {
        return new Profile(baseline, baselineSource, increase, walkCheck, hopCheck, startStage, startAfterSession,
                answer, checksOn);
    }

    public Profile startingAt(Stage stage, long afterSession) {
        return new Profile(baseline, baselineSource, increase, walkCheck, hopCheck, stage, afterSession, stairs,
                checksOn);
    }
}
