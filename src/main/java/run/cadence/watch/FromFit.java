package run.cadence.watch;

import com.garmin.fit.File;
import com.garmin.fit.Intensity;
import com.garmin.fit.WktStepDuration;
import com.garmin.fit.WktStepTarget;
import com.garmin.fit.WorkoutMesg;
import com.garmin.fit.WorkoutStepMesg;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import run.cadence.CadenceException;

/**
 * The workout and workout_step messages of a FIT file as a {@link WatchWorkout}. Besides the files this project
 * writes, it reads simple workouts made elsewhere (Garmin Connect): timed steps, lap-button steps, repeats and
 * cadence ranges; a step's kind comes from its name's first word when that is one of ours, else from its intensity.
 * Steps that end by distance, heart rate or power have no place in a timed session and are refused, naming the step.
 */
final class FromFit {
    private FromFit() {}

    static WatchWorkout workout(File type, WorkoutMesg workout, List<WorkoutStepMesg> mesgs, String source) {
        if (type != File.WORKOUT) {
            throw CadenceException.badInput(source + ": a FIT " + (type == null ? "file without a file id"
                    : File.getStringFromValue(type).toLowerCase(Locale.ROOT).replace('_', ' ') + " file")
                    + ", not a workout");
        }
        if (workout == null || mesgs.isEmpty()) {
            throw CadenceException.badInput(source + ": a FIT workout file without its workout or steps");
        }
        List<WatchStep> steps = new ArrayList<>();
        for (int i = 0; i < mesgs.size(); i++) {
            steps.add(step(mesgs.get(i), i, source));
        }
        String name = WatchText.cut(orEmpty(workout.getWktName()), WatchText.NAME_BYTES);
        try {
            return new WatchWorkout(name, orEmpty(workout.getWktDescription()), sport(workout), steps);
        } catch (IllegalArgumentException e) {
            throw CadenceException.badInput(source + ": " + e.getMessage(), e);
        }
    }

    private static WatchStep step(WorkoutStepMesg m, int index, String source) {
        String where = source + ": step " + (index + 1);
        String name = WatchText.cut(orEmpty(m.getWktStepName()), WatchText.NAME_BYTES);
        String notes = WatchText.cut(orEmpty(m.getNotes()), WatchText.NOTES_BYTES);
        WktStepDuration duration = m.getDurationType();
        if (duration == WktStepDuration.REPEAT_UNTIL_STEPS_CMPLT) {
            Long from = m.getDurationStep();
            Long times = m.getRepeatSteps();
            if (from == null || times == null || from >= index || times < 1) {
                throw CadenceException.badInput(where + ": a repeat that does not name earlier steps and a count");
            }
            return new WatchStep.Repeat(from.intValue(), times.intValue(), name);
        }
        WatchStep.Intensity intensity = intensity(m.getIntensity());
        WatchStep.Kind kind = kind(name, intensity, duration);
        if (duration == WktStepDuration.OPEN) {
            if (kind != WatchStep.Kind.HOLD && kind != WatchStep.Kind.REPS) {
                throw CadenceException.badInput(where + " waits for the lap button; Cadence Coach times every step"
                        + " but strength ones: give it a time");
            }
            return new WatchStep.Open(kind, intensity, name, notes);
        }
        if (duration != WktStepDuration.TIME || m.getDurationValue() == null || m.getDurationValue() <= 0) {
            throw CadenceException.badInput(where + " ends by " + (duration == null ? "nothing"
                    : WktStepDuration.getStringFromValue(duration).toLowerCase(Locale.ROOT).replace('_', ' '))
                    + "; Cadence Coach steps last a time");
        }
        return new WatchStep.Timed(kind, Duration.ofMillis(m.getDurationValue()), target(m), intensity, name, notes);
    }

    /** A custom cadence range; a cadence zone or any other target (pace, heart rate) is no cadence to click. */
    private static Optional<CadenceRange> target(WorkoutStepMesg m) {
        Long low = m.getCustomTargetCadenceLow();
        Long high = m.getCustomTargetCadenceHigh();
        if (m.getTargetType() != WktStepTarget.CADENCE || low == null || high == null || low < 1 || high < low
                || high > 255) {
            return Optional.empty();
        }
        return Optional.of(new CadenceRange(low.intValue(), high.intValue()));
    }

    private static WatchStep.Kind kind(String name, WatchStep.Intensity intensity, WktStepDuration duration) {
        String first = name.split(" ", 2)[0];
        for (WatchStep.Kind k : WatchStep.Kind.values()) {
            if (k.word.equalsIgnoreCase(first)) {
                return k;
            }
        }
        if (name.matches("\\d+x\\d+ \\S+")) {
            return WatchStep.Kind.REPS;
        }
        if (name.matches("\\d+x\\S+")) {
            return WatchStep.Kind.HOLD;
        }
        return switch (intensity) {
            case REST -> WatchStep.Kind.REST;
            case ACTIVE, INTERVAL -> WatchStep.Kind.RUN;
            case WARMUP, COOLDOWN, RECOVERY -> WatchStep.Kind.WALK;
        };
    }

    private static WatchStep.Intensity intensity(Intensity i) {
        if (i == null || i == Intensity.INVALID || i == Intensity.OTHER) {
            return WatchStep.Intensity.ACTIVE;
        }
        return WatchStep.Intensity.valueOf(i.name());
    }

    private static WatchWorkout.Sport sport(WorkoutMesg w) {
        com.garmin.fit.SubSport sub = w.getSubSport();
        if (w.getSport() == com.garmin.fit.Sport.TRAINING && sub == com.garmin.fit.SubSport.STRENGTH_TRAINING) {
            return WatchWorkout.Sport.STRENGTH;
        }
        return w.getSport() == com.garmin.fit.Sport.TRAINING ? WatchWorkout.Sport.CARDIO : WatchWorkout.Sport.RUNNING;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
