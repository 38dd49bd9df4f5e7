package run.cadence.session;

import java.time.Duration;

/**
 * One spoken phrase: {@code text}, placed so that it {@code anchor}s at {@code at} on the timeline.
 *
 * @param segment the index of the timeline segment the cue belongs to (the one it announces or counts in)
 */
public record Cue(CueKind kind, Duration at, CueAnchor anchor, String text, int segment) {
    public Cue {
        if (kind == null || at == null || at.isNegative() || anchor == null || text == null || text.isBlank()
                || segment < 0) {
            throw new IllegalArgumentException("a cue needs a kind, a non-negative time, an anchor, text and a segment");
        }
    }

    /** Speech rate the cue plan assumes when it keeps phrases apart: FreeTTS's default of 150 words a minute. */
    public static final double WORDS_PER_SECOND = 2.5;

    /**
     * A generous estimate of how long the phrase takes to say, used only to keep cues from talking over each
     * other; the renderer places the real audio by {@link #anchor}.
     */
    public Duration estimatedLength() {
        return estimatedLength(text);
    }

    static Duration estimatedLength(String text) {
        int words = text.strip().split("[\\s,.;:]+").length;
        return Duration.ofMillis(Math.round(words / WORDS_PER_SECOND * 1000) + 500);
    }

    /** The anchor frame: where the phrase's first sample goes (STARTS_AT) or where its last one ends (ENDS_AT). */
    public long frame(int sampleRate) {
        return Frames.at(at, sampleRate);
    }
}
