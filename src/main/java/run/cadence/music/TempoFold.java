package run.cadence.music;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds a track's tempo onto a cadence: one step per beat, two per beat (an 86 BPM track serves 172 spm at one
 * step per half beat) or one every two beats (a 230 BPM track serves a 115 spm walk), and the stretch that takes it
 * there exactly.
 *
 * @param stepsPerBeat 0.5, 1 or 2
 * @param ratio how much faster the track must play: target / (bpm x stepsPerBeat)
 */
public record TempoFold(double stepsPerBeat, double ratio) {
    /** Tracks are stretched at most this much by default: a common cap in players, where artefacts stay mild. */
    public static final double DEFAULT_LIMIT = 0.08;
    private static final double[] STEPS_PER_BEAT = {1, 2, 0.5};

    /** The fold that needs the least stretch, if any is within {@code limit} (0.08 is ±8%). */
    public static java.util.Optional<TempoFold> of(double bpm, double targetSpm, double limit) {
        TempoFold best = null;
        for (double steps : STEPS_PER_BEAT) {
            double ratio = targetSpm / (bpm * steps);
            if (Math.abs(ratio - 1) <= limit + 1e-12
                    && (best == null || Math.abs(Math.log(ratio)) < Math.abs(Math.log(best.ratio)))) {
                best = new TempoFold(steps, ratio);
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** The cadence ranges a track can serve within {@code limit}, lowest first: {from, to} in spm. */
    public static List<double[]> servedRanges(double bpm, double limit) {
        List<double[]> ranges = new ArrayList<>();
        for (double steps : new double[] {0.5, 1, 2}) {
            double centre = bpm * steps;
            double from = Math.max(run.cadence.Cadence.MIN, centre * (1 - limit));
            double to = Math.min(run.cadence.Cadence.MAX, centre * (1 + limit));
            if (from < to) {
                ranges.add(new double[] {from, to});
            }
        }
        return ranges;
    }
}
