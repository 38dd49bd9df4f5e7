package run.cadence.measure;

/**
 * One point of a recorded activity as the file stores it.
 *
 * @param seconds time since the activity's first point
 * @param rawCadence the cadence value in the file's own unit (usually one leg), NaN when the point has none
 * @param speed metres per second, NaN when the file gives no speed or distance for the point
 * @param distance metres from the start, NaN when the file gives none: across a long gap between points it
 *     tells a pause (no way covered) from sparse recording while running
 */
public record ActivitySample(double seconds, double rawCadence, double speed, double distance) {
    public ActivitySample {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("sample time must be a finite number");
        }
    }

    /** A point without distance. */
    public ActivitySample(double seconds, double rawCadence, double speed) {
        this(seconds, rawCadence, speed, Double.NaN);
    }

    public boolean hasCadence() {
        return !Double.isNaN(rawCadence);
    }

    public boolean hasSpeed() {
        return !Double.isNaN(speed);
    }
}
