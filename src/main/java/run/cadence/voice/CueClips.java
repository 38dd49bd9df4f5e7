package run.cadence.voice;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every cue of a session as samples, made once before playback: the renderer only looks clips up, and
 * nothing is synthesised or decoded while the metronome plays. A phrase that recurs (each repeat's
 * "Walk, four minutes") is rendered once and shared.
 */
public final class CueClips {
    private final Map<Phrase, float[]> clips;
    private final int sampleRate;
    private final String speechName;

    private CueClips(Map<Phrase, float[]> clips, int sampleRate, String speechName) {
        this.clips = Collections.unmodifiableMap(clips);
        this.sampleRate = sampleRate;
        this.speechName = speechName;
    }

    /**
     * Renders each distinct phrase once, in first-seen order.
     *
     * @throws run.cadence.CadenceException from the speech, e.g. an unreadable recording (BAD_INPUT)
     */
    public static CueClips prepare(Speech speech, Collection<Phrase> phrases, int sampleRate) {
        Map<Phrase, float[]> clips = new LinkedHashMap<>();
        for (Phrase phrase : phrases) {
            if (!clips.containsKey(phrase)) {
                float[] clip = speech.render(phrase, sampleRate);
                if (clip.length == 0) {
                    throw new IllegalStateException(speech.name() + " rendered '" + phrase.text() + "' as nothing");
                }
                clips.put(phrase, clip);
            }
        }
        return new CueClips(clips, sampleRate, speech.name());
    }

    /**
     * The samples for a phrase; the array is shared, so callers read it and never write it.
     *
     * @throws IllegalArgumentException for a phrase that was not prepared (a bug in the caller)
     */
    public float[] clip(Phrase phrase) {
        float[] clip = clips.get(phrase);
        if (clip == null) {
            throw new IllegalArgumentException("cue '" + phrase.text() + "' (" + phrase.kind()
                    + ") was not prepared before playback");
        }
        return clip;
    }

    /** The distinct phrases, in the order first asked for. */
    public Set<Phrase> phrases() {
        return clips.keySet();
    }

    public int sampleRate() {
        return sampleRate;
    }

    /** Which speech made the clips, for the run summary. */
    public String speechName() {
        return speechName;
    }

    /** Length of a prepared phrase, e.g. to check it fits before the change it announces. */
    public double seconds(Phrase phrase) {
        return clip(phrase).length / (double) sampleRate;
    }
}
