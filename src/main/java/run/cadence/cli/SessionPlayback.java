package run.cadence.cli;

import java.util.Objects;
import run.cadence.CadenceException;
import run.cadence.plan.SessionPlayer;

/**
 * The session runner that {@code cadence next} and {@code cadence export plan} play through. The build that
 * wires the session runner installs it once at start-up ({@link #use}); tests install a recording fake.
 */
public final class SessionPlayback {
    private static final SessionPlayer UNWIRED = (session, baseline, out) -> {
        throw new IllegalStateException("no session player installed");
    };

    private static volatile SessionPlayer player = UNWIRED;

    private SessionPlayback() {}

    public static void use(SessionPlayer sessionPlayer) {
        player = Objects.requireNonNull(sessionPlayer);
    }

    /** Back to no player; for tests. */
    static void reset() {
        player = UNWIRED;
    }

    /**
     * The installed player; checked before anything is recorded, so a build without playback leaves the
     * history untouched.
     */
    static SessionPlayer player() {
        if (player == UNWIRED) {
            throw new CadenceException(CadenceException.Kind.RUNTIME, "session playback is not available in this"
                    + " build of cadence; use cadence plan to see the session");
        }
        return player;
    }
}
