package run.cadence.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a watch recording showed of a session: the measured cadence on each run step (aligned by time with the
 * session's own timeline), the minutes actually run, and when the recording started. {@code sha256} and
 * {@code sizeBytes} identify the file, so logging the same file twice changes nothing.
 */
public record RunRecording(String fileName, String sha256, long sizeBytes, Optional<Instant> start,
        double minutesRun, List<StepCadence> steps) {

    /** A run step measured for less than this is too little to judge (a few strides, a GPS hiccup). */
    static final double MIN_SECONDS = 30;

    /** One run step: its target and what the watch measured on it (the median of its steady part). */
    public record StepCadence(double targetSpm, double measuredSpm, double secondsMeasured) {
        public StepCadence {
            if (!(targetSpm > 0) || !(secondsMeasured >= 0) || Double.isInfinite(measuredSpm)) {
                throw new IllegalArgumentException("a measured step needs a target, seconds and a cadence or none");
            }
        }

        public boolean measured() {
            return !Double.isNaN(measuredSpm) && secondsMeasured >= MIN_SECONDS;
        }
    }

    public RunRecording {
        if (fileName == null || sha256 == null || sizeBytes < 0) {
            throw new IllegalArgumentException("a recording needs its file's name, hash and size");
        }
        start = start == null ? Optional.empty() : start;
        if (!(minutesRun >= 0)) {
            throw new IllegalArgumentException("minutes run must be 0 or more, not " + minutesRun);
        }
        steps = List.copyOf(steps);
    }

    /** The cadence on the runs: measured steps weighted by how long each was measured; empty with none. */
    public OptionalDouble runCadence() {
        double sum = 0;
        double seconds = 0;
        for (StepCadence s : steps) {
            if (s.measured()) {
                sum += s.measuredSpm() * s.secondsMeasured();
                seconds += s.secondsMeasured();
            }
        }
        return seconds == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / seconds);
    }
}
