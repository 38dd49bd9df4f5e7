package run.cadence.audio.io;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import run.cadence.audio.RenderFormat;

/**
 * Live output straight through libasound, the way {@code aplay} plays: four periods in the buffer, the render thread
 * woken by the device when there is room, and an underrun told by the device itself ({@code -EPIPE}).
 *
 * <p>Why not only Java Sound's {@link LineSink}: measured through PulseAudio's ALSA plug-in (README, "Live latency,
 * measured"), Java Sound's ALSA client keeps two periods for any buffer up to 1,024 frames and waits for room on a
 * 1 ms timer, so at 10-15 ms a stall of the server's answers ran its line dry where aplay's did not, and each
 * recovery cost a new PulseAudio stream. Linux only, through JNA; {@link LiveOutputs} falls back to Java Sound.
 *
 * <p>Underruns are counted by the same {@link UnderrunCounter} as Java Sound's, from the device's readings (its free
 * space gives the position, as Java Sound's does) and from {@code -EPIPE}, which the readings alone can miss:
 * libasound recovers inside the write.
 */
public final class AlsaSink extends CountedLiveSink {
    /** Names an ALSA PCM on {@code --device}: {@code alsa:default}, {@code alsa:pulse}, {@code alsa:hw:0}. */
    public static final String PREFIX = "alsa:";

    /** How long one wait for room lasts before the thread looks whether it was told to stop. */
    private static final int WAIT_MILLIS = 100;
    /** How long {@link #close()} waits for the render thread to leave libasound before freeing the device. */
    private static final long CLOSE_WAIT_MILLIS = 1000;
    /** How long the render thread stands back when the device woke it for room and then took nothing. */
    private static final long SPURIOUS_WAKE_BACKOFF_NANOS = 1_000_000;

    private final Pcm pcm;
    private final LongSupplier nanoClock;
    /** Held around every libasound call, so the device is never freed under a call in progress. */
    private final ReentrantLock inDevice = new ReentrantLock();
    private volatile boolean closing;
    /** The device has been freed; read and written under {@link #inDevice}. */
    private boolean closed;
    /** Frames the device has accepted, the settling silence included. Render thread only. */
    private long written;
    /** {@link #written} when the device last recovered from an underrun: it had played all of them. */
    private long restartedAt;

    /**
     * Opens the ALSA PCM {@code name}.
     *
     * @throws AudioOutputProblem.NoLine when libasound is missing or the device refuses
     */
    public AlsaSink(RenderFormat format, String name, double latencyMillis, int maxBlockFrames) {
        this(format, AlsaPcm.open(name, format, latencyMillis, maxBlockFrames), maxBlockFrames, System::nanoTime);
    }

    /** Plays into {@code pcm}, already open; tests give a scripted one and a clock. */
    AlsaSink(RenderFormat format, Pcm pcm, int maxBlockFrames, LongSupplier nanoClock) {
        super(format, pcm.bufferFrames(), maxBlockFrames);
        this.pcm = pcm;
        this.nanoClock = nanoClock;
    }

    /** The device starts once its buffer is full: the settling silence (see {@link LineSink#SETTLE_MILLIS}). */
    @Override
    protected UnderrunCounter start() throws IOException {
        long total = Math.max(bufferFrames, Math.round(LineSink.SETTLE_MILLIS / 1000.0 * format.sampleRate()));
        java.util.Arrays.fill(bytes, 0, bufferFrames * frameBytes, (byte) 0);
        while (written < total) {
            play((int) Math.min(bufferFrames, total - written), null);
        }
        return new UnderrunCounter(readout(), format.sampleRate(), nanoClock, written);
    }

