package run.cadence.session;

import java.util.Locale;
import run.cadence.Cadence;
import run.cadence.NumberText;

/** The step rate a step asks for, as written in the workout; {@link Timeline} resolves it for one runner. */
public sealed interface CadenceTarget {

    /** The text that would write this target back into a workout ("172spm", "+5%", "166-172spm"). */
    String describe();

    /** No metronome ("silent"): deep-water efforts unless a cadence is written, and any step written silent. */
    None NONE = new None();

    /**
     * A walk with no cadence written: clicks at the runner's walking cadence if they gave one, else silent. Kept
     * apart from {@link #NONE} so that a walk written {@code silent} stays silent even with a walking cadence.
     */
    WalkCadence WALK_CADENCE = new WalkCadence();

    /** The runner's own target, baseline plus their increase: what a run step without a cadence follows. */
    RunnerTarget RUNNER_TARGET = new RunnerTarget();

    record None() implements CadenceTarget {
        @Override
        public String describe() {
            return "silent";
        }
    }

    record WalkCadence() implements CadenceTarget {
        /** Nothing is written for it: it is what a walk has when no cadence is given. */
        @Override
        public String describe() {
            return "walk cadence";
        }
    }

    record RunnerTarget() implements CadenceTarget {
        @Override
        public String describe() {
            return "target";
        }
    }

    /** "172spm": the same for every runner. */
    record Fixed(Cadence cadence) implements CadenceTarget {
        public Fixed {
            if (cadence == null) {
                throw new IllegalArgumentException("a fixed cadence target needs a cadence");
            }
        }

        @Override
        public String describe() {
            return cadence.format() + "spm";
        }
    }

    /** "+5%", "+7.5%", "baseline" (0%): needs the runner's baseline. */
    record Relative(double percent) implements CadenceTarget {
        public Relative {
            if (!(percent >= -20 && percent <= 20)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "cadence %s%% is outside -20%%..+20%% of your baseline", NumberText.plain(percent)));
            }
        }

        @Override
        public String describe() {
            return percent == 0 ? "baseline" : (percent > 0 ? "+" : "") + NumberText.plain(percent) + "%";
        }
    }

    /** "166-172spm": the metronome glides from one rate to the other across the step. */
    record Ramp(Cadence from, Cadence to) implements CadenceTarget {
        public Ramp {
            if (from == null || to == null) {
                throw new IllegalArgumentException("a cadence ramp needs a start and an end cadence");
            }
            if (from.equals(to)) {
                throw new IllegalArgumentException("a cadence ramp needs two different cadences, not "
                        + from.format() + "-" + to.format() + "spm; write " + from.format() + "spm instead");
            }
        }

        @Override
        public String describe() {
            return from.format() + "-" + to.format() + "spm";
        }
    }
}
