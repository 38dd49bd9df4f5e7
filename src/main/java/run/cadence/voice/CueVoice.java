package run.cadence.voice;

import java.util.Objects;

/** What a cue sounds like: words from a speech engine, or a tone per kind of cue ({@code --no-voice}). */
public sealed interface CueVoice permits CueVoice.Spoken, CueVoice.Tones {
    /** The speech that makes this voice's clips; the caller closes it. */
    Speech open();

    /** Spoken by {@code engine}. */
    record Spoken(VoiceEngine engine) implements CueVoice {
        public Spoken {
            Objects.requireNonNull(engine, "engine");
        }

        @Override
        public Speech open() {
            return engine.open();
        }
    }

    /** A distinct tone for each kind of cue instead of words. */
    record Tones() implements CueVoice {
        @Override
        public Speech open() {
            return new CueTones();
        }
    }
}