    private LineReadout readout() {
        return new LineReadout() {
            @Override
            public long framePosition() {
                inDevice.lock();
                try {
                    return closed ? written : position();
                } finally {
                    inDevice.unlock();
                }
            }

            private long position() {
                if (pcm.state() == Alsa.STATE_PREPARED) {
                    // Refilling after an underrun: nothing written since has played. PulseAudio's plug-in reports
                    // a fresh, empty ring here, which would read as a second underrun at once.
                    return restartedAt;
                }
                // What left the ring (as Java Sound computes its position), not snd_pcm_delay: PulseAudio's
                // plug-in answers a delay with the server's latency estimate, which it may wait for (a stall of
                // the render thread) and which jumped by hundreds of frames across a new stream.
                long avail = pcm.avail();
                return avail < 0 ? written : written - Math.max(0, bufferFrames - Math.min(avail, bufferFrames));
            }

            @Override
            public int availableFrames() {
                inDevice.lock();
                try {
                    if (closed) {
                        return 0;
                    }
                    if (pcm.state() == Alsa.STATE_PREPARED) {
                        return (int) Math.max(0, bufferFrames - (written - restartedAt));
                    }
                    long avail = pcm.avail();
                    return avail < 0 ? bufferFrames : (int) Math.min(avail, Integer.MAX_VALUE);
                } finally {
                    inDevice.unlock();
                }
            }

            @Override
            public int bufferFrames() {
                return bufferFrames;
            }
        };
    }

    /** Gives the device {@code frames} frames of {@link #bytes}, waiting for room as often as it takes. */
    @Override
    protected void play(int frames, UnderrunCounter counter) throws IOException {
        int off = 0;
        boolean roomPromised = false;
        while (off < frames) {
            long r;
            boolean spurious = false;
            inDevice.lock();
            try {
                if (closed || closing) {
                    throw new IOException("the audio output was closed");
                }
                r = pcm.writei(bytes, off, frames - off);
                if (r == -Alsa.EAGAIN || r == 0) {
                    // A plug-in decides for itself when to wake a waiting writer; one that says "room" and then
                    // takes nothing would otherwise have this thread spin at the highest priority.
                    spurious = roomPromised;
                    int w = spurious ? 0 : pcm.awaitRoom(WAIT_MILLIS);
                    roomPromised = w > 0;
                    r = Math.min(0, w);
                } else {
                    roomPromised = false;
                }
            } finally {
                inDevice.unlock();
            }
            if (spurious) {
                LockSupport.parkNanos(SPURIOUS_WAKE_BACKOFF_NANOS);
            } else if (r > 0) {
                off += (int) r;
                written += r;
            } else if (r == 0 && off == 0 && counter != null) {
                // Room has just come: the device has just taken a period, the moment its position is exact (read
                // only after a write, it lags by up to a period). Only at a block's start: the counter reads
                // positions against the frames written before the block.
                counter.beforeWrite();
            } else if (r < 0) {
                recover((int) r, counter);
            }
        }
    }

    private void recover(int err, UnderrunCounter counter) throws IOException {
        if (err == -Alsa.EPIPE && counter != null) {
            counter.deviceRanDry(written);
        }
        int result;
        restartedAt = written;
        inDevice.lock();
        try {
            if (closed) {
                throw new IOException("the audio output was closed");
            }
            result = pcm.recover(err);
        } finally {
            inDevice.unlock();
        }
        if (result < 0) {
            throw new IOException("the audio output failed: " + pcm.describe(err));
        }
    }

    @Override
    public void finish() throws IOException {
        int err;
        inDevice.lock();
        try {
            if (closed) {
                throw new IOException("the audio output was closed");
            }
            err = pcm.drain();
        } finally {
            inDevice.unlock();
        }
        UnderrunCounter counter = counter();
        if (counter != null) {
            counter.drained();
        }
        if (err < 0 && err != -Alsa.EPIPE) {
            throw new IOException("the audio output failed: " + pcm.describe(err));
        }
    }

    /**
     * Frees the device once no call is inside it. A render thread stuck inside libasound past
     * {@link #CLOSE_WAIT_MILLIS} keeps the device (freeing it under the call would crash the JVM); the process is
     * ending by then.
     */
    @Override
    public void close() {
        closing = true;
        try {
            if (!inDevice.tryLock(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            if (!closed) {
                closed = true;
                pcm.close();
            }
        } finally {
            inDevice.unlock();
        }
    }
}
