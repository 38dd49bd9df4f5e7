package run.cadence.audio.io;

import java.util.function.LongSupplier;

/**
 * Counts the times a live line ran dry and how much silence the device played in all, from the line's own
 * readings: {@link LineSink} reads the line just before and just after every write.
 *
 * <p>The line itself says when it has run dry: its position has reached every frame written, or it offers its
 * whole buffer as free (Java Sound on ALSA does both once the device has stopped in an underrun). The reading
 * after a write catches the underruns the one before it missed: an ALSA line recovers from an underrun inside
 * the write, and PulseAudio's report of it can arrive between the two; the line then holds nothing but the
 * frames just written.
 *
 * <p>How long it stayed dry: a device plays a fixed number of frames a second, so the clock's frames minus the
 * line's position (its lag) stays level while the line plays and grows by exactly the frames the device
 * played as silence. The loss of an underrun is the lag once the line plays again minus the lag before it ran
 * dry; that also covers a device that takes a while to restart. A line whose position runs on through the
 * silence (past the frames written) shows the loss directly. A consumer that is merely slow, or a position
 * reported in coarse steps (PulseAudio's arrive a period at a time), moves the lag but never empties the line,
 * so it counts nothing; the lag before an underrun is the lowest of the recent readings, the one least blurred by
 * coarse steps.
 *
 * <p>Render-thread object, allocation-free; {@link #underruns()} and {@link #lostFrames()} may be read from any
 * thread.
 */
final class UnderrunCounter {
    /** Readings are kept for one to two of these windows to find the lag's floor. */
    private static final long FLOOR_WINDOW_NANOS = 500_000_000L;
    /**
     * After an underrun closes, readings for this long may show that the first one overstated it (a position that
     * moves in coarse steps). Measured through PulseAudio with Java Sound, a writer held up on purpose at a 10 ms
     * buffer: 26-38 frames more silence reported than the recording held; with the give-back, within 5.
     */
    private static final long SETTLE_NANOS = 100_000_000L;

    private final LineReadout line;
    private final double framesPerNano;
    private final LongSupplier nanoClock;
    private final long origin;

    private long written;
    /** An underrun is open: the line ran dry and has not played a frame since. */
    private boolean dry;
    private long dryPosition;
    private double lagBefore;
    /** Silence a line whose position runs on through an underrun has counted in it. */
    private long offset;
    private double floorNow = Double.POSITIVE_INFINITY;
    private double floorBefore = Double.POSITIVE_INFINITY;
    private long windowStart;
    private long pendingLost;
    private boolean settling;
    private long settleUntil;
    private double lagAtClose;
    private long lostAtClose;
    private long givenBack;
    private long pendingGiveBack;
    private volatile long underruns;
    private volatile long lostFrames;

    /**
     * @param alreadyWritten frames the line was given before counting starts (the silence it starts with)
     * @param nanoClock {@link System#nanoTime} but in tests
     */
    UnderrunCounter(LineReadout line, int sampleRate, LongSupplier nanoClock, long alreadyWritten) {
        this.line = line;
        this.framesPerNano = sampleRate / 1e9;
        this.nanoClock = nanoClock;
        this.origin = nanoClock.getAsLong();
        this.written = alreadyWritten;
        reading(line.framePosition(), written, false);
    }

    /** Just before a write: opens an underrun if the line has run dry. */
    void beforeWrite() {
        long position = line.framePosition() - offset;
        reading(position, written, line.availableFrames() >= line.bufferFrames());
    }

    /**
     * The device itself said it ran dry (ALSA's {@code -EPIPE} from a write): opens an underrun the readings may have
     * missed, since the device recovers inside the write and a new stream can report a full queue at once.
     *
     * @param playedThrough every frame the device took before it ran dry (it played them all), silence given back
     *     and part of the block being written included
     */
    void deviceRanDry(long playedThrough) {
        if (!dry) {
            // No reading now would be honest (the device is mid-recovery): the lag before is the recent floor alone.
            open(playedThrough, playedThrough, Double.POSITIVE_INFINITY);
        }
    }

