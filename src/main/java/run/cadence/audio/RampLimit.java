package run.cadence.audio;

/**
 * Keeps a track within its stretch limit while a ramp moves the grid's tempo under it: a track chosen at the
 * ramp's start would otherwise be stretched to wherever the ramp ends (164 BPM music at 180 spm). Producer side.
 */
final class RampLimit {
    private RampLimit() {}

    /**
     * The last step from {@code first} to {@code last} whose tempo {@code track} may still be stretched to. The
     * tempo only rises or falls along a stretch of grid (a ramp into its steady part), so a bisection finds it.
     */
    static long lastFittingStep(TempoMap map, Setlist setlist, MusicTrack track, long first, long last) {
        if (fitsAt(map, setlist, track, last)) {
            return last;
        }
        long lo = first;
        long hi = last;
        while (hi - lo > 1) {
            long mid = (lo + hi) >>> 1;
            if (fitsAt(map, setlist, track, mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean fitsAt(TempoMap map, Setlist setlist, MusicTrack track, long step) {
        GridLock at = new GridLock(map);
        long frame = at.frameOfStep(step);
        return frame == Long.MAX_VALUE || setlist.fits(track, at.phaseTempo(frame));
    }
}
