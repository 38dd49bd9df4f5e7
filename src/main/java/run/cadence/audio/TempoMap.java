package run.cadence.audio;

import java.util.ArrayList;
import java.util.List;

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

        public Builder steady(double durationSeconds, double spm) {
            return add(durationSeconds, spm, spm, true, segments.isEmpty());
        }

        /** A linear ramp in time (tempo rises by the same spm every second). */
        public Builder ramp(double durationSeconds, double fromSpm, double toSpm) {
            return add(durationSeconds, fromSpm, toSpm, true, segments.isEmpty());
        }

        public Builder silence(double durationSeconds) {
            return add(durationSeconds, 0, 0, false, false);
        }

        /**
         * Adds a segment; {@code restartPhase} puts a beat on its first frame (a new step of a session).
         */
        public Builder add(double durationSeconds, double fromSpm, double toSpm, boolean clicks, boolean restartPhase) {
            if (!(durationSeconds > 0)) {
                throw new IllegalArgumentException("segment duration must be positive, not " + durationSeconds);
            }
            seconds += durationSeconds;
            long end = format.frames(seconds);
            if (end > frame) {
                segments.add(new TempoSegment(frame, end, fromSpm, toSpm, clicks, restartPhase));
                frame = end;
            }
            return this;
        }

        /** Ends the map with a steady tempo that lasts until stopped. */
        public TempoMap forever(double spm) {
            segments.add(new TempoSegment(frame, TempoSegment.OPEN, spm, spm, true, segments.isEmpty()));
            return build();
        }

        public TempoMap build() {
            return new TempoMap(format, segments);
        }
    }
}
