package run.cadence.cli;

import java.util.List;
import run.cadence.watch.WatchStep;
import run.cadence.watch.WatchWorkout;

/** How an exported watch workout is shown on the command line. */
final class WatchLines {
    private WatchLines() {}

    /**
     * "watch shows "R2:W3 x4 172", 5 steps (1 repeat), runs 168-176 spm": every distinct range the runs have (a
     * warm-up ramp's is not the main set's), "runs 162-176, 168-176 and 172-180 spm".
     */
    static String describe(WatchWorkout w) {
        long repeats = w.steps().stream().filter(s -> s instanceof WatchStep.Repeat).count();
        List<String> ranges = w.steps().stream().filter(s -> s instanceof WatchStep.Timed t
                && t.kind() == WatchStep.Kind.RUN && t.target().isPresent())
                .map(s -> ((WatchStep.Timed) s).target().get()).distinct()
                .map(r -> r.lowSpm() + "-" + r.highSpm()).toList();
        String runs = ranges.isEmpty() ? "" : ranges.size() > 3 ? ", runs at " + ranges.size() + " ranges"
                : ", runs " + (ranges.size() == 1 ? ranges.get(0) : String.join(", ", ranges.subList(0,
                        ranges.size() - 1)) + " and " + ranges.get(ranges.size() - 1)) + " spm";
        return "watch shows \"" + w.name() + "\", " + Plural.of(w.steps().size(), "step")
                + (repeats == 0 ? "" : " (" + Plural.of(repeats, "repeat") + ")") + runs;
    }
}
