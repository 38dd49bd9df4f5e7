package run.cadence.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import run.cadence.Cadence;
import run.cadence.session.CadenceTarget;
import run.cadence.session.Section;
import run.cadence.session.SessionSettings;
import run.cadence.session.Step;
import run.cadence.session.Timeline;
import run.cadence.session.Workout;

/**
 * One running session of the program: where it sits ({@code level} in the {@link Program}, its {@link Stage}),
 * the load it asks for, and how much of each run the metronome clicks ({@code clickPercent}, the faded
 * feedback). Every session starts and ends with a 5 min walk.
 *
 * <p>The main set is {@code repeats} blocks of {@code runMinutes} running then {@code walkMinutes} walking. A
 * walk-only session has {@code runMinutes == 0}; continuous running has {@code walkMinutes == 0}. Strides and
 * intervals follow the main set.
 */
public record PlannedSession(
        int level,
        Stage stage,
        Terrain terrain,
        Intensity intensity,
        double cadencePercent,
        int walkMinutes,
        int runMinutes,
        int repeats,
        int clickPercent) {

    public static final int WARMUP_MINUTES = 5;
    public static final int COOLDOWN_MINUTES = 5;
    /** What a session with running opens with (spoken with the warm-up walk, printed by plan and next). */
    public static final String STOP_RULE = "Stop and walk if pain rises above 3 out of 10, or if you start to limp";
    static final int FAST_REPEATS = 4;
    static final Duration STRIDE = Duration.ofSeconds(20);
    static final Duration STRIDE_RECOVERY = Duration.ofSeconds(100);
    static final Duration INTERVAL = Duration.ofMinutes(1);
    static final Duration INTERVAL_RECOVERY = Duration.ofMinutes(2);

    public PlannedSession {
        if (level < 0) {
            throw new IllegalArgumentException("level must be 0 or more, not " + level);
        }
        if (stage == null || terrain == null || intensity == null) {
            throw new IllegalArgumentException("stage, terrain and intensity are required");
        }
        if (!(cadencePercent >= 0 && cadencePercent <= 10)) {
            throw new IllegalArgumentException("cadence increase " + cadencePercent + "% is outside 0-10%");
        }
        if (walkMinutes < 0 || walkMinutes > 60 || runMinutes < 0 || runMinutes > 60 || walkMinutes + runMinutes == 0) {
            throw new IllegalArgumentException("a block needs 0-60 min of walking and of running, and not nothing");
        }
        if (repeats < 1 || repeats > 20) {
            throw new IllegalArgumentException("repeats must be 1-20, not " + repeats);
        }
        if (clickPercent < 0 || clickPercent > 100) {
            throw new IllegalArgumentException("click fraction must be 0-100%, not " + clickPercent);
        }
        if (intensity != Intensity.EASY && runMinutes == 0) {
            throw new IllegalArgumentException("strides and intervals come after easy running");
        }
    }

    public PlannedSession atLevel(int newLevel) {
        return new PlannedSession(newLevel, stage, terrain, intensity, cadencePercent, walkMinutes, runMinutes,
                repeats, clickPercent);
    }

    public PlannedSession withClickPercent(int percent) {
        return new PlannedSession(level, stage, terrain, intensity, cadencePercent, walkMinutes, runMinutes,
                repeats, percent);
    }

    /** The target the metronome clicks during runs. */
    public Cadence targetCadence(Cadence baseline) {
        return baseline.plusPercent(cadencePercent);
    }

    public boolean hasRunning() {
        return runMinutes > 0;
    }

    /** Minutes of easy running in the main set. */
    public int easyRunningMinutes() {
        return runMinutes * repeats;
    }

    private Duration fast() {
        return intensity == Intensity.STRIDES ? STRIDE : intensity == Intensity.INTERVALS ? INTERVAL : Duration.ZERO;
    }

    private Duration fastRecovery() {
        return intensity == Intensity.STRIDES ? STRIDE_RECOVERY
                : intensity == Intensity.INTERVALS ? INTERVAL_RECOVERY : Duration.ZERO;
    }

    /** Minutes of running the session asks for, strides and intervals included. */
    public double runningMinutes() {
        return easyRunningMinutes() + fast().multipliedBy(FAST_REPEATS).toSeconds() / 60.0;
    }

    public int totalSeconds() {
        long main = (long) repeats * (walkMinutes + runMinutes) * 60;
        long fast = fast().plus(fastRecovery()).multipliedBy(FAST_REPEATS).toSeconds();
        return (int) ((WARMUP_MINUTES + COOLDOWN_MINUTES) * 60 + main + fast);
    }

    public double walkingMinutes() {
        return totalSeconds() / 60.0 - runningMinutes();
    }

    /** The tissue load the weekly limits count (see {@link Load}). */
    public double load() {
        return Load.of(walkingMinutes(), runningMinutes());
    }

    /**
     * The session as a workout for the session runner. Run steps carry the cadence increase and, once the
     * feedback fades, the share of run time with clicks ({@code silent} for a check without clicks). Strides and
     * intervals are run steps without a metronome: a faster pace brings its own step rate.
     */
    public Workout workout() {
        List<Section> sections = new ArrayList<>();
        Optional<String> warmupNote = Optional.of(hasRunning() ? STOP_RULE : "easy pace on the flat");
        sections.add(new Section("Warmup", 1, List.of(walk(Duration.ofMinutes(WARMUP_MINUTES), warmupNote))));
        Optional<String> note = Optional.of(terrain.spokenNote());
        if (!hasRunning()) {
            sections.add(new Section("Main set", 1, List.of(walk(Duration.ofMinutes((long) walkMinutes * repeats),
                    note))));
        } else if (walkMinutes == 0) {
            sections.add(new Section("Main set", 1, List.of(run(Duration.ofMinutes(easyRunningMinutes()), note))));
        } else {
            sections.add(new Section("Main set", repeats, List.of(run(Duration.ofMinutes(runMinutes), note),
                    walk(Duration.ofMinutes(walkMinutes), Optional.empty()))));
        }
        if (intensity != Intensity.EASY) {
            String what = intensity == Intensity.STRIDES ? "stride: quick, light and relaxed"
                    : "faster: controlled, not a sprint";
            sections.add(new Section(intensity == Intensity.STRIDES ? "Strides" : "Faster", FAST_REPEATS, List.of(
                    new Step.Run(fast(), CadenceTarget.NONE, 1, Optional.of(what)),
                    walk(fastRecovery(), Optional.empty()))));
        }
        sections.add(new Section("Cooldown", 1, List.of(walk(Duration.ofMinutes(COOLDOWN_MINUTES),
                Optional.empty()))));
        return new Workout("plan-stage" + stage.number() + "-level" + level, "", sections);
    }

    private Step run(Duration length, Optional<String> note) {
        if (clickPercent == 0) {
            return new Step.Run(length, CadenceTarget.NONE, 1, note);
        }
        return new Step.Run(length, new CadenceTarget.Relative(cadencePercent), clickPercent / 100.0, note);
    }

    private static Step walk(Duration length, Optional<String> note) {
        return new Step.Walk(length, CadenceTarget.WALK_CADENCE, 1, note);
    }

    /** The section of {@link #workout()} that holds the runs whose cadence is the target (not strides or intervals). */
    public static final int MAIN_SET_SECTION = 1;

    /** The session compiled for a runner: what is played, and what a stopped session is measured against. */
    public Timeline timeline(Cadence baseline) {
        return Timeline.compile(workout(), SessionSettings.withBaseline(baseline));
    }

    /** The load variables whose values differ from {@code previous}. */
    public List<LoadVariable> changesFrom(PlannedSession previous) {
        List<LoadVariable> changed = new ArrayList<>();
        for (LoadVariable v : LoadVariable.values()) {
            if (Math.abs(v.valueIn(this) - v.valueIn(previous)) > 1e-9) {
                changed.add(v);
            }
        }
        return changed;
    }

    /** The load variables that are harder here than in {@code previous}. */
    public List<LoadVariable> harderThan(PlannedSession previous) {
        List<LoadVariable> harder = new ArrayList<>();
        for (LoadVariable v : LoadVariable.values()) {
            if (v.valueIn(this) > v.valueIn(previous) + 1e-9) {
                harder.add(v);
            }
        }
        return harder;
    }

    /** Whether this session is the same work as {@code other}, whatever the click fraction or level number. */
    public boolean sameLoadAs(PlannedSession other) {
        return changesFrom(other).isEmpty();
    }
}
