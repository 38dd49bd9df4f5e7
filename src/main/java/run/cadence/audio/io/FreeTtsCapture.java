package run.cadence.audio.io;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;

/**
 * FreeTTS's audio player as a memory sink: collects whatever FreeTTS "plays", and every timing and device call
 * is a no-op, so FreeTTS never opens a sound line. Here rather than in {@code voice} because FreeTTS describes
 * its samples with a Java Sound format, and only this package touches Java Sound.
 */
public final class FreeTtsCapture implements AudioPlayer {
    private final ByteArrayOutputStream collected = new ByteArrayOutputStream(1 << 16);
    private AudioFormat format;
    private float volume = 1f;

    /** Bytes captured since the last {@link #clear()}. */
    public int size() {
        return collected.size();
    }

    /**
     * What was captured, mixed down to mono at the rate FreeTTS spoke it (16 kHz, 16-bit big-endian today).
     *
     * @throws SampleFiles.Refused when the format FreeTTS announced cannot be converted
     */
    public SampleFiles.Mono captured() throws IOException, SampleFiles.Refused {
        long frames = collected.size() / format.getFrameSize();
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(collected.toByteArray()), format,
                frames)) {
            return SampleFiles.read(in, Double.POSITIVE_INFINITY, -1);
        }
    }

    @Override
    public void setAudioFormat(AudioFormat format) {
        this.format = format;
    }

    @Override
    public AudioFormat getAudioFormat() {
        return format;
    }

    /** Forgets what was captured, before the next phrase. */
    public void clear() {
        collected.reset();
    }

    /** FreeTTS calls this between its own steps; the capture is cleared only by {@link #clear()}. */
    @Override
    public void reset() {}

    @Override
    public boolean write(byte[] audioData) {
        return write(audioData, 0, audioData.length);
    }

    @Override
    public boolean write(byte[] bytes, int offset, int size) {
        collected.write(bytes, offset, size);
        return true;
    }

    @Override
    public void pause() {}

    @Override
    public void resume() {}

    @Override
    public boolean drain() {
        return true;
    }

    @Override
    public void begin(int size) {}

    @Override
    public boolean end() {
        return true;
    }

    @Override
    public void cancel() {}

    @Override
    public void close() {}

    @Override
    public float getVolume() {
        return volume;
    }

    @Override
    public void setVolume(float volume) {
        this.volume = volume;
    }

    @Override
    public long getTime() {
        return 0;
    }

    @Override
    public void resetTime() {}

    @Override
    public void startFirstSampleTimer() {}

    @Override
    public void showMetrics() {}
}
