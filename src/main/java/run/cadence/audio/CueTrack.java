package run.cadence.audio;

import java.util.Arrays;

/**
 * Sounds placed at exact timeline frames, independent of the beat grid: spoken cues, countdown tones.
 * Sorted by frame; every clip is decoded before playback. Cues never move the beats.
 */
public record CueTrack(long[] frames, float[][] clips) {
    public static final CueTrack NONE = new CueTrack(new long[0], new float[0][]);

    public CueTrack {
        if (frames.length != clips.length) {
            throw new IllegalArgumentException("each cue needs one clip");
        }
        for (int i = 0; i < frames.length; i++) {
            if (frames[i] < 0 || (i > 0 && frames[i] < frames[i - 1])) {
                throw new IllegalArgumentException("cue frames must be sorted and not negative");
            }
            if (clips[i] == null || clips[i].length == 0) {
                throw new IllegalArgumentException("cue " + i + " has no sound");
            }
        }
        frames = frames.clone();
        clips = clips.clone();
    }

    public int size() {
        return frames.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CueTrack c && Arrays.equals(frames, c.frames) && Arrays.deepEquals(clips, c.clips);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(frames);
    }

    @Override
    public String toString() {
        return "CueTrack[" + frames.length + " cues]";
    }
}
