package run.cadence.audio.io;

/**
 * What a sound file's header claims, refused if implausible before a single sample is read: a WAV claiming 20,737
 * channels sent javax.sound into an endless read (its frames were larger than any read it made) that grew to
 * 1.3 GB. Recordings, clicks and spoken cues are mono or stereo; eight channels leave room for any real file.
 *
 * @param channels as the header says
 * @param sampleRate frames per second
 * @param bitsPerSample 8, 16, 24, 32 or 64
 * @param frameBytes bytes per frame, all channels
 * @param frames frames in the data, negative when the header does not say (a stream)
 * @param fileBytes the file's size, negative when unknown
 * @throws IllegalArgumentException saying which claim is implausible
 */
public record SoundFileHeader(int channels, float sampleRate, int bitsPerSample, int frameBytes, long frames,
        long fileBytes) {
    public static final int MAX_CHANNELS = 8;
    public static final int MIN_RATE = 4000;
    public static final int MAX_RATE = 384_000;

    public SoundFileHeader {
        if (channels < 1 || channels > MAX_CHANNELS) {
            throw new IllegalArgumentException("the header claims " + channels + " channels; at most " + MAX_CHANNELS
                    + " are supported");
        }
        if (!(sampleRate >= MIN_RATE && sampleRate <= MAX_RATE)) {
            String rate = sampleRate == Math.rint(sampleRate) ? Long.toString((long) sampleRate) : Float.toString(sampleRate);
            throw new IllegalArgumentException("the header claims a sample rate of " + rate + " Hz, outside "
                    + MIN_RATE + "-" + MAX_RATE + " Hz");
        }
        if (bitsPerSample != 8 && bitsPerSample != 16 && bitsPerSample != 24 && bitsPerSample != 32
                && bitsPerSample != 64) {
            throw new IllegalArgumentException("the header claims " + bitsPerSample + "-bit samples; 8, 16, 24, 32 or"
                    + " 64 are supported");
        }
        if (frameBytes != channels * (bitsPerSample / 8)) {
            throw new IllegalArgumentException("the header claims " + frameBytes + " bytes per frame, where "
                    + channels + " channels of " + bitsPerSample + " bits take " + channels * (bitsPerSample / 8));
        }
        if (frames >= 0 && fileBytes >= 0 && frames * frameBytes > fileBytes) {
            throw new IllegalArgumentException("the header claims " + frames * frameBytes + " bytes of audio in a file"
                    + " of " + fileBytes + " bytes");
        }
    }
}
