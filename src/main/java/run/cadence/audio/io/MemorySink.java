package run.cadence.audio.io;

import java.util.Arrays;
import run.cadence.audio.AudioSink;
import run.cadence.audio.RenderFormat;

/**
 * Keeps rendered samples in memory exactly as a file or line would receive them (16-bit), for tests and for
 * comparing live and file output sample for sample. Can simulate lost frames (underruns) of a live line.
 */
public final class MemorySink implements AudioSink {
    private final RenderFormat format;
    private short[] samples = new short[1 << 16];
    private int size;
    private long pendingLoss;
    private long underruns;
    private long lost;
    private boolean finished;

    public MemorySink(RenderFormat format) {
        this.format = format;
    }

    @Override
    public RenderFormat format() {
        return format;
    }

    @Override
    public void write(float[] interleaved, int frames) {
        int count = frames * format.channels();
        if (size + count > samples.length) {
            samples = Arrays.copyOf(samples, Math.max(samples.length * 2, size + count));
        }
        for (int i = 0; i < count; i++) {
            samples[size++] = Pcm16.toShort(interleaved[i]);
        }
    }

    /** Pretends the device ran dry and dropped {@code frames} frames. */
    public void simulateUnderrun(long frames) {
        pendingLoss += frames;
        lost += frames;
        underruns++;
    }

    @Override
    public long takeFramesLost() {
        long lost = pendingLoss;
        pendingLoss = 0;
        return lost;
    }

    @Override
    public long underruns() {
        return underruns;
    }

    @Override
    public long lostFrames() {
        return lost;
    }

    @Override
    public void finish() {
        finished = true;
    }

    @Override
    public void close() {}

    public boolean finished() {
        return finished;
    }

    /** Interleaved 16-bit samples written so far. */
    public short[] samples() {
        return Arrays.copyOf(samples, size);
    }

    public int frames() {
        return size / format.channels();
    }
}
