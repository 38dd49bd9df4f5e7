package run.cadence.measure;

import java.util.List;

/**
 * A recorded activity's points, read from a FIT, TCX or GPX file.
 *
 * @param source the file name, for messages
 * @param samples points in time order
 * @param declaredUnit the unit the format fixes (FIT's per-leg field), or null when the numbers must be judged
 */
public record Activity(String source, List<ActivitySample> samples, CadenceUnit declaredUnit) {
    public Activity {
        samples = List.copyOf(samples);
    }
}
