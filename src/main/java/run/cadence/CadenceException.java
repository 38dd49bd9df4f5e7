package run.cadence;

/**
 * A failure the runner can act on, reported as one line and mapped to an exit code by the CLI.
 * Packages below the CLI throw it (or a subclass) so they need not know about picocli.
 */
public class CadenceException extends RuntimeException {

    /** What went wrong; the CLI turns it into the exit code (README "Exit codes"). */
    public enum Kind {
        /** Runtime failure outside the runner's input: no audio device, I/O error. */
        RUNTIME,
        /** The runner's input (arguments, files they wrote) is wrong. */
        BAD_INPUT,
        /** Stored data is corrupt or from a newer version; never overwritten. */
        BAD_DATA
    }

    private final Kind kind;

    public CadenceException(Kind kind, String message) {
        this(kind, message, null);
    }

    public CadenceException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static CadenceException badInput(String message) {
        return new CadenceException(Kind.BAD_INPUT, message);
    }

    public static CadenceException badInput(String message, Throwable cause) {
        return new CadenceException(Kind.BAD_INPUT, message, cause);
    }

    public static CadenceException runtime(String message, Throwable cause) {
        return new CadenceException(Kind.RUNTIME, message, cause);
    }
}
