package run.cadence.voice;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How cues are made audible, as chosen on the command line: a voice engine or tones, optionally
 * overridden phrase by phrase from the runner's cue folder.
 */
public record VoiceSettings(VoiceEngine engine, boolean tones, Optional<Path> cueFolder) {
    public static final VoiceSettings DEFAULT = new VoiceSettings(VoiceEngine.FREETTS, false, Optional.empty());

    public VoiceSettings {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(cueFolder, "cueFolder");
    }

    /**
     * The speech to prepare cues with; close it once {@link CueClips} are made.
     *
     * @throws run.cadence.CadenceException BAD_INPUT if the cue folder does not exist
     */
    public Speech open() {
        Speech base = tones ? new CueTones() : engine.open();
        return cueFolder.<Speech>map(folder -> new CueFolderSpeech(folder, base)).orElse(base);
    }
}
