package run.cadence.audio;

/**
 * How music is mixed: its volume, how far it ducks under spoken cues, how many grid steps a crossfade lasts.
 *
 * @param volume 0-1, on top of each track's level matching
 * @param duckGain 0-1, the music's gain while a cue speaks
 */
public record MusicSettings(float volume, float duckGain, int crossfadeSteps) {
    public static final MusicSettings DEFAULT = new MusicSettings(0.8f, 0.25f, 16);

    public MusicSettings {
        if (!(volume >= 0 && volume <= 1) || !(duckGain >= 0 && duckGain <= 1)) {
            throw new IllegalArgumentException("music volume and duck gain must be 0-100%");
        }
        if (crossfadeSteps < 1 || crossfadeSteps > 256) {
            throw new IllegalArgumentException("a crossfade lasts 1-256 steps, not " + crossfadeSteps);
        }
    }
}
