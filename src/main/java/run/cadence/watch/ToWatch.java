package run.cadence.watch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import run.cadence.session.ResolvedCadence;
import run.cadence.session.Section;
import run.cadence.session.SessionSettings;
import run.cadence.session.Step;
import run.cadence.session.Timeline;
import run.cadence.session.TimelineSegment;
import run.cadence.session.Workout;

/**
 * A workout for one runner, as a watch runs it: each step of each section once, with a FIT repeat step after a
 * section that repeats (not unrolled); the cadence each step plays (resolved by {@link Timeline} for the runner's
 * baseline and increase) becomes its target range; strength steps become open steps.
 */
public final class ToWatch {
    private ToWatch() {}

    /**
     * @throws run.cadence.CadenceException BAD_INPUT when a step is relative to a baseline the settings lack
     */
    public static WatchWorkout of(Workout workout, SessionSettings settings) {
        Map<Step, ResolvedCadence> cadence = resolved(workout, settings);
        Map<Step, WatchNotes.Level> notes = strengthNotes(workout);
        List<WatchStep> steps = new ArrayList<>();
        List<ResolvedCadence> runs = new ArrayList<>();
        List<CadenceRange> runRanges = new ArrayList<>();
        for (Section section : workout.sections()) {
            int first = steps.size();
            for (Step step : section.steps()) {
                WatchStep s = step(step, section, cadence.get(step), notes.get(step));
                steps.add(s);
                if (s instanceof WatchStep.Timed t && t.kind() == WatchStep.Kind.RUN) {
                    runs.add(cadence.get(step));
                    runRanges.add(t.target().orElse(null));
                }
            }
            if (section.repeats() > 1) {
                steps.add(new WatchStep.Repeat(first, section.repeats(), WatchText.cut(section.name(),
                        WatchText.NAME_BYTES)));
            }
        }
        if (steps.size() > WatchWorkout.MAX_STEPS) {
            throw run.cadence.CadenceException.badInput("'" + workout.name() + "' has " + steps.size()
                    + " watch steps, more than the " + WatchWorkout.MAX_STEPS + " a FIT workout can hold");
        }
        return new WatchWorkout(WatchNames.watchName(workout, steps), WatchDescription.of(workout, runs, runRanges),
                sport(workout), steps);
    }

    /** The cadence each step plays on its first pass, from the compiled timeline (steps found by identity). */
    private static Map<Step, ResolvedCadence> resolved(Workout workout, SessionSettings settings) {
        Map<Step, ResolvedCadence> out = new IdentityHashMap<>();
        for (TimelineSegment s : Timeline.compile(workout, settings).segments()) {
            out.putIfAbsent(s.step(), s.cadence());
        }
        return out;
    }

    /**
     * How far each strength step's notes are shortened: the least that fits, the same for an exercise's left and
     * right steps (found by their notes with the side words taken out), so the pair reads alike on the watch.
     */
    private static Map<Step, WatchNotes.Level> strengthNotes(Workout workout) {
        Map<String, WatchNotes.Level> byExercise = new HashMap<>();
        Map<Step, String> exercise = new IdentityHashMap<>();
        for (Section section : workout.sections()) {
            for (Step step : section.steps()) {
                Duration rest = step instanceof Step.Hold h ? h.rest() : step instanceof Step.Reps r ? r.setRest() : null;
                if (rest != null) {
                    String note = step.note().orElse("");
                    String key = note.toLowerCase(Locale.ROOT).replaceAll("\\b(left|right)\\b", "side");
                    exercise.put(step, key);
                    byExercise.merge(key, WatchNotes.levelFor(note, rest), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                }
            }
        }
        Map<Step, WatchNotes.Level> out = new IdentityHashMap<>();
        exercise.forEach((step, key) -> out.put(step, byExercise.get(key)));
        return out;
    }

    private static WatchStep step(Step step, Section section, ResolvedCadence cadence, WatchNotes.Level notes) {
        WatchStep.Kind kind = kind(step);
        WatchStep.Intensity intensity = intensity(kind, section);
        String note = step.note().orElse("");
        if (step instanceof Step.Hold h) {
            return new WatchStep.Open(kind, intensity, WatchNames.holdName(h), WatchNotes.strength(note, h.rest(), notes));
        }
        if (step instanceof Step.Reps r) {
            return new WatchStep.Open(kind, intensity, WatchNames.repsName(r), WatchNotes.strength(note, r.setRest(),
                    notes));
        }
        Optional<CadenceRange> target = range(cadence);
        return new WatchStep.Timed(kind, step.duration(), target, intensity, WatchNames.stepName(kind, target),
                WatchNotes.shorten(note, WatchText.NOTES_BYTES));
    }

    static Optional<CadenceRange> range(ResolvedCadence cadence) {
        if (cadence == null || cadence instanceof ResolvedCadence.Silent) {
            return Optional.empty();
        }
        return Optional.of(cadence.startSpm() == cadence.endSpm() ? CadenceRange.around(cadence.startSpm())
                : CadenceRange.covering(cadence.startSpm(), cadence.endSpm()));
    }

    static WatchStep.Kind kind(Step step) {
        if (step instanceof Step.Walk) {
            return WatchStep.Kind.WALK;
        }
        if (step instanceof Step.Run) {
            return WatchStep.Kind.RUN;
        }
        if (step instanceof Step.Rest) {
            return WatchStep.Kind.REST;
        }
        if (step instanceof Step.Hold) {
            return WatchStep.Kind.HOLD;
        }
        if (step instanceof Step.Reps) {
            return WatchStep.Kind.REPS;
        }
        return WatchStep.Kind.valueOf(((Step.Effort) step).level().name());
    }

    /**
     * Warm-up and cool-down sections (by their names, as the library and the planner write them) are warm-up and
     * cool-down; a walk or easy effort among runs or harder efforts is recovery; hard and sprint efforts are
     * intervals; the rest is active, rest is rest.
     */
    static WatchStep.Intensity intensity(WatchStep.Kind kind, Section section) {
        String name = section.name().toLowerCase(Locale.ROOT);
        if (kind == WatchStep.Kind.REST) {
            return WatchStep.Intensity.REST;
        }
        if (name.contains("warm")) {
            return WatchStep.Intensity.WARMUP;
        }
        if (name.contains("cool")) {
            return WatchStep.Intensity.COOLDOWN;
        }
        boolean harder = section.steps().stream().map(ToWatch::kind).anyMatch(k -> k == WatchStep.Kind.RUN
                || k == WatchStep.Kind.MEDIUM || k == WatchStep.Kind.HARD || k == WatchStep.Kind.SPRINT);
        return switch (kind) {
            case WALK, EASY -> harder ? WatchStep.Intensity.RECOVERY : WatchStep.Intensity.ACTIVE;
            case HARD, SPRINT -> WatchStep.Intensity.INTERVAL;
            case RUN, MEDIUM, HOLD, REPS -> WatchStep.Intensity.ACTIVE;
            case REST -> WatchStep.Intensity.REST; // returned above already
        };
    }

    private static WatchWorkout.Sport sport(Workout workout) {
        boolean onFoot = false;
        boolean strengthOnly = true;
        for (Section s : workout.sections()) {
            for (Step step : s.steps()) {
                onFoot |= step instanceof Step.Walk || step instanceof Step.Run;
                strengthOnly &= step instanceof Step.Hold || step instanceof Step.Reps || step instanceof Step.Rest;
            }
        }
        return onFoot ? WatchWorkout.Sport.RUNNING : strengthOnly ? WatchWorkout.Sport.STRENGTH
                : WatchWorkout.Sport.CARDIO;
    }
}
