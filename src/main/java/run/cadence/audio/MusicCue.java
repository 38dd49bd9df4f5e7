package run.cadence.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * A request from the render thread that the music start again from a frame: the timeline jumped (a skipped step),
 * the grid's tempo changed (a live +/-: the same track goes on, re-stretched), or the runner skipped the track.
 * The render thread writes the fields and then the volatile {@link #count}; the feeder reads {@link #count} first.
 * Requests come at a human pace, so the rare case of one overwriting another being read is harmless: the later
 * request wins.
 */
public final class MusicCue {
    static final int JUMP = 1;
    static final int RETEMPO = 2;
    static final int NEXT_TRACK = 3;

    int kind;
    long frame;
    double spm;
    volatile int count;

    /** Render thread, allocation-free. */
    void request(int what, long at, double tempo) {
        kind = what;
        frame = at;
        spm = tempo;
        count = count + 1;
    }

    /**
     * The map that the render thread's cursor now follows: unchanged before {@code frame} (a ramp cut there keeps
     * its slope, so its beats are the same), then a steady {@code spm} with a beat on {@code frame}, to the end.
     */
    public static TempoMap retimed(TempoMap map, long frame, double spm) {
        List<TempoSegment> out = new ArrayList<>();
        for (TempoSegment s : map.segments()) {
            if (s.endFrame() <= frame) {
                out.add(s);
            } else if (s.startFrame() < frame) {
                double share = (frame - s.startFrame()) / (double) s.lengthFrames();
                double at = s.endFrame() == TempoSegment.OPEN ? s.startSpm()
                        : s.startSpm() + (s.endSpm() - s.startSpm()) * share;
                out.add(new TempoSegment(s.startFrame(), frame, s.startSpm(), s.clicks() ? at : s.endSpm(),
                        s.clicks(), s.restartPhase()));
            }
        }
        out.add(new TempoSegment(frame, map.endFrame(), spm, spm, true, true));
        return new TempoMap(map.format(), out);
    }
}
