package run.cadence.watch;

import java.util.List;

/**
 * A workout as a FIT workout file holds it.
 *
 * @param name what the watch lists it as, at most {@link WatchText#NAME_BYTES} bytes: "R2:W3 x6 172"
 * @param description the full name and what it is ({@code wkt_description}, which watches that show it show whole)
 * @param sport what the watch records it as
 * @param steps in order; a {@link WatchStep.Repeat} refers back to earlier steps by index
 */
public record WatchWorkout(String name, String description, Sport sport, List<WatchStep> steps) {
    /** FIT numbers steps with a 16-bit message index; watches hold far fewer (Garmin: 100 or so). */
    public static final int MAX_STEPS = 250;

    /** The FIT sport the workout is recorded as. */
    public enum Sport {
        /** Walks and runs, on foot: the watch times steps and checks the cadence range. */
        RUNNING,
        /** Hip strength: open steps, recorded as strength training. */
        STRENGTH,
        /** Deep-water running in the pool: timed efforts, recorded as cardio, since GPS pace means nothing there. */
        CARDIO
    }

    public WatchWorkout {
        if (name == null || WatchText.bytes(name) > WatchText.NAME_BYTES || description == null || sport == null) {
            throw new IllegalArgumentException("a watch workout needs a name of at most " + WatchText.NAME_BYTES
                    + " bytes, a description and a sport");
        }
        steps = List.copyOf(steps);
        if (steps.isEmpty() || steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("a watch workout has 1-" + MAX_STEPS + " steps, not " + steps.size());
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof WatchStep.Repeat r && r.fromStep() >= i) {
                throw new IllegalArgumentException("step " + i + " repeats from step " + r.fromStep()
                        + ", which does not come before it");
            }
        }
    }
}
