package run.cadence.audio.io;

/**
 * A {@link Pcm} on a {@link ScriptedLine}'s virtual device, with libasound's manners: a non-blocking write that
 * takes what fits or answers {@code -EAGAIN}, a wait for room, a device that starts once its buffer is full, and an
 * underrun answered with {@code -EPIPE} until the writer recovers, and after it a refill during which, as
 * PulseAudio's plug-in does, the device reports its whole ring free.
 */
final class ScriptedPcm implements Pcm {
    private static final long WAIT_STEP_NANOS = 250_000;

    final ScriptedLine line;
    int recoveries;
    int closes;
    int waits;
    /** What {@link #recover} answers; 0 recovers. */
    int recoverResult;
    private static final int RUNNING = 3;
    private static final int XRUN = 4;

    private long accepted;
    private long acceptedAtRecovery;
    private boolean recovered;

    ScriptedPcm(ScriptedLine line) {
        this.line = line;
    }

    @Override
    public long writei(byte[] bytes, int offsetFrames, int frames) {
        line.holdUp();
        if (line.dryNow()) {
            if (!recovered) {
                return -Alsa.EPIPE;
            }
            // Prepared again: this write restarts the device, as the next snd_pcm_writei does.
            recovered = false;
            int n = Math.min(frames, line.bufferFrames);
            line.write(bytes, offsetFrames * 2, n * 2);
            accepted += n;
            return n;
        }
        int room = line.running() ? line.roomNow() : (int) (line.bufferFrames - accepted);
        int n = Math.min(room, frames);
        if (n <= 0) {
            return -Alsa.EAGAIN;
        }
        line.write(bytes, offsetFrames * 2, n * 2);
        accepted += n;
        if (!line.running() && accepted >= line.bufferFrames) {
            line.start(); // libasound's start threshold: a full buffer
        }
        return n;
    }

    @Override
    public int awaitRoom(int timeoutMillis) {
        waits++;
        for (long waited = 0; waited < timeoutMillis * 1_000_000L; waited += WAIT_STEP_NANOS) {
            if (line.dryNow()) {
                return -Alsa.EPIPE;
            }
            if (line.roomNow() > 0) {
                return 1;
            }
            line.idle(WAIT_STEP_NANOS);
        }
        return 0;
    }

    @Override
    public long avail() {
        // PulseAudio's plug-in resets its ring on a recovery: all free, though the device is only refilling.
        return readingsSeeDry() ? -Alsa.EPIPE : refilling() ? line.bufferFrames : line.roomNow();
    }

    @Override
    public int state() {
        return readingsSeeDry() ? XRUN : refilling() ? Alsa.STATE_PREPARED : RUNNING;
    }

    /** With {@link ScriptedLine#onlyWriteNotices}, only the write meets the underrun ({@code -EPIPE}). */
    private boolean readingsSeeDry() {
        return line.dryNow() && !line.onlyWriteNotices;
    }

    /** After a recovery, until a buffer's worth is written again. */
    private boolean refilling() {
        return accepted - acceptedAtRecovery < line.bufferFrames && recoveries > 0;
    }



    @Override
    public int recover(int err) {
        recoveries++;
        acceptedAtRecovery = accepted;
        recovered = recoverResult == 0;
        return recoverResult; // the next write restarts the scripted device
    }

    @Override
    public int drain() {
        line.drain();
        return 0;
    }

    @Override
    public void close() {
        closes++;
    }

    @Override
    public int bufferFrames() {
        return line.bufferFrames;
    }

    @Override
    public String describe(int err) {
        return "scripted error " + err;
    }
}
