package run.cadence.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import run.cadence.CadenceIncrease;
import run.cadence.plan.CrossSession;
import run.cadence.plan.ExtraSession;
import run.cadence.plan.Intensity;
import run.cadence.plan.LoadVariable;
import run.cadence.plan.PlannedSession;
import run.cadence.plan.Stage;
import run.cadence.plan.StrengthSession;
import run.cadence.plan.Terrain;

/** How the planner's sessions, stages and changes read for the runner. */
final class PlannedText {
    private PlannedText() {}

    static String stageTitle(Stage stage) {
        switch (stage) {
            case UPHILL_WALK:
                return "uphill treadmill walking";
            case UPHILL_WALK_JOG:
                return "uphill treadmill walk-jog";
            case FLAT_WALK_RUN:
                return "flat walk-run";
            case FLAT_CONTINUOUS:
                return "continuous flat running";
            case ROLLING_HILLS:
                return "rolling hills at an easy, even pace";
            case SPEED:
                return "speed work, brought back gradually";
        }
        throw new IllegalStateException("unknown stage " + stage);
    }

    static String terrain(Terrain t) {
        switch (t) {
            case UPHILL_TREADMILL:
                return "uphill treadmill";
            case FLAT:
                return "flat";
            case ROLLING_HILLS:
                return "rolling hills";
        }
        throw new IllegalStateException("unknown terrain " + t);
    }

    static String intensity(Intensity i) {
        switch (i) {
            case EASY:
                return "easy";
            case STRIDES:
                return "easy with strides";
            case INTERVALS:
                return "easy with short faster stretches";
        }
        throw new IllegalStateException("unknown intensity " + i);
    }

    /** "flat walk-run 3/2 x6", "uphill treadmill walk 30 min", "30 min continuous run, rolling hills". */
    static String describe(PlannedSession s) {
        String what;
        if (!s.hasRunning()) {
            what = terrain(s.terrain()) + " walk " + s.repeats() * s.walkMinutes() + " min";
        } else if (s.walkMinutes() == 0) {
            what = s.easyRunningMinutes() + " min continuous run, " + terrain(s.terrain());
        } else {
            what = terrain(s.terrain()) + " walk-run " + split(s);
        }
        if (s.intensity() == Intensity.STRIDES) {
            what += ", then 4 strides";
        } else if (s.intensity() == Intensity.INTERVALS) {
            what += ", then 4 x 1 min faster";
        }
        return what;
    }

    /** "3/2 x6": walk minutes / run minutes, as the published tables write it. */
    static String split(PlannedSession s) {
        return s.walkMinutes() + "/" + s.runMinutes() + " x" + s.repeats();
    }

    static String title(PlannedSession s) {
        return "Stage " + s.stage().number() + ": " + describe(s);
    }

    static String describe(ExtraSession e) {
        if (e instanceof StrengthSession s) {
            return s.kind() == StrengthSession.Kind.EARLY ? "hip strength, early stage (holds)"
                    : "hip strength, Fredericson " + s.sets() + "x" + s.reps();
        }
        CrossSession c = (CrossSession) e;
        return c.kind() == CrossSession.Kind.UPHILL_WALK ? "cross-training: uphill treadmill walk 30 min"
                : "cross-training: " + c.name().replace('-', ' ');
    }

    /** "+5%" as the workout format writes it. */
    static String cadence(PlannedSession s) {
        return new CadenceIncrease.Percent(s.cadencePercent()).describe();
    }

    /** "running 12 → 15 min (walk/run 3/2 x6 → 3/3 x5)" for what got harder, or changed, from {@code from}. */
    static String change(PlannedSession from, PlannedSession to) {
        List<String> parts = new ArrayList<>();
        List<LoadVariable> changed = to.changesFrom(from);
        if (!from.hasRunning() && to.hasRunning()) {
            parts.add("first running: walk/run " + split(to) + " (" + to.easyRunningMinutes()
                    + " min of jogging in 1-minute bits) instead of " + from.walkMinutes() * from.repeats()
                    + " min of walking");
            changed.remove(LoadVariable.RUNNING);
            changed.remove(LoadVariable.WALKING);
        } else if (from.hasRunning() && !to.hasRunning()) {
            parts.add("walking only, " + to.walkMinutes() * to.repeats() + " min, instead of running");
            changed.remove(LoadVariable.RUNNING);
            changed.remove(LoadVariable.WALKING);
        }
        for (LoadVariable v : changed) {
            switch (v) {
                case CADENCE:
                    parts.add("cadence target " + cadence(from) + " → " + cadence(to));
                    break;
                case RUNNING:
                    parts.add("running " + from.easyRunningMinutes() + " → " + to.easyRunningMinutes() + " min ("
                            + runShape(from) + " → " + runShape(to) + ")");
                    break;
                case WALKING:
                    parts.add("walking " + from.walkMinutes() * from.repeats() + " → "
                            + to.walkMinutes() * to.repeats() + " min");
                    break;
                case TERRAIN:
                    parts.add("surface " + terrain(from.terrain()) + " → " + terrain(to.terrain()));
                    break;
                case INTENSITY:
                    parts.add(intensity(from.intensity()) + " → " + intensity(to.intensity()));
                    break;
            }
        }
        if (from.stage() != to.stage()) {
            parts.add("stage " + from.stage().number() + " → " + to.stage().number() + " (" + stageTitle(to.stage())
                    + ")");
        }
        return parts.isEmpty() ? "the same session" : String.join(", ", parts);
    }

    private static String runShape(PlannedSession s) {
        return s.walkMinutes() == 0 ? "continuous" : "walk/run " + split(s);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
