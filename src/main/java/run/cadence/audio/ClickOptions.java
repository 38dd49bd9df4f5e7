package run.cadence.audio;

/**
 * How beats sound: accent every N steps (1 = none), alternate ears, click volume, and how far clicks
 * duck under speech.
 */
public record ClickOptions(int accentEvery, boolean alternateEars, float volume, float duckGain) {
    public static final ClickOptions DEFAULT = new ClickOptions(1, false, 0.8f, 0.3f);

    public ClickOptions {
        if (accentEvery < 1 || accentEvery > 64) {
            throw new IllegalArgumentException("accent must be every 1-64 steps, not " + accentEvery);
        }
        if (!(volume >= 0 && volume <= 1)) {
            throw new IllegalArgumentException("volume must be 0-100%");
        }
        if (!(duckGain >= 0 && duckGain <= 1)) {
            throw new IllegalArgumentException("duck gain must be 0-1");
        }
    }
}
