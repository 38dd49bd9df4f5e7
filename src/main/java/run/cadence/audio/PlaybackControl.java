package run.cadence.audio;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests from the keyboard to the render thread, lock-free: the render thread takes them at the next beat
 * (tempo) or block (pause, skip, stop), so a click is never cut in the middle by a control change.
 */
public final class PlaybackControl {
    private final AtomicInteger tempoNudges = new AtomicInteger();
    private final AtomicInteger skips = new AtomicInteger();
    private volatile boolean paused;
    private volatile boolean stopRequested;

    /** Adds (or with a negative value removes) steps per minute, from the next beat on. */
    public void nudgeTempo(int stepsPerMinute) {
        tempoNudges.addAndGet(stepsPerMinute);
    }

    int takeTempoNudges() {
        return tempoNudges.getAndSet(0);
    }

    /** Skips to the start of the next step of a session. */
    public void requestSkip() {
        skips.incrementAndGet();
    }

    int takeSkips() {
        return skips.getAndSet(0);
    }

    public boolean togglePause() {
        paused = !paused;
        return paused;
    }

    public boolean paused() {
        return paused;
    }

    public void requestStop() {
        stopRequested = true;
    }

    public boolean stopRequested() {
        return stopRequested;
    }
}