    /**
     * Just after {@code frames} were written and accepted. If the line now holds nothing but them, it had played
     * everything before them: it ran dry (and was restarted by the write), or was within a fraction of a block of
     * it, which takes a writer held up for most of the buffer.
     */
    void afterWrite(int frames) {
        long before = written;
        written += frames;
        reading(line.framePosition() - offset, before, false);
    }

    /** Once the line has drained: an underrun still open closes, with the silence up to the last frame played. */
    void drained() {
        long position = line.framePosition() - offset;
        if (dry && position > dryPosition) {
            long now = nanoClock.getAsLong() - origin;
            close(now, now * framesPerNano - position);
        }
    }

    /**
     * One reading of the line.
     *
     * @param position the line's position, less the silence it counted in earlier underruns
     * @param writtenBefore frames written before the write this reading is next to
     * @param allFree whether the line offers its whole buffer (it has run dry)
     */
    private void reading(long position, long writtenBefore, boolean allFree) {
        long now = nanoClock.getAsLong() - origin;
        double lag = now * framesPerNano - position;
        if (dry) {
            if (position > dryPosition) {
                close(now, lag);
            }
            return;
        }
        if (allFree || position >= writtenBefore) {
            open(position, writtenBefore, lag);
            return;
        }
        if (settling) {
            settle(now, lag);
        }
        if (now - windowStart >= FLOOR_WINDOW_NANOS) {
            floorBefore = floorNow;
            floorNow = lag;
            windowStart = now;
        } else {
            floorNow = Math.min(floorNow, lag);
        }
    }

    /** The line has played all {@code writtenBefore} frames (and, if its position ran on, silence after them). */
    private void open(long position, long writtenBefore, double lag) {
        dry = true;
        offset += Math.max(0, position - writtenBefore);
        dryPosition = writtenBefore;
        double floor = Math.min(floorNow, floorBefore);
        lagBefore = Double.isInfinite(floor) ? lag : Math.min(floor, lag);
        underruns++; // one writer: the render thread
    }

    private void close(long now, double lag) {
        long lost = Math.max(0, Math.round(lag - lagBefore));
        pendingLost += lost;
        lostFrames += lost;
        settling = lost > 0;
        settleUntil = now + SETTLE_NANOS;
        lagAtClose = lag;
        lostAtClose = lost;
        givenBack = 0;
        dry = false;
        floorNow = lag;
        floorBefore = Double.POSITIVE_INFINITY;
        windowStart = now;
    }

    /**
     * A lower lag soon after an underrun closed shows the loss was less than counted: the surplus is taken back from
     * the catch-up still pending, or else given back as silence the sink plays before its next block, so the
     * timeline lines up with the clock again.
     */
    private void settle(long now, double lag) {
        if (now > settleUntil) {
            settling = false;
            return;
        }
        long back = Math.min(lostAtClose, Math.round(lagAtClose - lag)) - givenBack;
        if (back <= 0) {
            return;
        }
        givenBack += back;
        lostFrames -= back;
        long unclaimed = Math.min(pendingLost, back);
        pendingLost -= unclaimed;
        pendingGiveBack += back - unclaimed;
    }

    /**
     * Frames of silence for the sink to write before its next block (see {@link #settle}); counted as written, so
     * the sink must write them.
     */
    long takeFramesGivenBack() {
        long back = pendingGiveBack;
        pendingGiveBack = 0;
        written += back;
        return back;
    }

    /** Frames of silence the device played since the last call, for the renderer to catch up. */
    long takeFramesLost() {
        long l = pendingLost;
        pendingLost = 0;
        return l;
    }

    /** Underruns so far. */
    long underruns() {
        return underruns;
    }

    /** Frames of silence played in underruns so far (an open underrun counts once the line plays again). */
    long lostFrames() {
        return lostFrames;
    }
}
