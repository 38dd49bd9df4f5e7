package run.cadence.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import run.cadence.Cadence;
import run.cadence.plan.PlannedSession;
import run.cadence.plan.PlayOutcome;
import run.cadence.plan.SessionPlayer;

/**
 * Plays the planner's sessions ({@code cadence next}, {@code cadence export plan}) through the same
 * {@link SessionRunner} as {@code cadence run}: the planned workout text is parsed, compiled against the
 * runner's baseline and played live or rendered.
 */
final class PlannedSessionPlayer implements SessionPlayer {
    private final SessionRunner runner;

    PlannedSessionPlayer(SessionRunner runner) {
        this.runner = runner;
    }

    @Override
    public PlayOutcome play(PlannedSession session, Cadence baseline, Optional<Path> out) throws IOException {
        return runner.play(session.timeline(baseline), out);
    }
}
