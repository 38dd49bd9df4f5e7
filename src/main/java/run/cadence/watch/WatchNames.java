package run.cadence.watch;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import run.cadence.session.Step;
import run.cadence.session.Workout;

/**
 * What the watch calls a workout and its steps, within {@link WatchText#NAME_BYTES} bytes.
 *
 * <p>A walk-run is named by its pattern, run and walk minutes, repeats and target: "R2:W3 x6 172" (run 2, walk 3,
 * six times, 172 spm); a run by its running time, "Run 20m 172"; a walk by its time, "Uphill walk 30m"; anything else by
 * its own name with the library's long words shortened ("DWR pyramid", "Hip str early"), cut at a word. The full name ("Walk-run: run 2m, walk 3m x6, 172 spm (168-176)") and the workout's
 * description go in {@code wkt_description}.
 */
final class WatchNames {
    private static final String STRENGTH_REST = "; rest ";

    private WatchNames() {}

    static String watchName(Workout workout, List<WatchStep> steps) {
        String target = steps.stream().filter(s -> s instanceof WatchStep.Timed t && t.kind() == WatchStep.Kind.RUN
                && t.target().isPresent()).map(s -> " " + ((WatchStep.Timed) s).target().get().middleSpm())
                .findFirst().orElse("");
        Optional<String> pattern = walkRun(steps).map(p -> p + target);
        if (pattern.isPresent()) {
            return fit(pattern.get(), walkRun(steps).get());
        }
        Duration running = total(steps, WatchStep.Kind.RUN);
        if (!running.isZero()) {
            return fit("Run " + WatchText.compact(running) + target, "Run " + WatchText.compact(running));
        }
        boolean walksOnly = steps.stream().allMatch(s -> s instanceof WatchStep.Timed t && t.kind() == WatchStep.Kind.WALK);
        if (walksOnly) {
            String walk = (workout.name().toLowerCase(java.util.Locale.ROOT).contains("uphill") ? "Uphill walk "
                    : "Walk ") + WatchText.compact(total(steps, WatchStep.Kind.WALK));
            return fit(walk, "Walk");
        }
        String name = workout.name().replace('-', ' ').strip();
        for (String[] a : ABBREVIATIONS) {
            name = name.replaceAll("(?i)\\b" + a[0] + "\\b", a[1]);
        }
        return WatchText.cut(name, WatchText.NAME_BYTES);
    }

    /** The library's long words, so "deep-water-race-simulation" still names its session in 15 bytes. */
    private static final String[][] ABBREVIATIONS = {{"deep water", "DWR"}, {"hip strength", "Hip str"},
        {"simulation", "sim"}};

    /** The first repeat of exactly one run and one walk: "R2:W3 x6". */
    private static Optional<String> walkRun(List<WatchStep> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof WatchStep.Repeat r && i - r.fromStep() == 2) {
                WatchStep a = steps.get(r.fromStep());
                WatchStep b = steps.get(r.fromStep() + 1);
                WatchStep.Timed run = timedOf(a, WatchStep.Kind.RUN) != null ? (WatchStep.Timed) a
                        : timedOf(b, WatchStep.Kind.RUN);
                WatchStep.Timed walk = timedOf(b, WatchStep.Kind.WALK) != null ? (WatchStep.Timed) b
                        : timedOf(a, WatchStep.Kind.WALK);
                if (run != null && walk != null) {
                    return Optional.of("R" + minutes(run.length()) + ":W" + minutes(walk.length()) + " x" + r.times());
                }
            }
        }
        return Optional.empty();
    }

    private static WatchStep.Timed timedOf(WatchStep s, WatchStep.Kind kind) {
        return s instanceof WatchStep.Timed t && t.kind() == kind ? t : null;
    }

    /** Whole minutes as a bare number ("2"), anything else compact ("20s", "1m40"). */
    private static String minutes(Duration d) {
        return d.toMillis() % 60_000 == 0 ? Long.toString(d.toMinutes()) : WatchText.compact(d);
    }

    /** Running or walking time, repeats counted. */
    private static Duration total(List<WatchStep> steps, WatchStep.Kind kind) {
        Duration sum = Duration.ZERO;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof WatchStep.Timed t && t.kind() == kind) {
                sum = sum.plus(t.length().multipliedBy(timesRun(steps, i)));
            }
        }
        return sum;
    }

    private static int timesRun(List<WatchStep> steps, int i) {
        for (int r = i + 1; r < steps.size(); r++) {
            if (steps.get(r) instanceof WatchStep.Repeat rep && rep.fromStep() <= i) {
                return rep.times();
            }
        }
        return 1;
    }

    /** The full form when it fits, else the shorter one. */
    private static String fit(String full, String shorter) {
        return WatchText.bytes(full) <= WatchText.NAME_BYTES ? full : WatchText.cut(shorter, WatchText.NAME_BYTES);
    }

    static String description(Workout workout, List<WatchStep> steps) {
        String what = workout.description().isEmpty() ? workout.name() : workout.name() + ": " + workout.description();
        Optional<CadenceRange> range = steps.stream().filter(s -> s instanceof WatchStep.Timed t
                && t.kind() == WatchStep.Kind.RUN && t.target().isPresent())
                .map(s -> ((WatchStep.Timed) s).target().get()).findFirst();
        return what + range.map(r -> " (runs " + r.middleSpm() + " spm, alert outside " + r.describe() + ")").orElse("");
    }

    /** "Run 172 spm", "Walk", "Sprint 180 spm". */
    static String stepName(WatchStep.Kind kind, Optional<CadenceRange> target) {
        String full = kind.word + target.map(r -> " " + r.middleSpm() + " spm").orElse("");
        return fit(full, kind.word);
    }

    /** "Hold 10x5s": ten holds of five seconds; the rest between them is in the notes. */
    static String holdName(Step.Hold h) {
        String dose = h.count() + "x" + WatchText.compact(h.hold());
        return fit("Hold " + dose, dose);
    }

    /** "Reps 3x15 3s": three sets of fifteen, three seconds a rep; the rest between sets is in the notes. */
    static String repsName(Step.Reps r) {
        String dose = r.sets() + "x" + r.reps() + " " + WatchText.compact(r.perRep());
        return fit("Reps " + dose, dose);
    }

    /** "glute bridge; rest 5s": the exercise, cut to leave room for the rest. */
    static String strengthNotes(String exercise, Duration rest) {
        String suffix = STRENGTH_REST + WatchText.compact(rest);
        String head = WatchText.cut(exercise, WatchText.NOTES_BYTES - WatchText.bytes(suffix));
        return head.isEmpty() ? suffix.substring(2) : head + suffix;
    }

    /** The exercise and the rest back from {@link #strengthNotes}; the rest is null when the notes have none. */
    static String[] exerciseAndRest(String notes) {
        int at = notes.lastIndexOf(STRENGTH_REST);
        if (at >= 0) {
            return new String[] {notes.substring(0, at), notes.substring(at + STRENGTH_REST.length())};
        }
        if (notes.startsWith("rest ")) {
            return new String[] {"", notes.substring(5)};
        }
        return new String[] {notes, null};
    }
}
