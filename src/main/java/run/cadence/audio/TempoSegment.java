package run.cadence.audio;

/**
 * A stretch of the tempo plan: from {@code startFrame} (inclusive) to {@code endFrame} (exclusive), tempo
 * rising or falling linearly in time from {@code startSpm} to {@code endSpm}. {@code clicks} false is a
 * silent stretch (a walk without metronome). {@code restartPhase} puts a beat exactly on the first frame
 * (a run step starts on a click); otherwise the beat phase carries on from the segment before, so a ramp
 * flows into the steady tempo after it without a doubled click.
 */
public record TempoSegment(long startFrame, long endFrame, double startSpm, double endSpm, boolean clicks,
        boolean restartPhase) {
    /** An open end: the segment lasts until the runner stops. */
    public static final long OPEN = Long.MAX_VALUE;

    public TempoSegment {
        if (startFrame < 0 || endFrame <= startFrame) {
            throw new IllegalArgumentException("segment frames " + startFrame + ".." + endFrame + " are empty");
        }
        if (clicks && !(validSpm(startSpm) && validSpm(endSpm))) {
            throw new IllegalArgumentException("segment tempo " + startSpm + "-" + endSpm + " spm is outside 40-250");
        }
        if (endFrame == OPEN && startSpm != endSpm) {
            throw new IllegalArgumentException("an open-ended segment cannot ramp");
        }
    }

    private static boolean validSpm(double spm) {
        return spm >= run.cadence.Cadence.MIN && spm <= run.cadence.Cadence.MAX;
    }

    public boolean ramps() {
        return startSpm != endSpm;
    }

    public long lengthFrames() {
        return endFrame - startFrame;
    }
}
