package run.cadence.music;

import java.util.Optional;

/**
 * Finds the beat grid in an {@link OnsetEnvelope}: the strongest periodicity (autocorrelation), refined by a
 * comb over tempo and phase, moved to the metrical level the drums keep, then fitted by least squares over
 * every onset that falls on a beat ({@link GridFit}).
 *
 * <p>The metrical level: a kick-snare beat has strong onsets on every beat and weak ones (hi-hats) between
 * them. So when the half-beat points are about as strong as the beats, the beat is twice as fast; when every
 * other beat is much weaker than its neighbours, half as fast. Tempo is then reported as the drums keep it
 * (86 BPM stays 86); folding it to a cadence (×2 → 172) is the player's business ({@link TempoFold}).
 */
public final class BeatTracker {
    static final double MIN_BPM = 50;
    static final double MAX_BPM = 250;
    /**
     * Half-beat points at least this strong (relative to the beats) mean the beat is twice as fast; every other
     * beat weaker than this (relative to its neighbours) means half as fast. One threshold for both, so the two
     * rules cannot undo each other. A snare's low band is a third to a half of a kick's; a hi-hat's is near 0.
     */
    private static final double LEVEL = 0.3;
    private static final int PHASE_BINS = 48;

    private BeatTracker() {}

    /** The grid, or empty when the track has no beat to speak of. */
    public static Optional<BeatGrid> track(OnsetEnvelope envelope) {
        return track(envelope.values(), envelope.lowValues(), envelope.rate(), envelope.seconds(0));
    }

    static Optional<BeatGrid> track(float[] rawEnvelope, float[] rawLow, double envRate, double frameZeroSeconds) {
        float[] env = highPass(rawEnvelope, envRate);
        float[] low = highPass(rawLow, envRate);
        if (env.length < envRate * 8) {
            return Optional.empty();
        }
        double period = strongestPeriod(env, envRate);
        if (period <= 0) {
            return Optional.empty();
        }
        double[] comb = comb(env, period);
        period = comb[0];
        double phase = comb[1];
        for (int pass = 0; pass < 3; pass++) {
            double[] level = metricalLevel(low, period, phase, envRate);
            if (level[0] == period && level[1] == phase) {
                break;
            }
            period = level[0];
            phase = level[1];
        }
        return GridFit.fit(env, envRate, period, phase, frameZeroSeconds);
    }

    /** Subtracts a moving average (half a second) and keeps what rises above it. */
    static float[] highPass(float[] raw, double envRate) {
        int half = (int) Math.round(envRate * 0.25);
        float[] out = new float[raw.length];
        double sum = 0;
        int lo = 0;
        int hi = 0;
        for (int i = 0; i < raw.length; i++) {
            while (hi < raw.length && hi <= i + half) {
                sum += raw[hi++];
            }
            while (lo < i - half) {
                sum -= raw[lo++];
            }
            float v = (float) (raw[i] - sum / (hi - lo));
            out[i] = Math.max(0, v);
        }
        return out;
    }

    /**
     * The autocorrelation lag (in curve frames) with the most weight, under a broad preference for moderate
     * tempos (a log-normal around 120 BPM, one octave wide) so that a bar-long lag does not win by itself.
     */
    static double strongestPeriod(float[] env, double envRate) {
        int minLag = (int) Math.floor(envRate * 60 / MAX_BPM);
        int maxLag = (int) Math.ceil(envRate * 60 / MIN_BPM);
        double[] acf = new double[maxLag + 2];
        for (int lag = minLag - 1; lag <= maxLag + 1; lag++) {
            double s = 0;
            for (int i = lag; i < env.length; i++) {
                s += env[i] * env[i - lag];
            }
            acf[lag] = s / (env.length - lag);
        }
        int best = -1;
        double bestScore = 0;
        for (int lag = minLag; lag <= maxLag; lag++) {
            if (acf[lag] < acf[lag - 1] || acf[lag] < acf[lag + 1]) {
                continue;
            }
            double octaves = Math.log(60 * envRate / lag / 120.0) / Math.log(2);
            double score = acf[lag] * Math.exp(-0.5 * octaves * octaves);
            if (score > bestScore) {
                bestScore = score;
                best = lag;
            }
        }
        if (best < 0) {
            return -1;
        }
        double a = acf[best - 1];
        double b = acf[best];
        double c = acf[best + 1];
        double denominator = a - 2 * b + c;
        return best + (denominator == 0 ? 0 : 0.5 * (a - c) / denominator);
    }

    /**
     * Refines a period within ±1.5% by folding the whole curve onto one beat for each candidate: the right period
     * piles every beat's onset into one phase bin. Returns {period, phase} in curve frames.
     */
    static double[] comb(float[] env, double period) {
        double bestPeriod = period;
        double bestPhase = 0;
        double bestScore = -1;
        double[] bins = new double[PHASE_BINS];
        for (int step = -75; step <= 75; step++) {
            double p = period * (1 + step * 0.0002);
            java.util.Arrays.fill(bins, 0);
            for (int i = 0; i < env.length; i++) {
                if (env[i] > 0) {
                    double cycles = i / p;
                    bins[(int) ((cycles - Math.floor(cycles)) * PHASE_BINS) % PHASE_BINS] += env[i];
                }
            }
            for (int b = 0; b < PHASE_BINS; b++) {
                double s = bins[(b + PHASE_BINS - 1) % PHASE_BINS] + bins[b] + bins[(b + 1) % PHASE_BINS];
                if (s > bestScore) {
                    bestScore = s;
                    bestPeriod = p;
                    bestPhase = (b + 0.5) / PHASE_BINS * p;
                }
            }
        }
        return new double[] {bestPeriod, bestPhase};
    }

    /** {period, phase} at the level the drums keep; the same values when the level is right. */
    static double[] metricalLevel(float[] env, double period, double phase, double envRate) {
        double onBeats = salience(env, period, phase);
        double halfBeats = salience(env, period, phase + period / 2);
        if (60 * envRate / (period / 2) <= MAX_BPM && halfBeats >= LEVEL * onBeats) {
            return new double[] {period / 2, phase};
        }
        double even = salience(env, 2 * period, phase);
        double odd = salience(env, 2 * period, phase + period);
        if (60 * envRate / (2 * period) >= MIN_BPM && Math.min(even, odd) < LEVEL * Math.max(even, odd)) {
            return new double[] {2 * period, even >= odd ? phase : phase + period};
        }
        return new double[] {period, phase};
    }

    /** The mean of the curve's local maximum (within ±2 frames) at every grid point. */
    static double salience(float[] env, double period, double phase) {
        double sum = 0;
        int n = 0;
        for (int k = 0; phase + k * period < env.length; k++) {
            int centre = (int) Math.round(phase + k * period);
            float max = 0;
            for (int i = Math.max(0, centre - 2); i <= Math.min(env.length - 1, centre + 2); i++) {
                max = Math.max(max, env[i]);
            }
            sum += max;
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }
}
