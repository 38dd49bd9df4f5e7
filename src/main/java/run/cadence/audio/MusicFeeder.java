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
    /** After a jump or a tempo change the music starts again no sooner than this after the request. */
    private static final double RECUE_SECONDS = 0.25;

    private final MusicDeck[] decks;
    private final Setlist setlist;
    private final MusicCue cue;
    private final int fadeSteps;
    private final int lead;
    private TempoMap map;
    private GridLock schedule;
    private int current = -1;
    private long nextStep;
    private long nextStepFrame;
    private long nextFadeInEnd = -1;
    private boolean exhausted;
    private int handled;
    /** After a tempo change, the track that goes on, re-stretched: a copy whose first beat is where it resumes. */
    private MusicTrack resume;
    private volatile boolean stopped;
    /**
     * Output frames up to which the setlist has been asked: past it a track not yet begun may belong (read by the
     * render thread to tell a late feeder from the end of the music).
     */
    private volatile long decidedUntil;
    private volatile String failure;
    private Thread thread;

    MusicFeeder(TempoMap map, MusicDeck[] decks, Setlist setlist, int fadeSteps, MusicCue cue) {
        this.decidedUntil = 0;
        this.map = map;
        this.decks = decks;
        this.setlist = setlist;
        this.cue = cue;
        this.schedule = new GridLock(map);
        this.fadeSteps = fadeSteps;
        this.nextStepFrame = schedule.frameOfStep(0);
        this.lead = 3 * new Wsola(map.format().sampleRate()).framesPerSequence();
    }

    /**
     * Answers a re-cue request, starts the next track when the current one reaches its fade-out, then fills both
     * rings as far as they go. Returns whether anything was made.
     */
    public boolean produce() throws IOException {
        int requests = cue.count;
        if (requests != handled) {
            handled = requests;
            recue(cue.kind, cue.frame, cue.spm);
        }
        if (current < 0 || (decks[current].producedUntil() >= decks[current].fadeOutStart - lead)) {
            startNext();
        }
        boolean any = false;
        for (MusicDeck d : decks) {
            any |= d.fill();
        }
        return any;
    }

    /** Drops what was stretched ahead and lays the music out again from the first step after {@code frame}. */
    private void recue(int kind, long frame, double spm) throws IOException {
        MusicDeck playing = current >= 0 && decks[current].state == MusicDeck.PLAYING ? decks[current] : null;
        double beatAtFrame = playing == null ? 0 : playing.trackBeatAt(frame);
        MusicTrack track = playing == null ? null : playing.track;
        if (kind == MusicCue.RETEMPO) {
            map = MusicCue.retimed(map, frame, spm);
        }
        schedule = new GridLock(map);
        for (MusicDeck d : decks) {
            d.close();
            d.relock(map);
        }
        long stepAtRequest = new GridLock(map).stepAtOrAfter(frame)[0];
        long[] next = schedule.stepAtOrAfter(frame + lead + map.format().frames(RECUE_SECONDS));
        nextStep = next[0];
        nextStepFrame = next[1];
        current = -1;
        nextFadeInEnd = -1;
        exhausted = nextStepFrame == Long.MAX_VALUE;
        decidedUntil = exhausted ? Long.MAX_VALUE : 0;
        resume = null;
        if (kind == MusicCue.RETEMPO && track != null && !exhausted) {
            double beat = beatAtFrame + (nextStep - stepAtRequest) / track.stepsPerBeat();
            double grain = Math.max(1, track.stepsPerBeat());
            beat = Math.rint(beat * grain) / grain;
            double first = track.firstBeatSeconds() + beat * 60 / track.bpm();
            if (beat > 0 && first < track.durationSeconds() - TAIL_SECONDS) {
                resume = new MusicTrack(track.name(), track.opener(), track.bpm(), first, track.durationSeconds(),
                        track.stepsPerBeat(), track.gain());
            }
        }
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
            MusicTrack t = resume != null ? resume : setlist.next(schedule.phaseTempo(nextStepFrame));
            boolean resuming = resume != null;
            resume = null;
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
            long fadeIn = current < 0 && !resuming && nextStep == 0 ? nextStepFrame
                    : resuming ? frameOrEnd(nextStep + 1) : nextFadeInEnd;
            if (fadeIn < 0) {
                fadeIn = frameOrEnd(nextStep + fadeSteps);
            }
            long[] frames = {nextStepFrame, fadeIn, frameOrEnd(end - fadeSteps), frameOrEnd(end)};
            decks[free].generation = handled;
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
