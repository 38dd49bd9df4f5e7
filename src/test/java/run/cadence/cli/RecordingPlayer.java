package run.cadence.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import run.cadence.Cadence;
import run.cadence.plan.PlannedSession;
import run.cadence.plan.PlayOutcome;
import run.cadence.plan.SessionPlayer;

/** A session player for tests: remembers every call, writes the workout text to {@code out}, and stops
 *  after {@code stopAfter} when told to. Registered with {@code @RegisterExtension}, it is the installed
 *  {@link SessionPlayback} for each test and is taken out afterwards, so no test sees another's player. */
final class RecordingPlayer implements SessionPlayer, BeforeEachCallback, AfterEachCallback {
    record Call(PlannedSession session, Cadence baseline, Optional<Path> out) {}

    final List<Call> calls = new ArrayList<>();
    Duration stopAfter;
    IOException failWith;

    @Override
    public void beforeEach(ExtensionContext context) {
        SessionPlayback.use(this);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SessionPlayback.reset();
    }

    @Override
    public PlayOutcome play(PlannedSession session, Cadence baseline, Optional<Path> out) throws IOException {
        calls.add(new Call(session, baseline, out));
        if (failWith != null) {
            throw failWith;
        }
        if (out.isPresent()) {
            Files.writeString(out.get(), run.cadence.session.WorkoutWriter.write(session.workout()));
        }
        if (stopAfter != null) {
            return new PlayOutcome(false, stopAfter);
        }
        return new PlayOutcome(true, Duration.ofSeconds(session.totalSeconds()));
    }
}
