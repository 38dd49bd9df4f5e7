package run.cadence.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import run.cadence.Cadence;
import run.cadence.plan.PlannedSession;
import run.cadence.plan.PlayOutcome;
import run.cadence.plan.SessionPlayer;

/** A session player for tests: remembers every call, writes the workout text to {@code out}, and stops
 *  after {@code stopAfter} when told to. */
final class RecordingPlayer implements SessionPlayer {
    record Call(PlannedSession session, Cadence baseline, Optional<Path> out) {}

    final List<Call> calls = new ArrayList<>();
    Duration stopAfter;
    IOException failWith;

    @Override
    public PlayOutcome play(PlannedSession session, Cadence baseline, Optional<Path> out) throws IOException {
        calls.add(new Call(session, baseline, out));
        if (failWith != null) {
            throw failWith;
        }
        if (out.isPresent()) {
            Files.writeString(out.get(), session.workoutText());
        }
        if (stopAfter != null) {
            return new PlayOutcome(false, stopAfter);
        }
        return new PlayOutcome(true, Duration.ofSeconds(session.totalSeconds()));
    }
}
