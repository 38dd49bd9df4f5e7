package run.cadence.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import run.cadence.Cadence;
import run.cadence.plan.PlayOutcome;
import run.cadence.plan.SessionPlayer;
import run.cadence.session.SessionSettings;
import run.cadence.session.Timeline;
import run.cadence.session.Workout;
import run.cadence.session.WorkoutWriter;

/** A session player for tests: remembers every call, writes the workout as text to {@code out}, and stops
 *  after {@code stopAfter} (for {@code stopReason}) when told to. A test gives it to the commands through
 *  {@link #in(Environment)}. */
final class RecordingPlayer implements SessionPlayer {
    record Call(Workout workout, Cadence baseline, Optional<Path> out) {}

    final List<Call> calls = new ArrayList<>();
    Duration stopAfter;
    PlayOutcome.StopReason stopReason = PlayOutcome.StopReason.RUNNER;
    IOException failWith;

    /** {@code env} with this as the player of the planner's sessions. */
    Environment in(Environment env) {
        return env.withPlayers((sound, live, events) -> this);
    }

    @Override
    public Ready prepare(Workout workout, Cadence baseline, Optional<Path> out) {
        return () -> played(workout, baseline, out);
    }

    private PlayOutcome played(Workout workout, Cadence baseline, Optional<Path> out) throws IOException {
        calls.add(new Call(workout, baseline, out));
        if (failWith != null) {
            throw failWith;
        }
        if (out.isPresent()) {
            Files.writeString(out.get(), WorkoutWriter.write(workout));
        }
        // The running a real player reports for a play straight through, to the end or to the stop.
        Timeline timeline = Timeline.compile(workout, SessionSettings.withBaseline(baseline));
        if (stopAfter != null) {
            return PlayOutcome.stopped(stopAfter, timeline.runningTimeUntil(stopAfter), stopReason);
        }
        return PlayOutcome.completed(workout.duration(), timeline.runningTime());
    }
}
