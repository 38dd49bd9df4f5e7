package run.cadence.play;

import java.time.Duration;
import java.util.Optional;
import run.cadence.Cadence;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.TempoMap;

/**
 * A bare metronome as the runner asks for it: a steady tempo, optionally reached by a ramp that changes
 * linearly per second, for a length or (live) until stopped.
 *
 * @param start the tempo at the first click: where a ramp starts, else the steady tempo
 * @param steady the tempo held after the ramp (or throughout)
 * @param rampOver how long the ramp from {@code start} to {@code steady} lasts; empty for none
 * @param length how long to play; empty for until stopped
 */
public record Metronome(Cadence start, Cadence steady, Optional<Duration> rampOver, Optional<Duration> length) {
    public Metronome {
        if (start == null || steady == null || rampOver == null || length == null) {
            throw new IllegalArgumentException("a metronome needs a start and a steady tempo");
        }
        if (rampOver.isEmpty() && !start.equals(steady)) {
            throw new IllegalArgumentException("a metronome without a ramp plays one tempo");
        }
        if (rampOver.filter(Metronome::notPositive).isPresent() || length.filter(Metronome::notPositive).isPresent()) {
            throw new IllegalArgumentException("a ramp and a length must be longer than zero");
        }
    }

    public static Metronome steady(Cadence tempo, Optional<Duration> length) {
        return new Metronome(tempo, tempo, Optional.empty(), length);
    }

    public static Metronome ramp(Cadence from, Cadence to, Duration over, Optional<Duration> length) {
        return new Metronome(from, to, Optional.of(over), length);
    }

    /**
     * The tempo map: the ramp (its beat phase flowing on into the steady part, so no click is doubled where it
     * ends), then the steady tempo for the rest of the length, or until stopped.
     */
    public TempoMap tempoMap(RenderFormat format) {
        TempoMap.Builder b = TempoMap.builder(format);
        Optional<Double> played = length.map(Metronome::seconds);
        if (rampOver.isPresent()) {
            double rampSeconds = seconds(rampOver.get());
            double from = start.stepsPerMinute();
            double to = steady.stepsPerMinute();
            if (played.isPresent() && played.get() < rampSeconds) {
                // Stopped part-way up the ramp: the same slope, ending where the ramp has got to by then.
                return b.ramp(played.get(), from, from + (to - from) * played.get() / rampSeconds).build();
            }
            b.ramp(rampSeconds, from, to);
            if (played.isPresent()) {
                double rest = played.get() - rampSeconds;
                return rest > 0 ? b.steady(rest, to).build() : b.build();
            }
        }
        if (played.isEmpty()) {
            return b.forever(steady.stepsPerMinute());
        }
        return b.steady(played.get(), steady.stepsPerMinute()).build();
    }

    private static boolean notPositive(Duration d) {
        return d.isNegative() || d.isZero();
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
