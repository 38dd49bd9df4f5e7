package run.cadence.cli;

import java.util.concurrent.locks.LockSupport;
import run.cadence.audio.AudioSink;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.io.MemorySink;

/**
 * A memory sink that takes samples at {@code speed} times real time, as a sound card would at 1x: a test that
 * presses a key while playing then has time to, on a busy machine too, while the test still runs quickly.
 */
final class PacedSink implements AudioSink {
    final MemorySink memory;
    private final double speed;

    PacedSink(RenderFormat format, double speed) {
        this.memory = new MemorySink(format);
        this.speed = speed;
    }

    @Override
    public RenderFormat format() {
        return memory.format();
    }

    @Override
    public void write(float[] interleaved, int frames) {
        memory.write(interleaved, frames);
        LockSupport.parkNanos((long) (frames * 1e9 / memory.format().sampleRate() / speed));
    }

    @Override
    public void finish() {
        memory.finish();
    }

    @Override
    public void close() {}
}
