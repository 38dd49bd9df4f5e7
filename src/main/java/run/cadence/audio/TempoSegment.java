package run.cadence.audio;

/**
 * A stretch of the tempo plan from {@code startFrame} (inclusive) to {@code endFrame} (exclusive): a steady
 * tempo, a ramp that changes linearly in time, or silence (a walk without metronome).
 */
public sealed interface TempoSegment permits TempoSegment.Steady, TempoSegment.Ramp, TempoSegment.Silent {
    /** An open end: the segment lasts until the runner stops. */
    long OPEN = Long.MAX_VALUE;

    long startFrame();

    long endFrame();

    default long lengthFrames() {
        return endFrame() - startFrame();
    }

    /** Where a clicking segment's first beat falls. */
    enum Phase {
        /** On its first frame: a new step of a session starts on a click. */
        NEW_STEP,
        /** Where the beat phase of the segment before leads: a ramp flows into the steady tempo after it. */
        CONTINUES
    }

    /** One tempo throughout; the only kind that may be open-ended. */
    record Steady(long startFrame, long endFrame, double spm, Phase phase) implements TempoSegment {
        public Steady {
            checkFrames(startFrame, endFrame);
            checkSpm(spm);
            if (phase == null) {
                throw new IllegalArgumentException("a steady segment needs a phase");
            }
        }
    }

    /** From {@code fromSpm} at the start to {@code toSpm} at the end, rising or falling by the same spm a second. */
    record Ramp(long startFrame, long endFrame, double fromSpm, double toSpm, Phase phase) implements TempoSegment {
        public Ramp {
            checkFrames(startFrame, endFrame);
            checkSpm(fromSpm);
            checkSpm(toSpm);
            if (endFrame == OPEN) {
                throw new IllegalArgumentException("an open-ended segment cannot ramp");
            }
            if (phase == null) {
                throw new IllegalArgumentException("a ramp needs a phase");
            }
        }
    }

    /** No clicks; the beat phase starts afresh after it. */
    record Silent(long startFrame, long endFrame) implements TempoSegment {
        public Silent {
            checkFrames(startFrame, endFrame);
        }
    }

    private static void checkFrames(long startFrame, long endFrame) {
        if (startFrame < 0 || endFrame <= startFrame) {
            throw new IllegalArgumentException("segment frames " + startFrame + ".." + endFrame + " are empty");
        }
    }

    private static void checkSpm(double spm) {
        if (!(spm >= run.cadence.Cadence.MIN && spm <= run.cadence.Cadence.MAX)) {
            throw new IllegalArgumentException("segment tempo " + spm + " spm is outside 40-250");
        }
    }
}
