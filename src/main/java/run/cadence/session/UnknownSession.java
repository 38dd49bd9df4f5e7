package run.cadence.session;

import java.util.Optional;
import run.cadence.CadenceException;

/**
 * A session name that is neither a built-in session nor a workout file (bad input), with the built-in name it
 * is closest to, if any is close; {@code typed} is blank when no name was given. The CLI says where the list is.
 */
public final class UnknownSession extends CadenceException {
    private final String typed;
    private final Optional<String> closest;

    UnknownSession(String typed, Optional<String> closest) {
        super(Kind.BAD_INPUT, "unknown session '" + typed + "'");
        this.typed = typed;
        this.closest = closest;
    }

    public String typed() {
        return typed;
    }

    public Optional<String> closest() {
        return closest;
    }
}
