package run.cadence.audio;

/**
 * A single-producer, single-consumer ring of interleaved frames, allocated once. The producer (a music feeder
 * thread) writes stretched music ahead; the render thread reads it. The two counters are the only shared state:
 * each side writes its own and reads the other's (volatile), so neither ever waits on a lock.
 */
public final class FloatRing {
    private final float[] data;
    private final int channels;
    private final int capacity;
    private volatile long written;
    private volatile long read;

    public FloatRing(int capacityFrames, int channels) {
        this.capacity = capacityFrames;
        this.channels = channels;
        this.data = new float[capacityFrames * channels];
    }

    public int capacity() {
        return capacity;
    }

    /** Frames the consumer can read now. */
    public int available() {
        return (int) (written - read);
    }

    /** Frames the producer can write now. */
    public int space() {
        return capacity - available();
    }

    /** Total frames ever written (the producer's position). */
    public long written() {
        return written;
    }

    /** Total frames ever read (the consumer's position). */
    public long read() {
        return read;
    }

    /** Producer: appends {@code frames} frames from {@code src} (must fit in {@link #space()}). */
    public void write(float[] src, int offsetFrames, int frames) {
        long w = written;
        for (int done = 0; done < frames; ) {
            int at = (int) ((w + done) % capacity);
            int n = Math.min(frames - done, capacity - at);
            System.arraycopy(src, (offsetFrames + done) * channels, data, at * channels, n * channels);
            done += n;
        }
        written = w + frames;
    }

    /**
     * Consumer (render thread, allocation-free): adds {@code frames} frames times {@code gain[f]} into {@code out}
     * at frame {@code outOffset}, as {@code outChannels} channels (stereo is averaged for mono output).
     */
    public void mixInto(float[] out, int outOffset, int frames, int outChannels, float[] gain) {
        long r = read;
        for (int f = 0; f < frames; f++) {
            int at = (int) ((r + f) % capacity) * channels;
            float g = gain[outOffset + f];
            int o = (outOffset + f) * outChannels;
            if (outChannels == 2) {
                out[o] += data[at] * g;
                out[o + 1] += data[at + channels - 1] * g;
            } else {
                out[o] += (data[at] + data[at + channels - 1]) * 0.5f * g;
            }
        }
        read = r + frames;
    }

    /** Consumer: drops {@code frames} frames unheard. */
    public void skip(int frames) {
        read = read + frames;
    }

    /** Both sides idle (between tracks): forget everything. */
    public void reset() {
        read = 0;
        written = 0;
    }
}
