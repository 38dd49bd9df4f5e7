package run.cadence.watch;

import java.time.Duration;
import java.util.Optional;

/**
 * One step of a workout as a watch runs it: a timed step with an optional cadence range, an open step the runner
 * ends with the lap button (strength), or a repeat of the steps before it. Names and notes are already cut to what
 * the FIT profile allots ({@link WatchText}).
 */
public sealed interface WatchStep permits WatchStep.Timed, WatchStep.Open, WatchStep.Repeat {

    /** What the runner does; the first word of a step's name on the watch. */
    enum Kind {
        WALK("Walk"), RUN("Run"), REST("Rest"), EASY("Easy"), MEDIUM("Medium"), HARD("Hard"), SPRINT("Sprint"),
        HOLD("Hold"), REPS("Reps");

        public final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    /** FIT's step intensity, which watches show as the step's type and colour. */
    enum Intensity { ACTIVE, REST, WARMUP, COOLDOWN, RECOVERY, INTERVAL }

    String name();

    record Timed(Kind kind, Duration length, Optional<CadenceRange> target, Intensity intensity, String name,
            String notes) implements WatchStep {
        public Timed {
            if (kind == null || kind == Kind.HOLD || kind == Kind.REPS) {
                throw new IllegalArgumentException("a timed step is a walk, run, rest or effort, not " + kind);
            }
            if (length == null || length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("a timed step lasts more than zero");
            }
            target = target == null ? Optional.empty() : target;
            WatchText.check(name, notes);
        }
    }

    /** A strength step: the runner presses the lap button when the holds or sets are done. */
    record Open(Kind kind, Intensity intensity, String name, String notes) implements WatchStep {
        public Open {
            if (kind != Kind.HOLD && kind != Kind.REPS) {
                throw new IllegalArgumentException("an open step is a strength step, not " + kind);
            }
            WatchText.check(name, notes);
        }
    }

    /**
     * Repeats the steps from {@code fromStep} (a message index) up to this one {@code times} times in all: FIT's
     * {@code repeat_until_steps_cmplt}.
     */
    record Repeat(int fromStep, int times, String name) implements WatchStep {
        public Repeat {
            if (fromStep < 0 || times < 1) {
                throw new IllegalArgumentException("a repeat starts at a step and runs at least once");
            }
            WatchText.check(name, "");
        }
    }
}
