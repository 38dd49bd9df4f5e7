package run.cadence.audio;

import java.io.IOException;

/**
 * The producer side of the music: asks the {@link Setlist} for tracks, lays each on the grid (first beat on a
 * step, a crossfade of whole steps into the next), and keeps both decks' rings filled by stretching ahead of the
 * render thread. Live playback runs it on its own thread ({@link #startThread}); a file render calls
 * {@link #produce} from the render loop, which yields the same samples, since nothing here depends on timing.
 */
public final class MusicFeeder {
    /** Track end kept clear of the last beat, for a fade-out that ends in music rather than in the track's tail. */
    private static final double TAIL_SECONDS = 1.0;

    private final MusicDeck[] decks;
    private final Setlist setlist;
    private final GridLock schedule;
    private final TempoMap map;
    private final int fadeSteps;
    private final int lead;
    private int current = -1;
    private long nextStep;
    private long nextStepFrame;
    private long nextFadeInEnd = -1;
    private boolean exhausted;
    private volatile boolean stopped;
    /**
     * Output frames up to which the setlist has been asked: past it a track not yet begun may belong (read by the
     * render thread to tell a late feeder from the end of the music).
     */
    private volatile long decidedUntil;
    private volatile String failure;
    private Thread thread;

    MusicFeeder(TempoMap map, MusicDeck[] decks, Setlist setlist, int fadeSteps) {
        this.map = map;
        this.decks = decks;
        this.setlist = setlist;
        this.schedule = new GridLock(map);
        this.fadeSteps = fadeSteps;
        this.nextStepFrame = schedule.frameOfStep(0);
        this.lead = 3 * new Wsola(map.format().sampleRate()).framesPerSequence();
    }

    /**
     * Starts the next track when the current one reaches its fade-out, then fills both rings as far as they go.
     * Returns whether anything was made.
     */
    public boolean produce() throws IOException {
        if (current < 0 || (decks[current].producedUntil() >= decks[current].fadeOutStart - lead)) {
            startNext();
        }
        boolean any = false;
        for (MusicDeck d : decks) {
            any |= d.fill();
        }
        return any;
    }

    private void startNext() throws IOException {
        int free = current < 0 ? 0 : 1 - current;
        if (exhausted || decks[free].state == MusicDeck.PLAYING || nextStepFrame == Long.MAX_VALUE) {
            if (nextStepFrame == Long.MAX_VALUE) {
                decidedUntil = Long.MAX_VALUE;
            }
            return;
        }
        for (int tries = 0; tries < 8; tries++) {
            MusicTrack t = setlist.next(schedule.phaseTempo(nextStepFrame));
            if (t == null) {
                exhausted = true;
                decidedUntil = Long.MAX_VALUE;
                return;
            }
            long length = (long) Math.floor(t.stepsPerBeat()
                    * (t.durationSeconds() - t.firstBeatSeconds() - TAIL_SECONDS) * t.bpm() / 60);
            if (length < 2L * fadeSteps + 1) {
                continue;
            }
            long end = nextStep + length;
            long[] frames = {nextStepFrame, current < 0 ? nextStepFrame : nextFadeInEnd,
                frameOrEnd(end - fadeSteps), frameOrEnd(end)};
            decks[free].begin(t, nextStep, length, fadeSteps, frames);
            current = free;
            nextStep = end - fadeSteps;
            nextStepFrame = frames[2];
            nextFadeInEnd = frames[3];
            decidedUntil = nextStepFrame == Long.MAX_VALUE || nextStepFrame >= map.endFrame() ? Long.MAX_VALUE
                    : decks[free].nextTrackStart();
            return;
        }
        exhausted = true;
        decidedUntil = Long.MAX_VALUE;
    }

    /** Output frames up to which every track that sounds there has begun. */
    long decidedUntil() {
        return decidedUntil;
    }

    private long frameOrEnd(long step) {
        long f = schedule.frameOfStep(step);
        return f == Long.MAX_VALUE ? map.endFrame() : f;
    }

    /** Live playback: a daemon thread that keeps the rings full, parking while they are. */
    void startThread() {
        thread = new Thread(() -> {
            try {
                while (!stopped) {
                    if (!produce()) {
                        java.util.concurrent.locks.LockSupport.parkNanos(5_000_000L);
                    }
                }
            } catch (IOException | RuntimeException e) {
                failure = e.toString();
            }
        }, "music-feeder");
        thread.setDaemon(true);
        thread.start();
    }

    /** Wakes the feeder after the render thread read from a ring. */
    void wake() {
        Thread t = thread;
        if (t != null) {
            java.util.concurrent.locks.LockSupport.unpark(t);
        }
    }

    /** Why the feeder stopped early (a track that failed mid-way), or null. */
    public String failure() {
        return failure;
    }

    /** Stops the thread and closes the tracks. */
    void stop() throws IOException {
        stopped = true;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (MusicDeck d : decks) {
            d.close();
        }
    }
}
