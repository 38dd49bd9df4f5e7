package run.cadence.session;

import run.cadence.Cadence;
import run.cadence.CadenceException;
import run.cadence.CadenceIncrease;

/**
 * Why a workout could not be given cadences for this runner, as values (bad input, all): the CLI says which
 * option to give or change. The message is a terse account for stack traces.
 */
public abstract sealed class CadenceProblem extends CadenceException
        permits CadenceProblem.TargetOutOfRange, CadenceProblem.NeedsBaseline, CadenceProblem.StepOutOfRange {

    CadenceProblem(String message) {
        super(Kind.BAD_INPUT, message);
    }

    /** Baseline plus increase falls outside the metronome's 40-250 spm, at {@code targetSpm}. */
    public static final class TargetOutOfRange extends CadenceProblem {
        private final Cadence baseline;
        private final CadenceIncrease increase;
        private final double targetSpm;

        TargetOutOfRange(Cadence baseline, CadenceIncrease increase, double targetSpm) {
            super("target " + targetSpm + " spm out of range");
            this.baseline = baseline;
            this.increase = increase;
            this.targetSpm = targetSpm;
        }

        public Cadence baseline() {
            return baseline;
        }

        public CadenceIncrease increase() {
            return increase;
        }

        public double targetSpm() {
            return targetSpm;
        }

        /** True when the target is too high, false when too low. */
        public boolean over() {
            return targetSpm > Cadence.MAX;
        }
    }

    /** A step in {@code section} (empty: the workout has no section names) asks for a rate relative to a baseline. */
    public static final class NeedsBaseline extends CadenceProblem {
        private final String section;
        private final CadenceTarget.Relative asked;

        NeedsBaseline(String section, CadenceTarget.Relative asked) {
            super("no baseline for " + asked.describe());
            this.section = section;
            this.asked = asked;
        }

        public String section() {
            return section;
        }

        public CadenceTarget.Relative asked() {
            return asked;
        }
    }

    /** A step in {@code section} resolves to a rate its value type refuses; {@code reason} is the refusal. */
    public static final class StepOutOfRange extends CadenceProblem {
        private final String section;
        private final String reason;

        StepOutOfRange(String section, String reason) {
            super("step out of range: " + reason);
            this.section = section;
            this.reason = reason;
        }

        public String section() {
            return section;
        }

        public String reason() {
            return reason;
        }
    }
}
