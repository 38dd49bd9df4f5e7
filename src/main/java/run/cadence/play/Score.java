package run.cadence.play;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import run.cadence.audio.CueTrack;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.TempoMap;
import run.cadence.audio.TempoSegment;
import run.cadence.audio.TempoSegment.Phase;
import run.cadence.session.Cue;
import run.cadence.session.CueAnchor;
import run.cadence.session.CuePlan;
import run.cadence.session.ResolvedCadence;
import run.cadence.session.Timeline;
import run.cadence.session.TimelineSegment;
import run.cadence.voice.CueClips;

/**
 * Everything a render plays, prepared and placed at frames before the first sample: the click grid (a tempo
 * map), the spoken cues, and where each step starts (for "skip to the next step"). A bare metronome is a score
 * of one step and no cues.
 *
 * <p>Every boundary comes from the timeline's own frames ({@link TimelineSegment#startFrame}), not from summed
 * lengths, so the engine's segments end exactly where the timeline says and a cue placed at a segment start
 * lands on the same frame as that segment's first click.
 *
 * <p>Music plugs in here: a time-stretched bed locked to {@link #tempo()}'s beat grid is one more prepared source
 * of a score, decoded and stretched before playback like the cue clips, and mixed by the {@link
 * run.cadence.audio.Renderer} after the clicks and cues, ducked under speech like the clicks are.
 *
 * @param sessionEndFrame where the last step ends; the map goes on past it for the summary cue (the tail)
 * @param stepStarts the first frame of every step, then {@code sessionEndFrame}, so skipping the last step
 *     still plays the summary
 */
public record Score(TempoMap tempo, CueTrack cues, long[] stepStarts, long sessionEndFrame) {
    /** Quiet after the last sound, so a player does not clip the summary's fade. */
    public static final double TAIL_PAD_SECONDS = 0.5;

    public Score {
        if (sessionEndFrame <= 0 || sessionEndFrame > tempo.endFrame()) {
            throw new IllegalArgumentException("the session end " + sessionEndFrame + " is outside the tempo map");
        }
        for (int i = 1; i < stepStarts.length; i++) {
            if (stepStarts[i] <= stepStarts[i - 1]) {
                throw new IllegalArgumentException("step starts must rise");
            }
        }
        stepStarts = stepStarts.clone();
    }

    /** A metronome: the whole map is one step, with no cues and no tail. It may be open-ended. */
    public static Score metronome(TempoMap tempo) {
        return new Score(tempo, CueTrack.NONE, new long[] {0, tempo.endFrame()}, tempo.endFrame());
    }

    @Override
    public long[] stepStarts() {
        return stepStarts.clone();
    }

    /** Frames of the whole render: the session and its tail. */
    public long totalFrames() {
        return tempo.endFrame();
    }

    /**
     * Maps a timeline, its cues and their prepared clips onto the engine.
     *
     * @throws IllegalArgumentException if the clips' rate differs from the format's, or a cue was not prepared
     */
    public static Score of(Timeline timeline, CuePlan plan, CueClips clips, RenderFormat format) {
        int rate = format.sampleRate();
        if (clips.sampleRate() != rate) {
            throw new IllegalArgumentException("cue clips are at " + clips.sampleRate() + " Hz, the session at "
                    + rate + " Hz");
        }
        List<TimelineSegment> segments = timeline.segments();
        List<TempoSegment> tempo = new ArrayList<>(segments.size() + 8);
        long[] stepStarts = new long[segments.size() + 1];
        int steps = 0;
        for (TimelineSegment s : segments) {
            long start = s.startFrame(rate);
            long end = s.endFrame(rate);
            if (end <= start) {
                continue; // shorter than a frame: nothing to hear
            }
            stepStarts[steps++] = start;
            addStep(tempo, s, start, end, rate);
        }
        long sessionEnd = timeline.totalFrames(rate);
        stepStarts[steps++] = sessionEnd;

        List<PlacedCue> placed = new ArrayList<>(plan.cues().size());
        long lastSound = sessionEnd;
        for (Cue cue : plan.cues()) {
            float[] clip = clips.clip(CuePhrases.of(timeline, cue));
            long anchor = cue.frame(rate);
            long first = cue.anchor() == CueAnchor.ENDS_AT ? Math.max(0, anchor - clip.length) : anchor;
            placed.add(new PlacedCue(first, clip));
            lastSound = Math.max(lastSound, first + clip.length);
        }
        // Stable: cues at the same frame keep the plan's order.
        placed.sort((a, b) -> Long.compare(a.frame, b.frame));
        long tailEnd = lastSound + format.frames(TAIL_PAD_SECONDS);
        tempo.add(silent(sessionEnd, tailEnd));

        long[] frames = new long[placed.size()];
        float[][] sounds = new float[placed.size()][];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = placed.get(i).frame;
            sounds[i] = placed.get(i).clip;
        }
        return new Score(new TempoMap(format, tempo), new CueTrack(frames, sounds), Arrays.copyOf(stepStarts, steps),
                sessionEnd);
    }

    /**
     * A step's tempo: its clicking part, then silence. A ramp spans the whole step even when its clicks stop
     * early; the clicking part ends where the ramp has got to by then.
     */
    private static void addStep(List<TempoSegment> tempo, TimelineSegment s, long start, long end, int rate) {
        long clickEnd = Math.min(s.clickEndFrame(rate), end);
        if (!s.clicks() || clickEnd <= start) {
            tempo.add(silent(start, end));
            return;
        }
        double share = s.clickLength().toNanos() / (double) s.length().toNanos();
        if (s.cadence() instanceof ResolvedCadence.Ramp r) {
            tempo.add(new TempoSegment.Ramp(start, clickEnd, r.startSpm(), r.spmAt(share), Phase.NEW_STEP));
        } else {
            tempo.add(new TempoSegment.Steady(start, clickEnd, s.cadence().startSpm(), Phase.NEW_STEP));
        }
        if (clickEnd < end) {
            tempo.add(silent(clickEnd, end));
        }
    }

    private static TempoSegment silent(long start, long end) {
        return new TempoSegment.Silent(start, end);
    }

    private record PlacedCue(long frame, float[] clip) {}

    @Override
    public boolean equals(Object o) {
        return o instanceof Score s && tempo.equals(s.tempo) && cues.equals(s.cues)
                && Arrays.equals(stepStarts, s.stepStarts) && sessionEndFrame == s.sessionEndFrame;
    }

    @Override
    public int hashCode() {
        return tempo.hashCode() * 31 + Arrays.hashCode(stepStarts);
    }

    @Override
    public String toString() {
        return "Score[" + tempo.segments().size() + " tempo segments, " + cues.size() + " cues, "
                + (stepStarts.length - 1) + " steps, end " + sessionEndFrame + "]";
    }
}
