package run.cadence.voice;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import run.cadence.CadenceException;

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

    /** Parses {@code --voice} values, case-insensitively; {@code espeak-ng} is accepted for espeak. */
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
        throw CadenceException.badInput("unknown voice '" + text + "': expected one of "
                + Arrays.stream(values()).map(VoiceEngine::optionValue).collect(Collectors.joining(", "))
                + " (or --no-voice for tones)");
    }
}
