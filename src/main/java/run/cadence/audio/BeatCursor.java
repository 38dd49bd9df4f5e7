package run.cadence.audio;

import java.util.List;

/**
 * Says in frames where the next beat falls. Each beat is computed from its segment's start as a double
 * (for a ramp, by inverting the integral of a tempo that changes linearly in time) and rounded once, so
 * nothing accumulates: at 172.3 spm adding rounded periods would drift 3.6 s an hour.
 *
 * <p>Render-thread object: no allocation after construction, not thread-safe.
 */
public final class BeatCursor {
    private final double sampleRate;
    private final long[] start;
    private final long[] end;
    /** Tempo at segment start, beats per frame. */
    private final double[] beatsPerFrame;
    /** Change of beats-per-frame per frame (0 when steady). */
    private final double[] slope;
    /** Frames per beat for steady segments, computed as 60 * rate / spm so exact ties round exactly. */
    private final double[] framesPerBeat;
    private final boolean[] clicks;
    /** Tempo at segment start in spm, kept exact for the steady-beat arithmetic. */
    private final double[] stepsPerMinute;
    /** Beat phase owed at segment start: the first beat falls where the integral reaches this many beats. */
    private final double[] firstBeatAt;
    private int count;

    private int segment;
    private long beatInSegment;
    private long nextFrame;

    public BeatCursor(TempoMap map) {
        List<TempoSegment> segs = map.segments();
        int n = segs.size();
        sampleRate = map.format().sampleRate();
        start = new long[n];
        end = new long[n];
        beatsPerFrame = new double[n];
        slope = new double[n];
        framesPerBeat = new double[n];
        clicks = new boolean[n];
        stepsPerMinute = new double[n];
        firstBeatAt = new double[n];
        count = n;
        double owed = 0;
        for (int i = 0; i < n; i++) {
            TempoSegment s = segs.get(i);
            start[i] = s.startFrame();
            end[i] = s.endFrame();
            boolean newStep = true;
            if (s instanceof TempoSegment.Steady st) {
                clicking(i, st.spm(), 0);
                newStep = st.phase() == TempoSegment.Phase.NEW_STEP;
            } else if (s instanceof TempoSegment.Ramp r) {
                clicking(i, r.fromSpm(), (r.toSpm() - r.fromSpm()) / 60.0 / sampleRate / (double) r.lengthFrames());
                newStep = r.phase() == TempoSegment.Phase.NEW_STEP;
            }
            if (newStep) {
                owed = 0; // a new step, or silence: the next click falls on the segment's first frame
            }
            firstBeatAt[i] = owed;
            if (clicks[i] && s.endFrame() != TempoSegment.OPEN) {
                double beats = beatsAt(i, s.lengthFrames());
                // Beats falling in this segment are owed + j < beats; the remainder carries over.
                double afterLast = beats - owed;
                owed = afterLast <= 0 ? -afterLast : (Math.ceil(afterLast) - afterLast);
            }
        }
        segment = 0;
        beatInSegment = 0;
        locate();
    }

    /** Segment i clicks from {@code spm}, its tempo changing by {@code slope} beats per frame per frame. */
    private void clicking(int i, double spm, double slope) {
        clicks[i] = true;
        beatsPerFrame[i] = spm / 60.0 / sampleRate;
        framesPerBeat[i] = 60.0 * sampleRate / spm;
        stepsPerMinute[i] = spm;
        this.slope[i] = slope;
    }

    /** Frame of the next beat, or {@link Long#MAX_VALUE} when no beat is left. */
    public long nextBeatFrame() {
        return nextFrame;
    }

    /** Moves past the beat at {@link #nextBeatFrame()}. */
    public void advance() {
        if (nextFrame == Long.MAX_VALUE) {
            return;
        }
        beatInSegment++;
        locate();
    }

    /** Tempo at a frame inside the current segment, in spm (0 in a silent stretch). */
    public double tempoAt(long frame) {
        if (segment >= count || !clicks[segment]) {
            return 0;
        }
        double x = Math.min(frame, end[segment]) - start[segment];
        return (beatsPerFrame[segment] + slope[segment] * x) * 60.0 * sampleRate;
    }

    /**
     * Replaces the rest of the plan with a steady tempo that starts at {@code fromBeatFrame}, which must be the
     * frame of a beat just played: the beat after it is one new period later. Used for live +/- changes.
     */
    public void retempo(long fromBeatFrame, double spm) {
        if (segment >= count) {
            return;
        }
        long lastEnd = end[count - 1];
        int i = segment;
        start[i] = fromBeatFrame;
        end[i] = lastEnd;
        clicks[i] = true;
        beatsPerFrame[i] = spm / 60.0 / sampleRate;
        framesPerBeat[i] = 60.0 * sampleRate / spm;
        stepsPerMinute[i] = spm;
        slope[i] = 0;
        firstBeatAt[i] = 0;
        count = i + 1;
        beatInSegment = 1;
        locate();
    }

    /** Moves to the first beat at or after {@code frame} (a skipped step). */
    public void seek(long frame) {
        while (nextFrame < frame) {
            if (segment < count && end[segment] <= frame) {
                segment++;
                beatInSegment = 0;
                locate();
            } else {
                advance();
            }
        }
    }

    private void locate() {
        while (segment < count) {
            if (clicks[segment]) {
                long frame = start[segment] + (slope[segment] == 0 && firstBeatAt[segment] == 0
                        ? steadyBeatOffset(segment, beatInSegment)
                        : Math.round(offsetOfBeat(segment, firstBeatAt[segment] + beatInSegment)));
                if (frame < end[segment]) {
                    nextFrame = frame;
                    return;
                }
            }
            segment++;
            beatInSegment = 0;
        }
        nextFrame = Long.MAX_VALUE;
    }

    /**
     * round(k * 60 * rate / spm), exactly, ties up. The double quotient can land on the wrong side of a .5 by
     * a rounding error (43.52 spm, beat 3298 did), so the candidate is checked against the exact bounds
     * (f - 1/2) * spm <= k * 60 * rate < (f + 1/2) * spm; fma computes each side's sign without rounding it away.
     */
    private long steadyBeatOffset(int i, long k) {
        double spm = stepsPerMinute[i];
        double numerator = (double) k * 60.0 * sampleRate; // exact: an integer below 2^53
        long f = (long) Math.floor(numerator / spm + 0.5);
        if (Math.fma(-(f - 0.5), spm, numerator) < 0) {
            f--;
        } else if (Math.fma(-(f + 0.5), spm, numerator) >= 0) {
            f++;
        }
        return f;
    }

    /** Beats elapsed after x frames into segment i: the integral of tempo. */
    private double beatsAt(int i, double x) {
        return beatsPerFrame[i] * x + 0.5 * slope[i] * x * x;
    }

    /** Frames into segment i where the integral of tempo reaches {@code beats}. */
    private double offsetOfBeat(int i, double beats) {
        if (slope[i] == 0) {
            return beats * framesPerBeat[i];
        }
        double b0 = beatsPerFrame[i];
        // Solves b0*x + a*x^2/2 = beats in the form that stays accurate when a is tiny.
        return 2 * beats / (b0 + Math.sqrt(b0 * b0 + 2 * slope[i] * beats));
    }
}
