package run.cadence.cli;

import run.cadence.watch.WatchStep;
import run.cadence.watch.WatchWorkout;

/** How an exported watch workout is shown on the command line. */
final class WatchLines {
    private WatchLines() {}

    /** "watch shows "R2:W3 x4 172", 5 steps (1 repeat), runs 168-176 spm". */
    static String describe(WatchWorkout w) {
        long repeats = w.steps().stream().filter(s -> s instanceof WatchStep.Repeat).count();
        String range = w.steps().stream().filter(s -> s instanceof WatchStep.Timed t && t.kind() == WatchStep.Kind.RUN
                && t.target().isPresent()).map(s -> ", runs " + ((WatchStep.Timed) s).target().get().describe())
                .findFirst().orElse("");
        return "watch shows \"" + w.name() + "\", " + Plural.of(w.steps().size(), "step")
                + (repeats == 0 ? "" : " (" + Plural.of(repeats, "repeat") + ")") + range;
    }
}
