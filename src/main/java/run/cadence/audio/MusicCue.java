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
                out.add(cut(s, frame));
            }
        }
        out.add(new TempoSegment.Steady(frame, map.endFrame(), spm, TempoSegment.Phase.NEW_STEP));
        return new TempoMap(map.format(), out);
    }

    /** {@code s} up to {@code frame}: a ramp keeps its slope, so its beats stay where they were. */
    private static TempoSegment cut(TempoSegment s, long frame) {
        if (s instanceof TempoSegment.Ramp r) {
            double share = (frame - r.startFrame()) / (double) r.lengthFrames();
            return new TempoSegment.Ramp(r.startFrame(), frame, r.fromSpm(), r.fromSpm() + (r.toSpm() - r.fromSpm())
                    * share, r.phase());
        }
        if (s instanceof TempoSegment.Steady st) {
            return new TempoSegment.Steady(st.startFrame(), frame, st.spm(), st.phase());
        }
        return new TempoSegment.Silent(s.startFrame(), frame);
    }
}
