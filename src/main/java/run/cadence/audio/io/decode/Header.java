package run.cadence.audio.io.decode;

import java.util.Locale;

/**
 * What a file's own header says, checked before any decoder sees the file: a header claiming 20,737 channels
 * once hung another command, so implausible values are refused here.
 *
 * @param sampleRate Hz, 8000-192000
 * @param channels 1-8
 * @param audioOffset where the audio starts in the file: after an MP3's ID3 tag, else 0
 */
public record Header(Container container, int sampleRate, int channels, long audioOffset) {
    public static final int MIN_RATE = 8_000;
    public static final int MAX_RATE = 192_000;
    public static final int MAX_CHANNELS = 8;

    public Header(Container container, int sampleRate, int channels) {
        this(container, sampleRate, channels, 0);
    }

    /** Builds a header, refusing values no real file has; {@code sampleRate} as the file states it, any value. */
    static Header checked(Container container, double sampleRate, long channels) throws Refusal {
        if (channels < 1 || channels > MAX_CHANNELS) {
            throw new Refusal("the " + container.label + " header claims " + channels + " channels (1-" + MAX_CHANNELS
                    + " are plausible); the file is damaged or not audio");
        }
        if (!(sampleRate >= MIN_RATE && sampleRate <= MAX_RATE)) {
            throw implausibleRate(container, rate(sampleRate));
        }
        return new Header(container, (int) Math.round(sampleRate), (int) channels, 0);
    }

    /** {@code claimed}: "a sample rate of 1000000 Hz", "an infinite sample rate". */
    static Refusal implausibleRate(Container container, String claimed) {
        return new Refusal("the " + container.label + " header claims " + claimed + " (" + MIN_RATE + "-" + MAX_RATE
                + " are plausible); the file is damaged or not audio");
    }

    /** The same header, its audio starting {@code offset} bytes into the file. */
    Header startingAt(long offset) {
        return new Header(container, sampleRate, channels, offset);
    }

    /** "a sample rate of 4294967295 Hz", "... of 1.19e+4932 Hz", "an infinite sample rate". */
    static String rate(double hz) {
        if (Double.isNaN(hz)) {
            return "a sample rate that is not a number";
        }
        if (Double.isInfinite(hz)) {
            return "an infinite sample rate";
        }
        boolean whole = hz == Math.rint(hz) && Math.abs(hz) < 1e15;
        return "a sample rate of " + (whole ? String.format(Locale.ROOT, "%.0f", hz)
                : String.format(Locale.ROOT, "%.3g", hz)) + " Hz";
    }
}
