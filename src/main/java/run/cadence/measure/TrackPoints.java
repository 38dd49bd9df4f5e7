package run.cadence.measure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects points as a reader finds them and turns them into an {@link Activity}: times become seconds from
 * the start, and where the file has distance but no speed, speed is taken over a few points either side so
 * that GPS jitter does not read as stops and sprints.
 */
final class TrackPoints {
    /** Points either side used to derive speed from distance. */
    private static final int SPEED_WINDOW = 3;

    private final List<Instant> times = new ArrayList<>();
    private final List<double[]> values = new ArrayList<>();

    /**
     * @param distance metres from the start, NaN if unknown
     */
    void add(Instant time, double rawCadence, double speed, double distance) {
        times.add(time);
        values.add(new double[] {rawCadence, speed, distance});
    }

    boolean isEmpty() {
        return times.isEmpty();
    }

    Activity build(String source, CadenceUnit declaredUnit) {
        List<ActivitySample> samples = new ArrayList<>(times.size());
        if (times.isEmpty()) {
            return new Activity(source, samples, declaredUnit);
        }
        Instant start = times.get(0);
        int n = times.size();
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = (times.get(i).toEpochMilli() - start.toEpochMilli()) / 1000.0;
        }
        for (int i = 0; i < n; i++) {
            double[] v = values.get(i);
            double speed = v[1];
            if (Double.isNaN(speed)) {
                speed = derivedSpeed(t, i);
            }
            samples.add(new ActivitySample(t[i], v[0], speed, v[2]));
        }
        return new Activity(source, samples, declaredUnit);
    }

    private double derivedSpeed(double[] t, int i) {
        int lo = Math.max(0, i - SPEED_WINDOW);
        int hi = Math.min(t.length - 1, i + SPEED_WINDOW);
        double d0 = values.get(lo)[2];
        double d1 = values.get(hi)[2];
        double dt = t[hi] - t[lo];
        if (Double.isNaN(d0) || Double.isNaN(d1) || !(dt > 0)) {
            return Double.NaN;
        }
        return Math.max(0, (d1 - d0) / dt);
    }
}
