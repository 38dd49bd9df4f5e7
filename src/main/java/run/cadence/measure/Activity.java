package run.cadence.measure;

import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The points of a recorded run, read from a FIT, TCX or GPX file: only the legs that count as running or walking
 * (a triathlon's swim and bike are left out), in time order, duplicates and clock glitches removed.
 *
 * <p>Points are kept in columns of primitives (20 bytes a point), not one object each, so a long recording costs
 * little memory; {@link #samples()} gives a list view for convenience.
 */
public final class Activity {
    private final String source;
    private final Instant start;
    private final Sport sport;
    private final CadenceUnit declaredUnit;
    private final List<String> leftOut;
    private final double[] seconds;
    private final float[] rawCadence;
    private final float[] speed;
    private final float[] distance;
    private final BitSet legStarts;

    /**
     * @param source the file, for messages
     * @param start the absolute time of the first point (seconds 0)
     * @param sport what the kept legs are; for a mix, the most running-like of them
     * @param declaredUnit the unit the format fixes (FIT's per-leg field), or null when the numbers must be judged
     * @param leftOut the legs left out, by the file's name for their sport, in file order ("swimming", "cycling")
     * @param seconds each point's time since {@code start}, strictly increasing
     * @param rawCadence cadence in the file's unit, NaN where a point has none (a float: watches write whole numbers
     *     or 1/128s)
     * @param speed metres per second, NaN where unknown
     * @param distance metres from the start, NaN where unknown (a float keeps 300 km to 3 cm)
     * @param legStarts the points that begin a new leg after a left-out one or a new track: no time is counted
     *     across the gap before them
     */
    Activity(String source, Instant start, Sport sport, CadenceUnit declaredUnit, List<String> leftOut,
            double[] seconds, float[] rawCadence, float[] speed, float[] distance, BitSet legStarts) {
        int n = seconds.length;
        if (rawCadence.length != n || speed.length != n || distance.length != n) {
            throw new IllegalArgumentException("every point needs a time, cadence, speed and distance");
        }
        for (int i = 1; i < n; i++) {
            if (!(seconds[i] > seconds[i - 1])) {
                throw new IllegalArgumentException("point times must increase");
            }
        }
        this.source = source;
        this.start = start;
        this.sport = sport;
        this.declaredUnit = declaredUnit;
        this.leftOut = List.copyOf(leftOut);
        this.seconds = seconds;
        this.rawCadence = rawCadence;
        this.speed = speed;
        this.distance = distance;
        this.legStarts = (BitSet) legStarts.clone();
    }

    /** An activity from sample objects, one leg: for tests and generated recordings. */
    public static Activity of(String source, Instant start, Sport sport, List<ActivitySample> samples,
            CadenceUnit declaredUnit) {
        int n = samples.size();
        double[] t = new double[n];
        float[] c = new float[n];
        float[] v = new float[n];
        float[] d = new float[n];
        for (int i = 0; i < n; i++) {
            ActivitySample s = samples.get(i);
            t[i] = s.seconds();
            c[i] = (float) s.rawCadence();
            v[i] = (float) s.speed();
            d[i] = (float) s.distance();
        }
        return new Activity(source, start, sport, declaredUnit, List.of(), t, c, v, d, new BitSet());
    }

    public String source() {
        return source;
    }

    /** When the first point was recorded; a point's own time is {@code start + seconds(i)}. */
    public Instant start() {
        return start;
    }

    public Instant timeOf(int i) {
        return start.plusNanos(Math.round(seconds[i] * 1e9));
    }

    public Sport sport() {
        return sport;
    }

    public CadenceUnit declaredUnit() {
        return declaredUnit;
    }

    public List<String> leftOut() {
        return leftOut;
    }

    public int size() {
        return seconds.length;
    }

    public double seconds(int i) {
        return seconds[i];
    }

    public double rawCadence(int i) {
        return rawCadence[i];
    }

    public double speed(int i) {
        return speed[i];
    }

    public double distance(int i) {
        return distance[i];
    }

    /** Whether point {@code i} begins a new leg: the gap before it is not counted as running. */
    public boolean startsLeg(int i) {
        return legStarts.get(i);
    }

    /** Seconds from the first point to the last. */
    public double spanSeconds() {
        return seconds.length == 0 ? 0 : seconds[seconds.length - 1] - seconds[0];
    }

    public ActivitySample sample(int i) {
        return new ActivitySample(seconds[i], rawCadence[i], speed[i], distance[i]);
    }

    /** The points as sample objects, made as they are read. */
    public List<ActivitySample> samples() {
        return new AbstractList<>() {
            @Override
            public ActivitySample get(int i) {
                return sample(i);
            }

            @Override
            public int size() {
                return seconds.length;
            }
        };
    }

    @Override
    public String toString() {
        return "Activity[" + source + ", " + start + ", " + sport + ", " + size() + " points, left out "
                + leftOut + ", seconds " + (size() == 0 ? "[]" : Arrays.toString(
                        Arrays.copyOf(seconds, Math.min(3, size())))) + "...]";
    }
}
