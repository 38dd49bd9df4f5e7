package run.cadence.session;

import java.time.Duration;

/**
 * Time on the timeline to sample frames. Times are kept as exact {@link Duration}s from the session start and
 * rounded to a frame once, so segment boundaries never drift by summed rounding.
 */
public final class Frames {
    private Frames() {}

    /** The frame nearest to {@code time} at {@code sampleRate}, halves rounded up. */
    public static long at(Duration time, int sampleRate) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, not " + sampleRate);
        }
        // 6 hours at 192 kHz in nanoseconds times the rate is 4.1e18: inside a long, so integer math is exact.
        long nanos = time.toNanos();
        long scaled = Math.multiplyExact(nanos, (long) sampleRate);
        return Math.floorDiv(scaled + 500_000_000L, 1_000_000_000L);
    }

    static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }
}
