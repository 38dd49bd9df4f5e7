package run.cadence.audio;

/**
 * Keeps a stretched track's beats on the click grid, as the Mixxx DJ software keeps a synced deck: the stretch
 * ratio follows the grid's tempo, and before every sequence the phase error between the stretcher's real input
 * position (its accumulated skips) and the grid's place for the output frame it is about to write is fed back:
 * errors under 0.01 step (at most 2 ms) are left alone, larger ones corrected with gain 0.7, at most ±5% of the
 * ratio. Without it WSOLA drifted 456 ms in an hour here; with it the error cannot grow.
 *
 * <p>Producer-thread object: allocation-free, not thread-safe.
 */
final class GridLock {
    static final double DEAD_ZONE_STEPS = 0.01;
    static final double GAIN = 0.7;
    static final double MAX_CORRECTION = 0.05;
    /** The dead zone never exceeds this, so a beat sequence can always be placed within the ±5 ms seek window. */
    static final double MAX_DEAD_ZONE_SECONDS = 0.002;

    private final BeatCursor cursor;
    private final double framesPerMinute;
    private long previousBeat;
    private long nextBeat;
    private long step;
    /** Grid step where the track's first beat lands. */
    private long firstStep;
    /** Input frames (at the output rate) per beat of the track, and the input frame of its first beat. */
    private double inputPerBeat;
    private double inputFirstBeat;
    private double stepsPerBeat;
    /**
     * Input frames between the points placed exactly: every beat, and at two steps per beat every half beat too,
     * since the runner steps on those (an 86 BPM track's off-beat lands on a step at 172 spm).
     */
    private double inputPerPin;
    private double lastError;

    GridLock(TempoMap map) {
        this.cursor = new BeatCursor(map);
        this.framesPerMinute = 60.0 * map.format().sampleRate();
        this.previousBeat = cursor.nextBeatFrame();
        cursor.advance();
        this.nextBeat = cursor.nextBeatFrame();
    }

    /** The frame of grid step {@code k}; steps must be asked for in increasing order. */
    long frameOfStep(long k) {
        while (step < k && nextBeat != Long.MAX_VALUE) {
            moveOn();
        }
        return step == k ? previousBeat : Long.MAX_VALUE;
    }

    /** Whether a beat (or a half beat that falls on a step) of the track lies in input frames [from, to). */
    boolean beatWithin(double from, double to) {
        double j = Math.ceil((from - inputFirstBeat) / inputPerPin);
        return inputFirstBeat + j * inputPerPin < to;
    }

    /**
     * The input frame a sequence starting at output {@code outFrame} should start at so that the first beat at or
     * after input {@code from} lands exactly on the grid. A sequence copies input at one speed, while the grid's
     * mapping runs at {@code ratio}; pinning the sequence start to {@code ideal} would leave a beat late in the
     * sequence off by up to (1 - ratio) x its offset (3 ms at 0.96).
     */
    double startPlacingBeat(long outFrame, double ideal, double ratio, double from) {
        double beat = inputFirstBeat + Math.ceil((from - inputFirstBeat) / inputPerPin) * inputPerPin;
        double beatOut = (beat - ideal) / ratio;
        return beat - beatOut;
    }

    /** The grid's tempo at {@code frame} in spm (for choosing a track). */
    double phaseTempo(long frame) {
        phase(frame);
        double spm = cursor.tempoAt(frame);
        return spm > 0 ? spm : framesPerMinute / Math.max(1, nextBeat - previousBeat);
    }

    /** Locks a new track: its first beat on step {@code k}. */
    void lock(long k, MusicTrack track, int outputRate) {
        frameOfStep(k);
        firstStep = k;
        inputPerBeat = 60.0 * outputRate / track.bpm();
        inputFirstBeat = track.firstBeatSeconds() * outputRate;
        stepsPerBeat = track.stepsPerBeat();
        inputPerPin = inputPerBeat / Math.max(1, stepsPerBeat);
    }

    /** The track's beat (fractional) that belongs at output {@code frame}. */
    double trackBeatAt(long frame) {
        return (phase(frame) - firstStep) / stepsPerBeat;
    }

    /** How many grid steps fall before {@code frame}: the index of the first step at or after it. */
    long stepsBefore(long frame) {
        while (previousBeat < frame && previousBeat != Long.MAX_VALUE) {
            moveOn();
        }
        return step;
    }

    /** The first grid step at or after {@code frame}, and its frame: {step, frame}. */
    long[] stepAtOrAfter(long frame) {
        while (previousBeat < frame && nextBeat != Long.MAX_VALUE) {
            moveOn();
        }
        return previousBeat >= frame ? new long[] {step, previousBeat} : new long[] {-1, Long.MAX_VALUE};
    }

    /** The input frame the track should be at when the output reaches {@code frame} (ignoring correction). */
    double idealInput(long frame) {
        return inputFirstBeat + (phase(frame) - firstStep) / stepsPerBeat * inputPerBeat;
    }

    /**
     * The ratio for the next sequence, which starts at output frame {@code outFrame}: the grid's tempo, corrected
     * by the error between where the stretcher's input position is ({@code inFrame}, its accumulated skips) and
     * where the grid wants it ({@code ideal}). The seek offset of each sequence is left out: it does not accumulate,
     * and chasing it made the position wander by 4 ms; the sequences that carry a beat are placed by
     * {@link Wsola#process(double, float[], double)} within the seek window of this position.
     */
    double ratio(long outFrame, double inFrame, double ideal) {
        double error = (inFrame - ideal) / inputPerBeat * stepsPerBeat;
        lastError = error;
        double stepFrames = framesPerMinute / Math.max(run.cadence.Cadence.MIN, phaseTempo(outFrame));
        double deadZone = Math.min(DEAD_ZONE_STEPS, MAX_DEAD_ZONE_SECONDS * framesPerMinute / 60 / stepFrames);
        double correction = Math.abs(error) < deadZone ? 0
                : Math.max(-MAX_CORRECTION, Math.min(MAX_CORRECTION, GAIN * error));
        double nominal = inputPerBeat * framesPerMinute / stepFrames / (framesPerMinute * stepsPerBeat);
        return nominal * (1 - correction);
    }

    /** The error measured last, in grid steps (positive: the music is ahead of the clicks). */
    double lastError() {
        return lastError;
    }

    /** Continuous grid position at {@code frame}: step k at its beat frame, linear in between. */
    double phase(long frame) {
        while (nextBeat != Long.MAX_VALUE && nextBeat <= frame) {
            moveOn();
        }
        if (nextBeat == Long.MAX_VALUE) {
            double spm = Math.max(run.cadence.Cadence.MIN, cursor.tempoAt(previousBeat));
            return step + (frame - previousBeat) * spm / framesPerMinute;
        }
        return step + (frame - previousBeat) / (double) (nextBeat - previousBeat);
    }

    private void moveOn() {
        previousBeat = nextBeat;
        step++;
        cursor.advance();
        nextBeat = cursor.nextBeatFrame();
    }
}
