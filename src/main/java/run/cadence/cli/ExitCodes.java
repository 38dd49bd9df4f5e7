package run.cadence.cli;

import run.cadence.CadenceException;

/** The process exit codes, documented in the README: the one list, and how a failure's kind maps onto it. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Runtime failure: no audio line, I/O error, out of memory (see {@link Cli#outOfMemory}). */
    public static final int RUNTIME = 1;
    /** Usage error or bad input. */
    public static final int BAD_INPUT = 2;
    /** Stored data is corrupt or from a newer version. */
    public static final int BAD_DATA = 3;
    /** A bug in Cadence Coach. */
    public static final int INTERNAL = 4;

    private ExitCodes() {}

    public static int of(CadenceException.Kind kind) {
        return switch (kind) {
            case RUNTIME -> RUNTIME;
            case BAD_INPUT -> BAD_INPUT;
            case BAD_DATA -> BAD_DATA;
        };
    }
}
