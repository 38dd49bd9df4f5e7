package run.cadence.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import run.cadence.Cadence;
import run.cadence.session.Workout;
import run.cadence.session.WorkoutParser;

/**
 * One session of the program: where it sits ({@code level} in the {@link Program}, its {@link Stage}), the
 * load it asks for, and how much of each run the metronome clicks ({@code clickPercent}, the faded feedback).
 * Every session starts with a 5 min walk and ends with one.
 *
 * <p>The main set is {@code repeats} blocks of {@code runMinutes} running then {@code walkMinutes} walking.
 * A walk-only session has {@code runMinutes == 0}; continuous running has {@code walkMinutes == 0}.
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
    private static final int STRIDES = 4;
    private static final int STRIDE_SECONDS = 20;
    private static final int STRIDE_RECOVERY_SECONDS = 100;
    private static final int INTERVALS = 5;
    private static final int INTERVAL_SECONDS = 60;
    private static final int INTERVAL_RECOVERY_SECONDS = 120;

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
        return new Cadence(baseline.stepsPerMinute() * (1 + cadencePercent / 100.0));
    }

    public boolean hasRunning() {
        return runMinutes > 0;
    }

    public int mainSetSeconds() {
        return repeats * (walkMinutes + runMinutes) * 60;
    }

    private int extraSeconds() {
        if (intensity == Intensity.STRIDES) {
            return STRIDES * (STRIDE_SECONDS + STRIDE_RECOVERY_SECONDS);
        }
        if (intensity == Intensity.INTERVALS) {
            return INTERVALS * (INTERVAL_SECONDS + INTERVAL_RECOVERY_SECONDS);
        }
        return 0;
    }

    public int totalSeconds() {
        return (WARMUP_MINUTES + COOLDOWN_MINUTES) * 60 + mainSetSeconds() + extraSeconds();
    }

    /** Minutes of running the session asks for: what the weekly volume limits count. */
    public double runningMinutes() {
        return runningSecondsWithin(totalSeconds()) / 60.0;
    }

    /**
     * Seconds of running in the first {@code elapsedSeconds} of the session, so a session stopped early
     * counts only the running actually done.
     */
    public int runningSecondsWithin(long elapsedSeconds) {
        long t = 0;
        int running = 0;
        List<int[]> steps = timeline();
        for (int[] step : steps) {
            long len = step[0];
            long inStep = Math.max(0, Math.min(len, elapsedSeconds - t));
            if (step[1] == 1) {
                running += (int) inStep;
            }
            t += len;
        }
        return running;
    }

    /** (seconds, 1 if running) for every step in order. */
    private List<int[]> timeline() {
        List<int[]> steps = new ArrayList<>();
        steps.add(new int[] {WARMUP_MINUTES * 60, 0});
        for (int i = 0; i < repeats; i++) {
            if (runMinutes > 0) {
                steps.add(new int[] {runMinutes * 60, 1});
            }
            if (walkMinutes > 0) {
                steps.add(new int[] {walkMinutes * 60, 0});
            }
        }
        if (intensity == Intensity.STRIDES) {
            for (int i = 0; i < STRIDES; i++) {
                steps.add(new int[] {STRIDE_SECONDS, 1});
                steps.add(new int[] {STRIDE_RECOVERY_SECONDS, 0});
            }
        } else if (intensity == Intensity.INTERVALS) {
            for (int i = 0; i < INTERVALS; i++) {
                steps.add(new int[] {INTERVAL_SECONDS, 1});
                steps.add(new int[] {INTERVAL_RECOVERY_SECONDS, 0});
            }
        }
        steps.add(new int[] {COOLDOWN_MINUTES * 60, 0});
        return steps;
    }

    /** "flat walk-run 2/3 x6", "uphill treadmill walk 20 min", "30 min continuous run on rolling hills". */
    public String describe() {
        String what;
        if (runMinutes == 0) {
            what = terrain.label() + " walk " + repeats * walkMinutes + " min";
        } else if (walkMinutes == 0) {
            what = repeats * runMinutes + " min continuous run, " + terrain.label();
        } else {
            what = terrain.label() + " walk-run " + walkMinutes + "/" + runMinutes + " x" + repeats;
        }
        if (intensity == Intensity.STRIDES) {
            what += ", then " + STRIDES + " strides";
        } else if (intensity == Intensity.INTERVALS) {
            what += ", then " + INTERVALS + " x 1 min faster";
        }
        return what;
    }

    public String title() {
        return "Stage " + stage.number() + ": " + describe();
    }

    /** "+5%" as the workout format writes it. */
    public String cadenceText() {
        return "+" + number(cadencePercent) + "%";
    }

    /**
     * The session in the project's workout format, for the session runner. Run steps carry the cadence
     * increase and, once feedback fades, the share of run time with clicks.
     */
    public String workoutText() {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(title()).append('\n');
        b.append("Warmup\n- ").append(WARMUP_MINUTES).append("m walk\n");
        String note = " \"" + terrain.spokenNote() + "\"";
        if (runMinutes == 0) {
            b.append("Main set\n- ").append(repeats * walkMinutes).append("m walk").append(note).append('\n');
        } else if (walkMinutes == 0) {
            b.append("Main set\n- ").append(repeats * runMinutes).append("m run ").append(runCadence())
                    .append(note).append('\n');
        } else {
            b.append("Main set ").append(repeats).append("x\n");
            b.append("- ").append(runMinutes).append("m run ").append(runCadence()).append(note).append('\n');
            b.append("- ").append(walkMinutes).append("m walk\n");
        }
        if (intensity == Intensity.STRIDES) {
            b.append("# strides: quick light steps, not a sprint\n");
            b.append("Main set ").append(STRIDES).append("x\n");
            b.append("- ").append(duration(STRIDE_SECONDS)).append(" hard \"stride\"\n");
            b.append("- ").append(duration(STRIDE_RECOVERY_SECONDS)).append(" walk\n");
        } else if (intensity == Intensity.INTERVALS) {
            b.append("# short intervals at a controlled hard effort\n");
            b.append("Main set ").append(INTERVALS).append("x\n");
            b.append("- ").append(duration(INTERVAL_SECONDS)).append(" hard\n");
            b.append("- ").append(duration(INTERVAL_RECOVERY_SECONDS)).append(" walk\n");
        }
        b.append("Cooldown\n- ").append(COOLDOWN_MINUTES).append("m walk\n");
        return b.toString();
    }

    /** The session as the player's model, named by its title; read back from {@link #workoutText()} for now. */
    public Workout workout() {
        return WorkoutParser.parse("planned session", title(), workoutText());
    }

    /**
     * Seconds as the workout format writes a duration ("20s", "1m40s", "2m"), so the text follows the
     * constants that {@link #totalSeconds()} and the volume limits count.
     */
    static String duration(int seconds) {
        int m = seconds / 60;
        int sec = seconds % 60;
        return (m > 0 ? m + "m" : "") + (sec > 0 || m == 0 ? sec + "s" : "");
    }

    /** A cadence check without clicks is the format's {@code silent}: "click 0%" would be no share at all. */
    private String runCadence() {
        if (clickPercent == 0) {
            return "silent";
        }
        return clickPercent == 100 ? cadenceText() : cadenceText() + " click " + clickPercent + "%";
    }

    /** The load variables whose values differ from {@code previous}. */
    public List<LoadVariable> changesFrom(PlannedSession previous) {
        List<LoadVariable> changed = new ArrayList<>();
        if (Math.abs(cadencePercent - previous.cadencePercent) > 1e-9) {
            changed.add(LoadVariable.CADENCE);
        }
        if (runMinutes != previous.runMinutes) {
            changed.add(LoadVariable.RUN_INTERVAL);
        }
        if (walkMinutes != previous.walkMinutes) {
            changed.add(LoadVariable.WALK_INTERVAL);
        }
        if (repeats != previous.repeats) {
            changed.add(LoadVariable.REPEATS);
        }
        if (terrain != previous.terrain) {
            changed.add(LoadVariable.TERRAIN);
        }
        if (intensity != previous.intensity) {
            changed.add(LoadVariable.INTENSITY);
        }
        return changed;
    }

    /** Whether this session is the same work as {@code other}, whatever the click fraction or level number. */
    public boolean sameLoadAs(PlannedSession other) {
        return changesFrom(other).isEmpty();
    }

    /** "run interval 2 min → 3 min" for each variable that changed from {@code previous}. */
    public String describeChangeFrom(PlannedSession previous) {
        List<String> parts = new ArrayList<>();
        for (LoadVariable v : changesFrom(previous)) {
            if (v == LoadVariable.REPEATS && runMinutes == 0 && previous.runMinutes == 0) {
                parts.add("walking time " + previous.repeats * previous.walkMinutes + " min → "
                        + repeats * walkMinutes + " min");
                continue;
            }
            parts.add(v.label() + " " + valueOf(v, previous) + " → " + valueOf(v, this));
        }
        if (stage != previous.stage) {
            parts.add("stage " + previous.stage.number() + " → " + stage.number() + " (" + stage.title() + ")");
        }
        return parts.isEmpty() ? "same session" : String.join(", ", parts);
    }

    private static String valueOf(LoadVariable v, PlannedSession s) {
        switch (v) {
            case CADENCE:
                return s.cadenceText();
            case RUN_INTERVAL:
                return s.runMinutes == 0 ? "none" : s.walkMinutes == 0 ? s.runMinutes * s.repeats + " min continuous"
                        : s.runMinutes + " min";
            case WALK_INTERVAL:
                return s.walkMinutes == 0 ? "none" : s.runMinutes == 0 ? s.walkMinutes * s.repeats + " min"
                        : s.walkMinutes + " min";
            case REPEATS:
                return s.repeats + "x";
            case TERRAIN:
                return s.terrain.label();
            default:
                return s.intensity.label();
        }
    }

    static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%s", v);
    }
}
