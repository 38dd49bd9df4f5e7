package run.cadence.music;

/**
 * Where a track's beats are: beat k at {@code firstBeatSeconds + k * 60 / bpm}, fitted by least squares over
 * every beat found, not the median interval (which is off by about 1%, a beat slipped every hundred).
 *
 * @param bpm the tempo of the beat the drums keep (the tactus), not folded to any cadence
 * @param firstBeatSeconds where the first beat with a sound on it falls (after any beatless intro)
 * @param steady whether one tempo holds from the first beat to the last (no tempo change, no lost beat)
 * @param confidence 0-1: how many grid beats have an onset on them, times how much they stand out
 * @param beats how many beats the fit used
 */
public record BeatGrid(double bpm, double firstBeatSeconds, boolean steady, double confidence, int beats) {
    public BeatGrid {
        if (!(bpm > 0 && bpm < 1000) || !(firstBeatSeconds >= 0) || !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("implausible beat grid: " + bpm + " BPM from " + firstBeatSeconds
                    + " s, confidence " + confidence);
        }
    }

    public double periodSeconds() {
        return 60.0 / bpm;
    }

    /** Time of beat k (k may be negative: beats of an intro, before the first drum). */
    public double beatSeconds(long k) {
        return firstBeatSeconds + k * periodSeconds();
    }
}
