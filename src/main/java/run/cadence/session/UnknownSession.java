package run.cadence.session;

import java.util.List;
import java.util.Optional;
import run.cadence.CadenceException;

/**
 * A session name that is neither a built-in session nor a workout file (bad input), with the built-in name it
 * is closest to, if any is close; {@code typed} is blank when no name was given. The CLI says where the list is.
 */
public final class UnknownSession extends CadenceException {
    private final String typed;
    private final Optional<String> closest;
    private final List<String> startingWith;

    UnknownSession(String typed, Optional<String> closest, List<String> startingWith) {
        super(Kind.BAD_INPUT, "unknown session '" + typed + "'");
        this.typed = typed;
        this.closest = closest;
        this.startingWith = List.copyOf(startingWith);
    }

    public String typed() {
        return typed;
    }

    public Optional<String> closest() {
        return closest;
    }

    /** The built-in names that begin with what was typed ("run-walk" begins five), when none is close. */
    public List<String> startingWith() {
        return startingWith;
    }
}
