package run.cadence.cli;

import java.io.PrintWriter;
import java.util.Objects;
import run.cadence.plan.SessionPlayer;

/**
 * The session runner that {@code cadence next} and {@code cadence export plan} play through: the real
 * {@link PlannedSessionPlayer}, built for each command from its options, unless a test has installed a
 * recording fake with {@link #use}.
 */
public final class SessionPlayback {
    private static volatile SessionPlayer override;

    private SessionPlayback() {}

    /** Replaces the real player; for tests. */
    static void use(SessionPlayer sessionPlayer) {
        override = Objects.requireNonNull(sessionPlayer);
    }

    /** Back to the real player; for tests. */
    static void reset() {
        override = null;
    }

    /** The player for one command: sound card and keyboard for live play, files for {@code --out}. */
    static SessionPlayer player(SessionRunner.Setup setup, PrintWriter out) {
        SessionPlayer fake = override;
        if (fake != null) {
            return fake;
        }
        return new PlannedSessionPlayer(new SessionRunner(out, setup, LiveOutput.SOUND_CARD, System.in,
                System.console() != null));
    }
}
