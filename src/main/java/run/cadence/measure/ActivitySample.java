package run.cadence.measure;

/**
 * One point of a recorded activity as the file stores it.
 *
 * @param seconds time since the activity's first point
 * @param rawCadence the cadence value in the file's own unit (usually one leg), NaN when the point has none
 * @param speed metres per second, NaN when the file gives no speed or distance for the point
 */
public record ActivitySample(double seconds, double rawCadence, double speed) {
    public ActivitySample {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("sample time must be a finite number");
        }
    }

    public boolean hasCadence() {
        return !Double.isNaN(rawCadence);
    }

    public boolean hasSpeed() {
        return !Double.isNaN(speed);
    }
}
