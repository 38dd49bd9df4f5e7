package run.cadence.plan;

import java.util.List;
import run.cadence.session.SessionLibrary;
import run.cadence.session.Workout;

/**
 * Cross-training on a day without a run (CLINICAL.md): uphill treadmill walking, the best cross-training, or
 * deep-water running, which keeps the running pattern with no impact at all. A built-in library session.
 */
public record CrossSession(Kind kind, String name) implements ExtraSession {
    public enum Kind { UPHILL_WALK, DEEP_WATER }

    public static final String UPHILL_WALK = "uphill-walk-30";
    /** Taken in turn, so the pool sessions vary. */
    public static final List<String> DEEP_WATER = List.of("deep-water-pyramid", "deep-water-hands-up",
            "deep-water-springboard", "deep-water-race-simulation", "deep-water-lactic-acid");

    public CrossSession {
        if (kind == null || name == null
                || !(kind == Kind.UPHILL_WALK ? name.equals(UPHILL_WALK) : DEEP_WATER.contains(name))) {
            throw new IllegalArgumentException("no " + kind + " cross-training session '" + name + "'");
        }
    }

    @Override
    public Workout workout() {
        return SessionLibrary.builtIn(name).orElseThrow();
    }
}
