package run.cadence.audio;

import java.io.IOException;

/**
 * One playing track: decoded, stretched and locked to the grid on the producer side into a ring the render thread
 * reads. The producer sets a track up ({@link #begin}) only while the deck is idle, and publishes it through the
 * volatile {@link #state}; the render thread marks it {@link #finish finished} when it has played its fade-out.
 */
final class MusicDeck {
    static final int IDLE = 0;
    static final int PLAYING = 1;
    static final int FINISHED = 2;

    final FloatRing ring;
    private final Wsola wsola;
    private GridLock lock;
    private final int outputRate;
    private final float[] sequence;
    /** Output frames a track starts before its first beat, so the stretcher's first splice is not on the beat. */
    private final int lead;
    volatile int state = IDLE;

    /** Set by the producer before {@link #state} becomes PLAYING; read-only for the render thread after. */
    long startFrame;
    long firstBeatFrame;
    long fadeInEnd;
    long fadeOutStart;
    long fadeOutEnd;
    float gain;
    String name;
    /** Which request of the render thread's this track answers; the render thread mixes only the current ones. */
    int generation;
    MusicTrack track;

    private PcmSource source;
    private long produced;
    private double worstError;

    MusicDeck(TempoMap map, int ringFrames) {
        this.outputRate = map.format().sampleRate();
        this.wsola = new Wsola(outputRate);
        this.lock = new GridLock(map);
        this.ring = new FloatRing(ringFrames, 2);
        this.sequence = new float[wsola.framesPerSequence() * 2];
        this.lead = 2 * wsola.framesPerSequence();
    }

    /**
     * Opens {@code track} with its first beat on grid step {@code firstStep}. {@code stepFrames}: the first beat's
     * frame, where the fade in ends, where the fade out starts and where it ends.
     */
    void begin(MusicTrack track, long firstStep, long[] stepFrames) throws IOException {
        close();
        source = track.opener().open();
        lock.lock(firstStep, track, outputRate);
        firstBeatFrame = stepFrames[0];
        startFrame = firstBeatFrame - lead;
        fadeInEnd = stepFrames[1];
        fadeOutStart = stepFrames[2];
        fadeOutEnd = stepFrames[3];
        gain = track.gain();
        name = track.name();
        this.track = track;
        produced = 0;
        ring.reset();
        wsola.start(new TrackReader(source, outputRate), lock.idealInput(startFrame));
        state = PLAYING;
    }

    /** Producer: stretches until the ring is full or the fade-out is made. Returns whether it made anything. */
    boolean fill() throws IOException {
        boolean any = false;
        int per = wsola.framesPerSequence();
        while (state == PLAYING && startFrame + produced < fadeOutEnd && ring.space() >= per) {
            long outFrame = startFrame + produced;
            double ideal = lock.idealInput(outFrame);
            double ratio = lock.ratio(outFrame, wsola.position(), ideal);
            // A beat anywhere in the sequence, its cross-faded ends included, pins the sequence.
            boolean beat = lock.beatWithin(wsola.position() - wsola.overlapFrames(),
                    wsola.position() + per + wsola.overlapFrames());
            double target = beat ? lock.startPlacingBeat(outFrame, ideal, ratio,
                    wsola.position() - wsola.overlapFrames()) : Double.NaN;
            wsola.process(ratio, sequence, target);
            if (beat) {
                // Where the beat actually landed: the sequence's real start against the start that puts it on the grid.
                worstError = Math.max(worstError, Math.abs(wsola.lastInputStart() - target));
            }
            ring.write(sequence, 0, per);
            produced += per;
            any = true;
        }
        return any;
    }

    /** After the grid changed (a live tempo change): locks follow the new map. Producer side, deck idle. */
    void relock(TempoMap map) {
        lock = new GridLock(map);
    }

    /** The track's beat (fractional, from its first beat) playing at output {@code frame}. */
    double trackBeatAt(long frame) {
        return lock.trackBeatAt(frame);
    }

    /** Where a track following this one would start its output (its lead-in before this one's fade-out). */
    long nextTrackStart() {
        return fadeOutStart - lead;
    }

    /** Output frames made so far reach this frame. */
    long producedUntil() {
        return startFrame + produced;
    }

    /** Largest distance, in input frames, between a beat sequence's start and the grid's place for it. */
    double worstError() {
        return worstError;
    }

    /** Render thread: the fade-out has been played. */
    void finish() {
        state = FINISHED;
    }

    /** Producer: releases the track's file. */
    void close() throws IOException {
        if (source != null) {
            source.close();
            source = null;
        }
        state = IDLE;
    }
}
