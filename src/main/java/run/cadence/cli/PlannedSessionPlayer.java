package run.cadence.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import run.cadence.Cadence;
import run.cadence.plan.PlannedSession;
import run.cadence.plan.PlayOutcome;
import run.cadence.plan.SessionPlayer;
import run.cadence.session.SessionSettings;
import run.cadence.session.Timeline;
import run.cadence.session.WorkoutParser;

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
        Timeline timeline = Timeline.compile(WorkoutParser.parse("planned session", session.title(),
                session.workoutText()), SessionSettings.withBaseline(baseline));
        return runner.play(timeline, out);
    }
}
