package run.cadence.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import run.cadence.Cadence;

/**
 * Plays a planned session through the session runner: live to the speakers, or rendered to {@code out}
 * (a WAV or MP3 file named by the caller) for a phone. The planner does not know about audio; the CLI
 * hands it an implementation.
 */
public interface SessionPlayer {
    /**
     * Plays {@link PlannedSession#workoutText()} with run cadences relative to {@code baseline}.
     * Returns when the session ends or the runner stops it; a rendered file counts as completed.
     */
    PlayOutcome play(PlannedSession session, Cadence baseline, Optional<Path> out) throws IOException;
}
