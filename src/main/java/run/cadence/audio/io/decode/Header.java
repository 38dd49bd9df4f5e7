package run.cadence.audio.io.decode;

/**
 * What a file's own header says, checked before any decoder sees the file: a header claiming 20,737 channels
 * once hung another command, so implausible values are refused here.
 *
 * @param sampleRate Hz, 8000-192000
 * @param channels 1-8
 */
public record Header(Container container, int sampleRate, int channels) {
    public static final int MIN_RATE = 8_000;
    public static final int MAX_RATE = 192_000;
    public static final int MAX_CHANNELS = 8;

    /** Builds a header, refusing values no real file has. */
    static Header checked(Container container, long sampleRate, long channels) throws Refusal {
        if (channels < 1 || channels > MAX_CHANNELS) {
            throw new Refusal("the " + container.label + " header claims " + channels + " channels (1-" + MAX_CHANNELS
                    + " are plausible); the file is damaged or not audio");
        }
        if (sampleRate < MIN_RATE || sampleRate > MAX_RATE) {
            throw new Refusal("the " + container.label + " header claims a sample rate of " + sampleRate + " Hz ("
                    + MIN_RATE + "-" + MAX_RATE + " are plausible); the file is damaged or not audio");
        }
        return new Header(container, (int) sampleRate, (int) channels);
    }
}
