package run.cadence.audio.io;

import java.io.IOException;
import run.cadence.audio.AudioSink;
import run.cadence.audio.RenderFormat;

/**
 * What the live outputs ({@link AlsaSink}, {@link LineSink}) share: 16-bit conversion into one reused buffer, the
 * {@link UnderrunCounter} made when the device starts and read around every block, and the silence it gives back
 * written before the next block. A subclass starts its device and plays bytes into it.
 */
abstract class CountedLiveSink implements AudioSink {
    protected final RenderFormat format;
    protected final int frameBytes;
    protected final int bufferFrames;
    /** The block being played, as 16-bit samples; render thread only. */
    protected final byte[] bytes;
    /** Made when the device starts; read by the status line's thread too. */
    private volatile UnderrunCounter underruns;

    CountedLiveSink(RenderFormat format, int bufferFrames, int maxBlockFrames) {
        this.format = format;
        this.frameBytes = 2 * format.channels();
        this.bufferFrames = bufferFrames;
        this.bytes = new byte[Math.max(maxBlockFrames, bufferFrames) * frameBytes];
    }

    /** Starts the device (its settling silence written) and makes the counter that reads it from then on. */
    protected abstract UnderrunCounter start() throws IOException;

    /** Plays the first {@code frames} frames of {@link #bytes}, blocking while the device is full. */
    protected abstract void play(int frames, UnderrunCounter counter) throws IOException;

    @Override
    public final RenderFormat format() {
        return format;
    }

    /** The buffer the device granted, in milliseconds. */
    public final double latencyMillis() {
        return bufferFrames * 1000.0 / format.sampleRate();
    }

    @Override
    public final void write(float[] interleaved, int frames) throws IOException {
        UnderrunCounter counter = underruns;
        if (counter == null) {
            counter = start();
            underruns = counter;
        }
        counter.beforeWrite();
        for (long back = counter.takeFramesGivenBack(); back > 0; ) {
            int n = (int) Math.min(back, bufferFrames);
            java.util.Arrays.fill(bytes, 0, n * frameBytes, (byte) 0);
            play(n, counter);
            back -= n;
        }
        Pcm16.encode(interleaved, frames * format.channels(), bytes);
        play(frames, counter);
        counter.afterWrite(frames);
    }

    /** Converts a block as {@link #write} would, without playing it: the JIT's warm-up before the device starts. */
    @Override
    public final void rehearse(float[] interleaved, int frames) {
        Pcm16.encode(interleaved, frames * format.channels(), bytes);
    }

    /** The counter, once the device has started; null before. */
    protected final UnderrunCounter counter() {
        return underruns;
    }

    @Override
    public final long takeFramesLost() {
        UnderrunCounter counter = underruns;
        return counter == null ? 0 : counter.takeFramesLost();
    }

    @Override
    public final long underruns() {
        UnderrunCounter counter = underruns;
        return counter == null ? 0 : counter.underruns();
    }

    @Override
    public final long lostFrames() {
        UnderrunCounter counter = underruns;
        return counter == null ? 0 : counter.lostFrames();
    }
}
