package run.cadence.audio;

import java.io.IOException;

/**
 * A track chosen to play: how to open it, where its beats are, and how it folds onto the cadence.
 *
 * @param stepsPerBeat steps on the grid per beat of the track: 1, 2 (an 86 BPM track at 172 spm) or 0.5
 * @param gain the level-matching gain (from its loudness), before the music volume
 */
public record MusicTrack(String name, Opener opener, double bpm, double firstBeatSeconds, double durationSeconds,
        double stepsPerBeat, float gain) {
    /** Opens the decoded stream (I/O, on the producer thread). */
    public interface Opener {
        PcmSource open() throws IOException;
    }

    public MusicTrack {
        if (!(bpm > 0) || !(firstBeatSeconds >= 0) || !(durationSeconds > firstBeatSeconds)) {
            throw new IllegalArgumentException("implausible track " + name + ": " + bpm + " BPM, first beat "
                    + firstBeatSeconds + " s of " + durationSeconds + " s");
        }
        if (stepsPerBeat != 0.5 && stepsPerBeat != 1 && stepsPerBeat != 2) {
            throw new IllegalArgumentException("steps per beat must be 0.5, 1 or 2, not " + stepsPerBeat);
        }
        if (!(gain >= 0 && gain <= 8)) {
            throw new IllegalArgumentException("track gain must be 0-8, not " + gain);
        }
    }
}
