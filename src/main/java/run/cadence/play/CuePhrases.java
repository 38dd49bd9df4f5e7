package run.cadence.play;

import java.util.LinkedHashSet;
import java.util.Set;
import run.cadence.session.Cue;
import run.cadence.session.CuePlan;
import run.cadence.session.SegmentKind;
import run.cadence.session.Timeline;
import run.cadence.voice.CueTone;
import run.cadence.voice.Phrase;

/** How a session's cues become the voice's phrases: the words, and the tone that stands for them under tones. */
public final class CuePhrases {
    private CuePhrases() {}

    /**
     * The distinct phrases the cues are spoken as, in first-use order: synthesize these (through
     * {@link run.cadence.voice.CueClips#prepare}) before playback.
     */
    public static Set<Phrase> distinct(Timeline timeline, CuePlan plan) {
        Set<Phrase> phrases = new LinkedHashSet<>();
        for (Cue cue : plan.cues()) {
            phrases.add(of(timeline, cue));
        }
        return phrases;
    }

    /** A cue as words with the tone that stands for it under {@code --no-voice}. */
    public static Phrase of(Timeline timeline, Cue cue) {
        return Phrase.of(tone(cue, timeline.segments().get(cue.segment()).kind()), cue.text());
    }

    /** How the voice engineer's tones map session cues (docs/voice.md). */
    static CueTone tone(Cue cue, SegmentKind segment) {
        return switch (cue.kind()) {
            case ANNOUNCE -> announceTone(segment);
            case HOLD, SET -> CueTone.STRENGTH;
            case REST -> CueTone.REST;
            case COUNTDOWN -> CueTone.COUNTDOWN;
            case HALFWAY -> CueTone.HALFWAY;
            case LAST_REPEAT -> CueTone.LAST_REPEAT;
            case REP_COUNT -> CueTone.REP;
            case SUMMARY -> CueTone.FINISH;
        };
    }

    private static CueTone announceTone(SegmentKind segment) {
        return switch (segment) {
            case RUN, MEDIUM, HARD, SPRINT -> CueTone.RUN;
            case WALK, EASY -> CueTone.WALK;
            case REST -> CueTone.REST;
            case GET_READY -> CueTone.STRENGTH;
            // Holds, sets and the rests between them are announced by HOLD, SET and REST cues, not ANNOUNCE.
            case HOLD, HOLD_REST, REPS, SET_REST -> CueTone.INFO;
        };
    }
}
