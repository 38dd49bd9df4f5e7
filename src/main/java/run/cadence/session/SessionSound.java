package run.cadence.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import run.cadence.audio.CueTrack;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.TempoMap;
import run.cadence.audio.TempoSegment;
import run.cadence.voice.CueClips;
import run.cadence.voice.CueTone;
import run.cadence.voice.Phrase;

/**
 * A compiled session as the audio engine plays it: the beat plan, the spoken cues at their frames, and where
 * each step starts (for "skip to the next step").
 *
 * <p>Every boundary comes from the timeline's own frames ({@link TimelineSegment#startFrame}), not from summed
 * lengths, so the engine's segments end exactly where the timeline says and a cue placed at a segment start
 * lands on the same frame as that segment's first click.
 *
 * @param sessionEndFrame where the last step ends; the map goes on past it for the summary cue (the tail)
 * @param stepStarts the first frame of every step, then {@code sessionEndFrame}, so skipping the last step
 *     still plays the summary
 */
public record SessionSound(TempoMap tempo, CueTrack cues, long[] stepStarts, long sessionEndFrame) {
    /** Quiet after the last sound, so a player does not clip the summary's fade. */
    public static final double TAIL_PAD_SECONDS = 0.5;

    public SessionSound {
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

    @Override
    public long[] stepStarts() {
        return stepStarts.clone();
    }

    /** Frames of the whole render: the session and its tail. */
    public long totalFrames() {
        return tempo.endFrame();
    }

    /**
     * The distinct phrases the cues are spoken as, in first-use order: synthesize these (through {@link
     * CueClips#prepare}) before playback.
     */
    public static Set<Phrase> distinctPhrases(Timeline timeline, CuePlan plan) {
        Set<Phrase> phrases = new LinkedHashSet<>();
        for (Cue cue : plan.cues()) {
            phrases.add(phrase(timeline, cue));
        }
        return phrases;
    }

    /** A cue as words with the tone that stands for it under {@code --no-voice}. */
    public static Phrase phrase(Timeline timeline, Cue cue) {
        return Phrase.of(tone(cue, timeline.segments().get(cue.segment()).kind()), cue.text());
    }

    /** How the voice engineer's tones map session cues (docs/voice.md). */
    static CueTone tone(Cue cue, SegmentKind segment) {
        switch (cue.kind()) {
            case ANNOUNCE:
                return announceTone(segment);
            case HOLD:
            case SET:
                return CueTone.STRENGTH;
            case REST:
                return CueTone.REST;
            case COUNTDOWN:
                return CueTone.COUNTDOWN;
            case HALFWAY:
                return CueTone.HALFWAY;
            case LAST_REPEAT:
                return CueTone.LAST_REPEAT;
            case REP_COUNT:
                return CueTone.REP;
            case SUMMARY:
                return CueTone.FINISH;
            default:
                return CueTone.INFO;
        }
    }

    private static CueTone announceTone(SegmentKind segment) {
        switch (segment) {
            case RUN:
            case MEDIUM:
            case HARD:
            case SPRINT:
                return CueTone.RUN;
            case WALK:
            case EASY:
                return CueTone.WALK;
            case REST:
                return CueTone.REST;
            case GET_READY:
                return CueTone.STRENGTH;
            default:
                return CueTone.INFO;
        }
    }

    /**
     * Maps a timeline, its cues and their prepared clips onto the engine.
     *
     * @throws IllegalArgumentException if the clips' rate differs from the format's, or a cue was not prepared
     */
    public static SessionSound of(Timeline timeline, CuePlan plan, CueClips clips, RenderFormat format) {
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
            long clickEnd = Math.min(s.clickEndFrame(rate), end);
            if (s.clicks() && clickEnd > start) {
                ResolvedCadence c = s.cadence();
                // A ramp spans the whole step even when its clicks stop early; the clicking part ends where the
                // ramp has got to by then.
                double share = s.clickLength().toNanos() / (double) s.length().toNanos();
                tempo.add(new TempoSegment(start, clickEnd, c.startSpm(), c.spmAt(share), true, true));
                if (clickEnd < end) {
                    tempo.add(silent(clickEnd, end));
                }
            } else {
                tempo.add(silent(start, end));
            }
        }
        long sessionEnd = timeline.totalFrames(rate);
        stepStarts[steps++] = sessionEnd;

        List<PlacedCue> placed = new ArrayList<>(plan.cues().size());
        long lastSound = sessionEnd;
        for (Cue cue : plan.cues()) {
            float[] clip = clips.clip(phrase(timeline, cue));
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
        return new SessionSound(new TempoMap(format, tempo), new CueTrack(frames, sounds),
                Arrays.copyOf(stepStarts, steps), sessionEnd);
    }

    private static TempoSegment silent(long start, long end) {
        return new TempoSegment(start, end, 0, 0, false, false);
    }

    private record PlacedCue(long frame, float[] clip) {}

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionSound s && tempo.equals(s.tempo) && cues.equals(s.cues)
                && Arrays.equals(stepStarts, s.stepStarts) && sessionEndFrame == s.sessionEndFrame;
    }

    @Override
    public int hashCode() {
        return tempo.hashCode() * 31 + Arrays.hashCode(stepStarts);
    }

    @Override
    public String toString() {
        return "SessionSound[" + tempo.segments().size() + " tempo segments, " + cues.size() + " cues, "
                + (stepStarts.length - 1) + " steps, end " + sessionEndFrame + "]";
    }
}
