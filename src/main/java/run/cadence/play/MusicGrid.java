package run.cadence.play;

import java.util.ArrayList;
import java.util.List;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.TempoMap;
import run.cadence.audio.TempoSegment;
import run.cadence.session.ResolvedCadence;
import run.cadence.session.Timeline;
import run.cadence.session.TimelineSegment;

/**
 * The grid music follows in a session: every step that has a cadence is on it for its whole length, even where its
 * clicks stop early (the planner's click fade fades the click, not the music); a step without a cadence (a walk
 * with no --walk-cadence, a rest) has no grid, and no music: there is no step rate to lock it to. Where a step has
 * clicks its beats are the click grid's own (same start, same tempo or ramp).
 */
final class MusicGrid {
    private MusicGrid() {}

    static TempoMap of(Timeline timeline, RenderFormat format, long totalFrames) {
        int rate = format.sampleRate();
        List<TempoSegment> segments = new ArrayList<>();
        long at = 0;
        for (TimelineSegment s : timeline.segments()) {
            long start = s.startFrame(rate);
            long end = s.endFrame(rate);
            if (end <= start) {
                continue;
            }
            ResolvedCadence c = s.cadence();
            if (c instanceof ResolvedCadence.Silent) {
                segments.add(new TempoSegment.Silent(start, end));
            } else if (c.startSpm() == c.endSpm()) {
                segments.add(new TempoSegment.Steady(start, end, c.startSpm(), TempoSegment.Phase.NEW_STEP));
            } else {
                segments.add(new TempoSegment.Ramp(start, end, c.startSpm(), c.endSpm(), TempoSegment.Phase.NEW_STEP));
            }
            at = end;
        }
        if (totalFrames > at) {
            segments.add(new TempoSegment.Silent(at, totalFrames));
        }
        return new TempoMap(format, segments);
    }
}
