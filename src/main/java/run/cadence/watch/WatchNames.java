package run.cadence.watch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import run.cadence.session.Step;
import run.cadence.session.Workout;

/**
 * What the watch calls a workout and its steps, within {@link WatchText#NAME_BYTES} bytes, named after its main work
 * so that different sessions get different names.
 *
 * <p>The main work is the repeat with the most running (warm-up and cool-down aside), unless more running is done in
 * one go. A repeat of runs then walks is its pattern, "R2:W3 x6" (run 2, walk 3, six times); anything else is its
 * running time, "Run 30m", or "Hills 30m" on rolling hills. Uphill (treadmill incline) work starts "Up ". Other
 * faster work follows as "+4x20s" (four 20-second strides) or "+" alone, and the main work's run target last: "172",
 * "164/190" for two, "164-190" for more. Of these, the first that fits is kept, in this order: all; all with the
 * repeat's " x" closed up ("Up R1:W2x10 168"); all but the target; the target with only "+" for the extras; the main
 * work alone. Walks are "Uphill walk 30m"; pool and
 * strength sessions their own name shortened ("DWR pyramid", "Hip str early").
 */
final class WatchNames {
    /** The library's long words, so "deep-water-race-simulation" still names its session in 15 bytes. */
    private static final String[][] ABBREVIATIONS = {{"deep water", "DWR"}, {"hip strength", "Hip str"},
        {"simulation", "sim"}};

    private WatchNames() {}

    /** A stretch of steps: a repeated block (its Repeat step's times) or one step played once. */
    private record Block(List<WatchStep> steps, int times) {
        Duration time(WatchStep.Kind kind) {
            Duration sum = Duration.ZERO;
            for (WatchStep s : steps) {
                if (s instanceof WatchStep.Timed t && t.kind() == kind) {
                    sum = sum.plus(t.length());
                }
            }
            return sum.multipliedBy(times);
        }

        boolean warmUpOrCoolDown() {
            return steps.stream().allMatch(s -> s instanceof WatchStep.Timed t
                    && (t.intensity() == WatchStep.Intensity.WARMUP || t.intensity() == WatchStep.Intensity.COOLDOWN));
        }

        /** Runs, or efforts harder than easy: what makes a block work rather than recovery. */
        boolean faster() {
            return steps.stream().anyMatch(s -> s instanceof WatchStep.Timed t && (t.kind() == WatchStep.Kind.RUN
                    || t.kind() == WatchStep.Kind.HARD || t.kind() == WatchStep.Kind.SPRINT
                    || t.kind() == WatchStep.Kind.MEDIUM));
        }
    }

    static String watchName(Workout workout, List<WatchStep> steps) {
        List<Block> blocks = blocks(steps).stream().filter(b -> !b.warmUpOrCoolDown()).toList();
        Duration running = blocks.stream().map(b -> b.time(WatchStep.Kind.RUN)).reduce(Duration.ZERO, Duration::plus);
        if (running.isZero()) {
            return withoutRunning(workout, steps);
        }
        Block main = null;
        for (Block b : blocks) {
            if (b.times() > 1 && (main == null || b.time(WatchStep.Kind.RUN).compareTo(main.time(WatchStep.Kind.RUN))
                    > 0)) {
                main = b;
            }
        }
        Duration once = blocks.stream().filter(b -> b.times() == 1).map(b -> b.time(WatchStep.Kind.RUN))
                .reduce(Duration.ZERO, Duration::plus);
        String terrain = terrain(workout, blocks);
        String work;
        List<Block> mainBlocks;
        boolean inOneGo = main == null || once.compareTo(main.time(WatchStep.Kind.RUN)) >= 0;
        Optional<String> pattern = inOneGo ? Optional.empty() : walkRun(main);
        if (pattern.isPresent()) {
            work = (terrain.equals("Up") ? "Up " : "") + pattern.get();
            mainBlocks = List.of(main);
        } else {
            // Running in one go (strides or faster minutes after it are extras), or a repeat that is no clean
            // walk-run with what runs once: their running time.
            Block repeated = inOneGo ? null : main;
            mainBlocks = blocks.stream().filter(b -> b.time(WatchStep.Kind.RUN).compareTo(Duration.ZERO) > 0
                    && (b.times() == 1 || b == repeated)).toList();
            Duration time = mainBlocks.stream().map(b -> b.time(WatchStep.Kind.RUN)).reduce(Duration.ZERO,
                    Duration::plus);
            work = (terrain.equals("Hills") ? "Hills " : terrain.equals("Up") ? "Up run " : "Run ") + time(time);
        }
        List<Block> others = blocks.stream().filter(b -> mainBlocks.stream().noneMatch(m -> m == b) && b.faster())
                .toList();
        String extras = others.isEmpty() ? "" : "+" + (others.get(0).times() > 1 ? others.get(0).times() + "x"
                + time(firstFaster(others.get(0))) : "") + (others.size() > 1 ? "+" : "");
        String targets = targets(mainBlocks);
        // "Up R1:W2 x10 168" is 16 bytes: "Up R1:W2x10 168" keeps the target that tells two stages apart.
        String tight = work.replace(" x", "x");
        String[] candidates = {work + extras + targets, tight + extras + targets, work + extras,
            work + (extras.isEmpty() ? "" : "+") + targets, work};
        for (String c : candidates) {
            if (WatchText.bytes(c) <= WatchText.NAME_BYTES) {
                return c;
            }
        }
        return WatchText.cut(work, WatchText.NAME_BYTES);
    }

