package run.cadence.voice;

import java.util.Arrays;
import java.util.Locale;

/** The synthesisers a runner can pick with {@code --voice}. */
public enum VoiceEngine {
    /** Built in, pure Java, offline: FreeTTS kevin16. */
    FREETTS,
    /** The system's espeak-ng, if installed: clearer at speed, many languages. */
    ESPEAK;

    public Speech open() {
        return this == ESPEAK ? new EspeakSpeech() : new FreeTtsSpeech();
    }

    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses an engine's name, case-insensitively; {@code espeak-ng} is accepted for espeak.
     *
     * @throws VoiceProblem.UnknownEngine naming the engines there are
     */
    public static VoiceEngine parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        if (key.equals("espeak-ng")) {
            return ESPEAK;
        }
        for (VoiceEngine engine : values()) {
            if (engine.optionValue().equals(key)) {
                return engine;
            }
        }
        throw new VoiceProblem.UnknownEngine(text, Arrays.stream(values()).map(VoiceEngine::optionValue).toList());
    }
}
