package run.cadence.watch;

import java.util.Locale;

/**
 * A run step's cadence target as a FIT workout carries it: {@code custom_target_cadence_low/high}, which the FIT
 * profile defines in "rpm", whole numbers. For running one rpm is a stride, two steps, so the range moves in steps of
 * 2 spm.
 *
 * <p>The range is the target, rounded to a whole step per minute, plus and minus {@link #TOLERANCE_SPM}, widened
 * outward to whole strides: 172.2 spm gives 84-88 rpm (168-176 spm), 173 gives 85-88 (170-176). Its middle is
 * always the rounded target, so a range read back says which target it was made from.
 *
 * @param lowRpm strides per minute at the range's bottom
 * @param highRpm strides per minute at its top
 */
public record CadenceRange(int lowRpm, int highRpm) {
    /**
     * Steps per minute either side of the target. A runner holding a new cadence drifts by 2-3 spm; an alert for
     * less would buzz all run, and the retraining studies' +5% step (about 8 spm) must still stand out.
     */
    public static final double TOLERANCE_SPM = 3;

    public CadenceRange {
        if (lowRpm < 1 || highRpm < lowRpm || highRpm > 255) {
            throw new IllegalArgumentException("a cadence range needs 1 <= low <= high <= 255 rpm, not " + lowRpm
                    + "-" + highRpm);
        }
    }

    /** The range around a steady target. */
    public static CadenceRange around(double targetSpm) {
        double rounded = Math.round(targetSpm);
        return covering(rounded, rounded);
    }

    /** The range covering a ramp from one cadence to another, each widened by the tolerance. */
    public static CadenceRange covering(double fromSpm, double toSpm) {
        double low = Math.min(fromSpm, toSpm) - TOLERANCE_SPM;
        double high = Math.max(fromSpm, toSpm) + TOLERANCE_SPM;
        return new CadenceRange((int) Math.floor(low / 2), (int) Math.ceil(high / 2));
    }

    public int lowSpm() {
        return 2 * lowRpm;
    }

    public int highSpm() {
        return 2 * highRpm;
    }

    /** The middle of the range in steps per minute: the rounded target it was made from. */
    public int middleSpm() {
        return lowRpm + highRpm;
    }

    /** "168-176 spm". */
    public String describe() {
        return String.format(Locale.ROOT, "%d-%d spm", lowSpm(), highSpm());
    }
}
