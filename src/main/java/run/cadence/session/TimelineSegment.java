package run.cadence.session;

import java.time.Duration;
import java.util.Optional;

/**
 * One stretch of the expanded session: from {@code start} (from the session start) for {@code length}.
 *
 * <p>The metronome clicks from the segment start for {@code clickLength} (zero when silent, the whole length
 * unless the step says {@code click 50%}). A ramp spans the whole segment even when clicks stop early.
 *
 * @param index position in the timeline, from 0
 * @param step the workout line this segment comes from
 * @param sectionIndex which section of the workout, from 0
 * @param section the section's name (may be empty)
 * @param repeat which pass through the section, from 1
 * @param repeats how many passes the section has
 * @param part which hold or set of a strength step this is, from 1 (1 for other steps)
 * @param parts how many holds or sets the strength step has (1 for other steps)
 */
public record TimelineSegment(int index, Duration start, Duration length, SegmentKind kind, ResolvedCadence cadence,
        Duration clickLength, Step step, int sectionIndex, String section, int repeat, int repeats, int part, int parts) {

    public TimelineSegment {
        if (index < 0 || start == null || start.isNegative() || length == null || length.isNegative()
                || length.isZero()) {
            throw new IllegalArgumentException("a segment needs a non-negative index and start and a positive length");
        }
        if (kind == null || cadence == null || step == null || section == null) {
            throw new IllegalArgumentException("a segment needs a kind, a cadence, a step and a section name");
        }
        if (clickLength == null || clickLength.isNegative() || clickLength.compareTo(length) > 0) {
            throw new IllegalArgumentException("clicks must last between zero and the segment's length");
        }
        if (cadence instanceof ResolvedCadence.Silent && !clickLength.isZero()) {
            throw new IllegalArgumentException("a silent segment cannot click");
        }
        if (sectionIndex < 0 || repeat < 1 || repeat > repeats || part < 1 || part > parts) {
            throw new IllegalArgumentException("repeat " + repeat + "/" + repeats + " or part " + part + "/" + parts
                    + " is out of range");
        }
    }

    public Duration end() {
        return start.plus(length);
    }

    public boolean clicks() {
        return !clickLength.isZero();
    }

    public Optional<String> note() {
        return step.note();
    }

    public long startFrame(int sampleRate) {
        return Frames.at(start, sampleRate);
    }

    /** Exclusive; equal to the next segment's {@link #startFrame}. */
    public long endFrame(int sampleRate) {
        return Frames.at(end(), sampleRate);
    }

    /** Exclusive: beats on or after this frame stay silent. Equal to {@link #startFrame} when silent. */
    public long clickEndFrame(int sampleRate) {
        return Frames.at(start.plus(clickLength), sampleRate);
    }
}
