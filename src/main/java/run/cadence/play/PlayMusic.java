package run.cadence.play;

import run.cadence.audio.MusicSettings;
import run.cadence.audio.Setlist;

/**
 * Music under a play: the tracks to choose from (the music package's rotation of the runner's library) and how
 * they are mixed. A setlist keeps its place, so one is made for each play.
 */
public record PlayMusic(Setlist setlist, MusicSettings settings) {
    public PlayMusic {
        if (setlist == null || settings == null) {
            throw new IllegalArgumentException("music needs a setlist and settings");
        }
    }
}
