package run.cadence.audio;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests from the keyboard to the renderer, lock-free: the render thread takes them at the next beat (tempo)
 * or block (skip), so a click is never cut in the middle by a control change. Pausing and stopping are the
 * transport's ({@link RenderLoop.Transport}), not the renderer's.
 */
public final class PlaybackControl {
    private final AtomicInteger tempoNudges = new AtomicInteger();
    /** Where the runner asked to skip to; the render thread jumps there at its next block. */
    private final AtomicLong skipTarget = new AtomicLong(-1);

    /** Adds (or with a negative value removes) steps per minute, from the next beat on. */
    public void nudgeTempo(int stepsPerMinute) {
        tempoNudges.addAndGet(stepsPerMinute);
    }

    int takeTempoNudges() {
        return tempoNudges.getAndSet(0);
    }

    /**
     * Skips to {@code frame} (the start of the next step of a session, worked out by whoever keeps the account
     * of what was skipped, so the jump and the account agree). The render thread moves there at its next block
     * if it has not already passed it.
     */
    public void requestSkipTo(long frame) {
        skipTarget.accumulateAndGet(frame, Math::max);
    }

    long takeSkipTarget() {
        return skipTarget.getAndSet(-1);
    }
}
