package run.cadence.music;

import java.util.Optional;

/**
 * What one analysis of a track found: its beat grid (empty when it has no beat), integrated loudness and length.
 *
 * @param loudnessLufs EBU R128 integrated loudness of the file's own channels, -70 for silence
 * @param peak the largest sample magnitude (1 is full scale; a float file may go over)
 */
public record TrackAnalysis(Optional<BeatGrid> grid, double loudnessLufs, double durationSeconds, int sampleRate,
        int channels, double peak) {
    /** Below this confidence a tempo is shown but never played to: half the beats unheard or no rhythm. */
    public static final double MIN_CONFIDENCE = 0.5;

    public TrackAnalysis {
        if (!(durationSeconds >= 0) || !(loudnessLufs <= 20) || !(peak >= 0 && peak < 1e6)) {
            throw new IllegalArgumentException("implausible analysis: " + durationSeconds + " s, " + loudnessLufs + " LUFS, peak "
                    + peak);
        }
    }

    /** Whether the player may lock this track to a cadence grid: one steady tempo, heard with confidence. */
    public boolean playable() {
        return grid.isPresent() && grid.get().steady() && grid.get().confidence() >= MIN_CONFIDENCE;
    }
}
