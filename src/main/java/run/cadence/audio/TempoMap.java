package run.cadence.audio;

import java.util.ArrayList;
import java.util.List;
import run.cadence.audio.TempoSegment.Phase;

/**
 * The tempo plan as data: contiguous segments from frame 0. Segment boundaries are rounded once from
 * cumulative seconds, never by adding rounded lengths. {@link BeatCursor} walks it.
 */
public record TempoMap(RenderFormat format, List<TempoSegment> segments) {

    public TempoMap {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a tempo map needs at least one segment");
        }
        long expected = 0;
        for (TempoSegment s : segments) {
            if (s.startFrame() != expected) {
                throw new IllegalArgumentException("tempo segments must be contiguous from frame 0; gap at " + expected);
            }
            if (expected == TempoSegment.OPEN) {
                throw new IllegalArgumentException("nothing can follow an open-ended segment");
            }
            expected = s.endFrame();
        }
    }

    /** Last frame (exclusive), or {@link TempoSegment#OPEN}. */
    public long endFrame() {
        return segments.get(segments.size() - 1).endFrame();
    }

    public static Builder builder(RenderFormat format) {
        return new Builder(format);
    }

    /** Appends segments by duration, keeping the running time in seconds so boundaries never drift. */
    public static final class Builder {
        private final RenderFormat format;
        private final List<TempoSegment> segments = new ArrayList<>();
        private double seconds;
        private long frame;

        private Builder(RenderFormat format) {
            this.format = format;
        }

        /** A steady tempo; the first segment starts on a beat, later ones carry the beat phase on. */
        public Builder steady(double durationSeconds, double spm) {
            Phase phase = phase();
            return add(durationSeconds, (start, end) -> new TempoSegment.Steady(start, end, spm, phase));
        }

        /** A steady tempo that starts on a beat wherever it falls: a new step. */
        public Builder newStep(double durationSeconds, double spm) {
            return add(durationSeconds, (start, end) -> new TempoSegment.Steady(start, end, spm, Phase.NEW_STEP));
        }

        /** A linear ramp in time (tempo rises by the same spm every second). */
        public Builder ramp(double durationSeconds, double fromSpm, double toSpm) {
            Phase phase = phase();
            return add(durationSeconds, (start, end) -> new TempoSegment.Ramp(start, end, fromSpm, toSpm, phase));
        }

        public Builder silence(double durationSeconds) {
            return add(durationSeconds, TempoSegment.Silent::new);
        }

        private Phase phase() {
            return segments.isEmpty() ? Phase.NEW_STEP : Phase.CONTINUES;
        }

        /** Appends a segment ending at the running time rounded once; one shorter than a frame is dropped. */
        private Builder add(double durationSeconds, java.util.function.BiFunction<Long, Long, TempoSegment> make) {
            if (!(durationSeconds > 0)) {
                throw new IllegalArgumentException("segment duration must be positive, not " + durationSeconds);
            }
            seconds += durationSeconds;
            long end = format.frames(seconds);
            if (end > frame) {
                segments.add(make.apply(frame, end));
                frame = end;
            }
            return this;
        }

        /** Ends the map with a steady tempo that lasts until stopped. */
        public TempoMap forever(double spm) {
            segments.add(new TempoSegment.Steady(frame, TempoSegment.OPEN, spm, phase()));
            return build();
        }

        public TempoMap build() {
            return new TempoMap(format, segments);
        }
    }
}
