package run.cadence.watch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import run.cadence.Cadence;
import run.cadence.CadenceException;
import run.cadence.session.CadenceTarget;
import run.cadence.session.PerceivedEffort;
import run.cadence.session.Section;
import run.cadence.session.Step;
import run.cadence.session.Workout;

/**
 * A watch workout as the project's {@link Workout}: what a FIT file carries, and no more.
 *
 * <p>The steps a repeat covers become a section played that many times, named by the repeat; the other steps are
 * grouped into sections by their intensity (warm-up steps into "Warmup", cool-down into "Cooldown"). A cadence range
 * becomes a fixed cadence at its middle (the target rounded to a whole step per minute); a step without one is silent
 * (a walk too: had it clicked at the runner's walking cadence, the file would hold that range). What FIT cannot carry is not invented: the click share
 * (a watch has no metronome), a relative cadence ("+5%" arrives as the runner's number) and notes beyond 49 bytes.
 */
public final class FromWatch {
    private static final Pattern HOLD = Pattern.compile("(?:Hold )?(\\d+)x(\\S+)");
    private static final Pattern REPS = Pattern.compile("(?:Reps )?(\\d+)x(\\d+) (\\S+)");

    private FromWatch() {}

    /** @throws CadenceException BAD_INPUT for repeats that overlap, or strength steps whose dose cannot be read */
    public static Workout workout(WatchWorkout watch, String workoutName, String source) {
        List<WatchStep> steps = watch.steps();
        int[] repeatEnd = new int[steps.size()];
        java.util.Arrays.fill(repeatEnd, -1);
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof WatchStep.Repeat r) {
                for (int k = r.fromStep(); k < i; k++) {
                    if (repeatEnd[k] >= 0 || steps.get(k) instanceof WatchStep.Repeat) {
                        throw CadenceException.badInput(source + ": step " + (i + 1) + " repeats steps another repeat"
                                + " already covers; Cadence Coach sessions do not nest repeats");
                    }
                    repeatEnd[k] = i;
                }
            }
        }
        List<Section> sections = new ArrayList<>();
        int i = 0;
        while (i < steps.size()) {
            if (repeatEnd[i] >= 0) {
                WatchStep.Repeat r = (WatchStep.Repeat) steps.get(repeatEnd[i]);
                sections.add(section(r.name(), r.times(), steps.subList(i, repeatEnd[i]), source));
                i = repeatEnd[i] + 1;
                continue;
            }
            String label = label(steps.get(i));
            int end = i;
            while (end < steps.size() && repeatEnd[end] < 0 && !(steps.get(end) instanceof WatchStep.Repeat)
                    && label(steps.get(end)).equals(label)) {
                end++;
            }
            if (end == i) {
                i++; // a repeat step already consumed with its block
                continue;
            }
            sections.add(section(label, 1, steps.subList(i, end), source));
            i = end;
        }
        return new Workout(workoutName, watch.description(), sections);
    }

    private static String label(WatchStep s) {
        WatchStep.Intensity i = s instanceof WatchStep.Timed t ? t.intensity()
                : s instanceof WatchStep.Open o ? o.intensity() : WatchStep.Intensity.ACTIVE;
        return i == WatchStep.Intensity.WARMUP ? "Warmup" : i == WatchStep.Intensity.COOLDOWN ? "Cooldown" : "";
    }

    private static Section section(String name, int repeats, List<WatchStep> steps, String source) {
        List<Step> out = new ArrayList<>();
        for (WatchStep s : steps) {
            out.add(step(s, source));
        }
        if (repeats > Section.MAX_REPEATS) {
            throw CadenceException.badInput(source + ": a repeat of " + repeats + " times, over the "
                    + Section.MAX_REPEATS + " a Cadence Coach session allows");
        }
        return new Section(name, repeats, out);
    }

    static Step step(WatchStep s, String source) {
        if (s instanceof WatchStep.Open o) {
            return strength(o, source);
        }
        WatchStep.Timed t = (WatchStep.Timed) s;
        Optional<String> note = Optional.of(t.notes()).filter(n -> !n.isEmpty());
        Optional<CadenceTarget> fixed = t.target().map(r -> new CadenceTarget.Fixed(new Cadence(r.middleSpm())));
        return switch (t.kind()) {
            case WALK -> new Step.Walk(t.length(), fixed.orElse(CadenceTarget.NONE), 1, note);
            case RUN -> new Step.Run(t.length(), fixed.orElse(CadenceTarget.NONE), 1, note);
            case REST -> new Step.Rest(t.length(), note);
            case EASY, MEDIUM, HARD, SPRINT -> new Step.Effort(PerceivedEffort.valueOf(t.kind().name()), t.length(),
                    fixed.orElse(CadenceTarget.NONE), 1, note);
            // WatchStep.Timed refuses these kinds: they are open (lap-button) strength steps.
            case HOLD, REPS -> throw new IllegalStateException("a timed watch step is never " + t.kind());
        };
    }

    private static Step strength(WatchStep.Open o, String source) {
        String[] exerciseAndRest = WatchNotes.exerciseAndRest(o.notes());
        Optional<String> note = Optional.of(exerciseAndRest[0]).filter(n -> !n.isEmpty());
        Duration rest = exerciseAndRest[1] == null ? null : WatchText.duration(exerciseAndRest[1]);
        Matcher hold = HOLD.matcher(o.name());
        Matcher reps = REPS.matcher(o.name());
        if (o.kind() == WatchStep.Kind.REPS && reps.matches() && WatchText.duration(reps.group(3)) != null) {
            return new Step.Reps(Integer.parseInt(reps.group(1)), Integer.parseInt(reps.group(2)),
                    WatchText.duration(reps.group(3)), rest == null ? Step.DEFAULT_SET_REST : rest, note);
        }
        if (o.kind() == WatchStep.Kind.HOLD && hold.matches() && WatchText.duration(hold.group(2)) != null
                && rest != null) {
            return new Step.Hold(Integer.parseInt(hold.group(1)), WatchText.duration(hold.group(2)), rest, note);
        }
        throw CadenceException.badInput(source + ": the strength step '" + o.name() + "' does not say its dose as"
                + " Cadence Coach writes it (\"Hold 10x5s\" with \"; rest 5s\" in its notes, or \"Reps 3x15 3s\")");
    }
}
