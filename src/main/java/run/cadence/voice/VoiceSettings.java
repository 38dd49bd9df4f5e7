package run.cadence.voice;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How cues are made audible, as chosen on the command line: a voice engine or tones, optionally
 * overridden phrase by phrase from the runner's cue folder.
 */
public record VoiceSettings(CueVoice voice, Optional<Path> cueFolder) {
    public static final VoiceSettings DEFAULT = new VoiceSettings(new CueVoice.Spoken(VoiceEngine.FREETTS),
            Optional.empty());

    public VoiceSettings {
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(cueFolder, "cueFolder");
    }

    /**
     * The speech to prepare cues with; close it once {@link CueClips} are made.
     *
     * @throws run.cadence.CadenceException BAD_INPUT if the cue folder does not exist
     */
    public Speech open() {
        Speech base = voice.open();
        return cueFolder.<Speech>map(folder -> new CueFolderSpeech(folder, base)).orElse(base);
    }
}