    /** The steps as blocks: each repeat's steps together, every other step alone. */
    private static List<Block> blocks(List<WatchStep> steps) {
        List<Block> out = new ArrayList<>();
        int i = 0;
        while (i < steps.size()) {
            int end = i;
            int times = 1;
            for (int r = i; r < steps.size(); r++) {
                if (steps.get(r) instanceof WatchStep.Repeat rep && rep.fromStep() == i) {
                    end = r;
                    times = rep.times();
                    break;
                }
            }
            if (times > 1 || end > i) {
                out.add(new Block(steps.subList(i, end), times));
                i = end + 1;
            } else {
                if (!(steps.get(i) instanceof WatchStep.Repeat)) {
                    out.add(new Block(steps.subList(i, i + 1), 1));
                }
                i++;
            }
        }
        return out;
    }

    /** "R2:W3 x6" for a repeat of runs then walks (the runs' and the walks' time added up); else empty. */
    private static Optional<String> walkRun(Block b) {
        int firstWalk = 0;
        while (firstWalk < b.steps().size() && kindOf(b.steps().get(firstWalk)) == WatchStep.Kind.RUN) {
            firstWalk++;
        }
        boolean rest = b.steps().subList(firstWalk, b.steps().size()).stream()
                .allMatch(s -> kindOf(s) == WatchStep.Kind.WALK);
        if (firstWalk == 0 || firstWalk == b.steps().size() || !rest) {
            return Optional.empty();
        }
        Duration run = b.time(WatchStep.Kind.RUN).dividedBy(b.times());
        Duration walk = b.time(WatchStep.Kind.WALK).dividedBy(b.times());
        return Optional.of("R" + minutes(run) + ":W" + minutes(walk) + " x" + b.times());
    }

    private static WatchStep.Kind kindOf(WatchStep s) {
        return s instanceof WatchStep.Timed t ? t.kind() : null;
    }

    private static Duration firstFaster(Block b) {
        for (WatchStep s : b.steps()) {
            WatchStep.Kind k = kindOf(s);
            if (k == WatchStep.Kind.RUN || k == WatchStep.Kind.HARD || k == WatchStep.Kind.SPRINT
                    || k == WatchStep.Kind.MEDIUM) {
                return ((WatchStep.Timed) s).length();
            }
        }
        return Duration.ZERO;
    }

    /** " 172" for one run target of the main work, " 164/190" for two, " 164-190" for more, "" for none. */
    private static String targets(List<Block> main) {
        TreeSet<Integer> spm = new TreeSet<>();
        for (Block b : main) {
            for (WatchStep s : b.steps()) {
                if (s instanceof WatchStep.Timed t && t.kind() == WatchStep.Kind.RUN && t.target().isPresent()) {
                    spm.add(t.target().get().middleSpm());
                }
            }
        }
        if (spm.isEmpty()) {
            return "";
        }
        return " " + (spm.size() == 1 ? spm.first() : spm.first() + (spm.size() == 2 ? "/" : "-") + spm.last());
    }

    /**
     * "Up" on an incline (the library's and the planner's uphill treadmill work), "Hills" on rolling hills, else "",
     * by the words of the workout's name and description and its steps' notes, warm-up and cool-down aside (an
     * uphill walk cools down "incline back to flat"): "uphill", "incline", "hills".
     */
    private static String terrain(Workout workout, List<Block> work) {
        StringBuilder b = new StringBuilder(workout.name()).append(' ').append(workout.description());
        for (Block block : work) {
            for (WatchStep s : block.steps()) {
                if (s instanceof WatchStep.Timed t) {
                    b.append(' ').append(t.notes());
                }
            }
        }
        String words = b.toString().toLowerCase(Locale.ROOT);
        if (words.matches("(?s).*\\b(uphill|incline)\\b.*")) {
            return "Up";
        }
        return words.matches("(?s).*\\bhills?\\b.*") ? "Hills" : "";
    }

    /** Walks by their time, uphill or not; pool and strength sessions by their own name, shortened. */
    private static String withoutRunning(Workout workout, List<WatchStep> steps) {
        boolean walksOnly = steps.stream().allMatch(s -> kindOf(s) == WatchStep.Kind.WALK);
        if (walksOnly) {
            Duration walking = blocks(steps).stream().map(b -> b.time(WatchStep.Kind.WALK))
                    .reduce(Duration.ZERO, Duration::plus);
            List<Block> work = blocks(steps).stream().filter(b -> !b.warmUpOrCoolDown()).toList();
            String walk = (terrain(workout, work).equals("Up") ? "Uphill walk " : "Walk ") + WatchText.compact(walking);
            return WatchText.bytes(walk) <= WatchText.NAME_BYTES ? walk : "Walk";
        }
        String name = workout.name().replace('-', ' ').strip();
        for (String[] a : ABBREVIATIONS) {
            name = name.replaceAll("(?i)\\b" + a[0] + "\\b", a[1]);
        }
        return WatchText.cut(name, WatchText.NAME_BYTES);
    }

    /** Whole minutes as minutes ("1m", "30m"), anything else compact ("20s", "1m40"). */
    private static String time(Duration d) {
        return d.toMillis() % 60_000 == 0 ? d.toMinutes() + "m" : WatchText.compact(d);
    }

    /** Whole minutes as a bare number ("2"), anything else compact ("20s", "1m40"). */
    private static String minutes(Duration d) {
        return d.toMillis() % 60_000 == 0 ? Long.toString(d.toMinutes()) : WatchText.compact(d);
    }

    /** The full form when it fits, else the shorter one. */
    private static String fit(String full, String shorter) {
        return WatchText.bytes(full) <= WatchText.NAME_BYTES ? full : WatchText.cut(shorter, WatchText.NAME_BYTES);
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
}
