package run.cadence.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import run.cadence.voice.CueVoice;
import run.cadence.voice.VoiceEngine;
import run.cadence.voice.VoiceSettings;

/**
 * The voice options shared by every command that speaks cues ({@code run}, {@code cue say}): add it
 * with {@code @Mixin VoiceOptions voice;} and call {@link #settings()}.
 */
public final class VoiceOptions {
    @Option(names = "--voice", paramLabel = "ENGINE", converter = VoiceEngineConverter.class,
            defaultValue = "freetts",
            description = "Speech engine: freetts (built in, offline; default) or espeak (needs espeak-ng installed).")
    VoiceEngine engine;

    @Option(names = "--no-voice", description = "Play a distinct tone per cue kind instead of words (wins over --voice).")
    boolean noVoice;

    @Option(names = "--cues", paramLabel = "DIR",
            description = "Folder of your own .wav recordings that replace phrases; 'cadence cue name TEXT' "
                    + "prints the file name a phrase needs.")
    Path cues;

    public VoiceSettings settings() {
        return new VoiceSettings(noVoice ? new CueVoice.Tones() : new CueVoice.Spoken(engine),
                Optional.ofNullable(cues));
    }
}
