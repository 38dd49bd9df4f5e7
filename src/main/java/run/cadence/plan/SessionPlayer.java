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
 *
 * <p>Two steps, so that the caller records nothing for a play that is refused: {@link #prepare} checks and gets
 * ready everything the runner's input decides (the output file opened, every cue spoken or its recording decoded,
 * the music chosen) and throws bad input for what is wrong; only then does the caller record the session as
 * started and {@link Ready#play()} it.
 */
public interface SessionPlayer {
    /**
     * Gets {@code workout} ready to play with run cadences relative to {@code baseline}.
     *
     * @throws run.cadence.CadenceException BAD_INPUT (or a subtype) for an output path, a cue recording or a music
     *     library that cannot be used: nothing has been played and nothing should be recorded
     * @throws IOException when reading or writing failed for reasons of the machine's
     */
    Ready prepare(Workout workout, Cadence baseline, Optional<Path> out) throws IOException;

    /** Prepares and plays at once, for a caller that records nothing in between ({@code export plan}). */
    default PlayOutcome play(Workout workout, Cadence baseline, Optional<Path> out) throws IOException {
        try (Ready ready = prepare(workout, baseline, out)) {
            return ready.play();
        }
    }

    /** A session ready to play once; closing it without playing leaves no output behind. */
    interface Ready extends AutoCloseable {
        /**
         * Plays it: returns when the session ends or the runner stops it; a rendered file counts as played to its end.
         *
         * @throws IOException when the audio output fails; the caller records it as {@link PlayOutcome#failed()}
         */
        PlayOutcome play() throws IOException;

        @Override
        default void close() {}
    }
}
