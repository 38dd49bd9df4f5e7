package run.cadence.music;

import java.util.Optional;

/**
 * What one analysis of a track found: its beat grid (empty when it has no beat), integrated loudness and length.
 *
 * @param loudnessLufs EBU R128 integrated loudness, -70 for silence
 */
public record TrackAnalysis(Optional<BeatGrid> grid, double loudnessLufs, double durationSeconds, int sampleRate,
        int channels) {
    /** Below this confidence a tempo is shown but never played to: half the beats unheard or no rhythm. */
    public static final double MIN_CONFIDENCE = 0.5;

    public TrackAnalysis {
        if (!(durationSeconds >= 0) || !(loudnessLufs <= 20)) {
            throw new IllegalArgumentException("implausible analysis: " + durationSeconds + " s, " + loudnessLufs + " LUFS");
        }
    }

    /** Whether the player may lock this track to a cadence grid: one steady tempo, heard with confidence. */
    public boolean playable() {
        return grid.isPresent() && grid.get().steady() && grid.get().confidence() >= MIN_CONFIDENCE;
    }
}
