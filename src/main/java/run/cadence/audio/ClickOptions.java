package run.cadence.audio;

/**
 * How beats sound: accent every N steps (1 = none), which ears, click volume, and how far clicks duck under speech.
 */
public record ClickOptions(int accentEvery, Pan pan, float volume, float duckGain) {
    public static final ClickOptions DEFAULT = new ClickOptions(1, Pan.CENTER, 0.8f, 0.3f);

    public ClickOptions {
        if (pan == null) {
            throw new IllegalArgumentException("clicks need a pan");
        }
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
