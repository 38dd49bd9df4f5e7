package run.cadence.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import run.cadence.Cadence;
import run.cadence.session.Workout;

/**
 * The planner's port to playback: plays a workout live to the speakers, or renders it to {@code out} (a WAV or
 * MP3 file named by the caller) for a phone. The planner knows nothing of audio; {@code run.cadence.play}
 * implements this, and tests hand in a recording double.
 */
public interface SessionPlayer {
    /**
     * Plays {@code workout} with run cadences relative to {@code baseline}. Returns when the session ends or the
     * runner stops it; a rendered file counts as completed.
     *
     * @throws IOException when the audio output fails; the caller records it as {@link PlayOutcome#failed()}
     */
    PlayOutcome play(Workout workout, Cadence baseline, Optional<Path> out) throws IOException;
}
