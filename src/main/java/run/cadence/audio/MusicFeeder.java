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
    /** A stretch of grid shorter than this many steps gets no music: it would be all fade. */
    private static final int MIN_STEPS = 8;
    /** After a jump or a tempo change the music starts again no sooner than this after the request. */
    private static final double RECUE_SECONDS = 0.25;

    /** Tracks that fail to open in a row before a stretch of grid is left to the clicks. */
    private static final int MAX_UNREADABLE = 64;

    /** A track that could not be opened when its turn came, and why; the next track played instead. */
    public record Skipped(String track, String reason) {}

    private final java.util.List<Skipped> skipped = new java.util.concurrent.CopyOnWriteArrayList<>();
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

    /**
     * Lays the next track from {@code nextStep}: a crossfade into it from the track before, or, at the start of a
     * stretch of grid (a run after a walk), a short fade in. A track ends where its stretch of grid ends (a silent
     * walk, a new tempo), fading out on its last steps; a stretch too short for music, or that no track fits, is
     * left to the clicks. It is a little long because those cases share the two decks' state and the step
     * bookkeeping, which split methods would have to hand each other.
     */
    private void startNext() throws IOException {
        int free = current < 0 ? 0 : 1 - current;
        if (exhausted || decks[free].state == MusicDeck.PLAYING || nextStepFrame == Long.MAX_VALUE) {
            if (nextStepFrame == Long.MAX_VALUE) {
                decidedUntil = Long.MAX_VALUE;
            }
            return;
        }
        long segmentEnd = segmentEnd(nextStepFrame);
        long[] nextStretch = segmentEnd >= map.endFrame() ? new long[] {-1, Long.MAX_VALUE}
                : new GridLock(map).stepAtOrAfter(segmentEnd);
        long lastStep = segmentEnd >= map.endFrame() && map.endFrame() == TempoSegment.OPEN ? Long.MAX_VALUE
                : new GridLock(map).stepsBefore(segmentEnd) - 1;
        int unreadable = 0;
        for (int tries = 0; tries < 8; tries++) {
            MusicTrack t = resume != null ? resume : setlist.next(schedule.phaseTempo(nextStepFrame));
            boolean resuming = resume != null;
            resume = null;
            if (t == null) {
                break;
            }
            long length = (long) Math.floor(t.stepsPerBeat()
                    * (t.durationSeconds() - t.firstBeatSeconds() - TAIL_SECONDS) * t.bpm() / 60);
            boolean cut = nextStep + length > lastStep;
            long end = cut ? lastStep : nextStep + length;
            long fitting = RampLimit.lastFittingStep(map, setlist, t, nextStep, end);
            if (fitting < end) {
                end = fitting; // a ramp leaves the stretch limit here: the next track, chosen for it, takes over
                cut = false;
            }
            int fade = (int) Math.min(fadeSteps, (end - nextStep) / 4);
            if (end - nextStep < MIN_STEPS) {
                if (cut) {
                    break;
                }
                continue;
            }
            long fadeIn = current < 0 && !resuming && nextStep == 0 ? nextStepFrame
                    : nextFadeInEnd >= 0 ? nextFadeInEnd : frameOrEnd(nextStep + (resuming ? 1 : Math.min(fade, 2)));
            long[] frames = {nextStepFrame, fadeIn, frameOrEnd(end - fade), cut ? segmentEnd : frameOrEnd(end)};
            decks[free].generation = handled;
            try {
                decks[free].begin(t, nextStep, frames);
            } catch (IOException | RuntimeException e) {
                // A track gone or damaged since it was analysed: the next one plays in its place.
                decks[free].close();
                skipped.add(new Skipped(t.name(), e.getMessage() == null ? e.toString() : e.getMessage()));
                setlist.unplayable(t);
                if (++unreadable < MAX_UNREADABLE) {
                    tries--;
                }
                continue;
            }
            current = free;
            nextStep = cut ? nextStretch[0] : end - fade;
            nextStepFrame = cut ? nextStretch[1] : frames[2];
            nextFadeInEnd = cut ? -1 : frames[3];
            decidedUntil = nextStepFrame == Long.MAX_VALUE || nextStepFrame >= map.endFrame() ? Long.MAX_VALUE
                    : decks[free].nextTrackStart();
            return;
        }
        skipStretch(nextStretch);
    }

    /** No music in this stretch of grid: try again at the next one (the next run), if there is one. */
    private void skipStretch(long[] nextStretch) {
        nextStep = nextStretch[0];
        nextStepFrame = nextStretch[1];
        nextFadeInEnd = -1;
        exhausted = nextStepFrame == Long.MAX_VALUE;
        decidedUntil = exhausted ? Long.MAX_VALUE : nextStepFrame - lead;
        if (current >= 0 && decks[current].state != MusicDeck.PLAYING) {
            current = -1;
        }
    }

    /**
     * Where the stretch of grid holding {@code frame} ends: at silence, or where a segment starts its own phase (a
     * new step of a session). A ramp flowing into its steady tempo is one stretch.
     */
    private long segmentEnd(long frame) {
        long end = -1;
        for (TempoSegment s : map.segments()) {
            if (end < 0 && s.startFrame() <= frame && frame < s.endFrame()) {
                end = s.endFrame();
            } else if (end >= 0) {
                if (s instanceof TempoSegment.Silent || phase(s) == TempoSegment.Phase.NEW_STEP) {
                    return end;
                }
                end = s.endFrame();
            }
        }
        return end < 0 ? map.endFrame() : end;
    }

    private static TempoSegment.Phase phase(TempoSegment s) {
        return s instanceof TempoSegment.Ramp r ? r.phase() : ((TempoSegment.Steady) s).phase();
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

    /** The tracks skipped so far because they could not be opened, in order. */
    public java.util.List<Skipped> skipped() {
        return java.util.List.copyOf(skipped);
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
