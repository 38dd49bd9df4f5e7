package run.cadence.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import run.cadence.CadenceException;
import run.cadence.files.OutputFileException;
import run.cadence.audio.io.LivePlayer;
import run.cadence.store.StoreException;

/**
 * Builds the one configured {@link CommandLine} and runs it. Tests call {@link #run(PrintWriter, PrintWriter,
 * String...)} and assert on the exit code and the text.
 */
public final class Cli {
    static final String PREFIX = "cadence: error: ";

    private Cli() {}

    public static int run(String... args) {
        return run(Environment.system(), args);
    }

    /** Runs in {@code env}, printing to the process's standard output and error. */
    public static int run(Environment env, String... args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(env, out, err, args);
    }

    /** Runs in the real {@link Environment#system() environment}. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(Environment.system(), out, err, args);
    }

    /** Runs with {@code env} handed to every command that takes one: the only way tests replace the world. */
    public static int run(Environment env, PrintWriter out, PrintWriter err, String... args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        CommandLine cmd = commandLine(env, out, err, verbose, args);
        env.shutdown().commandStarted();
        try {
            int code;
            try {
                code = cmd.execute(args);
            } catch (OutOfMemoryError e) {
                // picocli hands on Errors; by the time one gets here the command's data is garbage, so there is room
                // to say what happened in one line instead of the JVM's stack trace.
                out.flush();
                err.println(PREFIX + outOfMemory(Runtime.getRuntime().maxMemory()));
                if (verbose) {
                    e.printStackTrace(err);
                }
                code = ExitCodes.RUNTIME;
            }
            out.flush();
            err.flush();
            return code;
        } finally {
            // Reported and recorded: a SIGTERM that stopped a live play may let the process end now.
            env.shutdown().commandDone();
        }
    }

    /** What a runner can do when Java runs out of memory: exit 1, like any failure of the machine's resources. */
    static String outOfMemory(long maxHeapBytes) {
        return "out of memory: Java's limit here is " + maxHeapBytes / (1024 * 1024) + " MB, too little for this"
                + " input; give it more with CADENCE_JAVA_OPTS=-Xmx1g, or use a smaller file";
    }

    /** With only the subcommand {@code args} runs, when that is clear from its first word (see CadenceCommand). */
    static CommandLine commandLine(Environment env, PrintWriter out, PrintWriter err, boolean verbose,
            String... args) {
        CommandLine cmd = new CommandLine(new CadenceCommand(), new Factory(env));
        List<String> words = Arrays.asList(args);
        String first = words.stream().filter(a -> !a.startsWith("-")).findFirst().orElse("");
        // Completion and help list every command; an unknown name gets suggestions from all of them.
        boolean one = CadenceCommand.SUBCOMMANDS.containsKey(first) && !first.equals("generate-completion");
        boolean none = first.isEmpty() && (words.contains("--version") || words.contains("-V"))
                && !words.contains("--help") && !words.contains("-h");
        CadenceCommand.SUBCOMMANDS.forEach((name, command) -> {
            if (!none && (!one || name.equals(first))) {
                cmd.addSubcommand(name, command); // a class: picocli makes it with the factory above
            }
        });
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.registerConverter(Path.class, new PathConverter());
        cmd.setParameterExceptionHandler(parameterErrors(verbose));
        cmd.setExecutionExceptionHandler(executionErrors(verbose));
        return cmd;
    }

    private static IParameterExceptionHandler parameterErrors(boolean verbose) {
        return (ParameterException ex, String[] args) -> {
            CommandLine bad = ex.getCommandLine();
            PrintWriter err = bad.getErr();
            err.println(PREFIX + oneLine(ex.getMessage()) + " (see '" + bad.getCommandSpec().qualifiedName()
                    + " --help')");
            if (verbose) {
                ex.printStackTrace(err);
            }
            return ExitCodes.BAD_INPUT;
        };
    }

    private static IExecutionExceptionHandler executionErrors(boolean verbose) {
        return (Exception ex, CommandLine cmd, ParseResult parsed) -> {
            PrintWriter err = cmd.getErr();
            int code;
            String message;
            if (ex instanceof OutputFileException oe) {
                code = ExitCodes.of(oe.kind());
                message = FileErrors.describe(oe.problem(), FileErrors.optionNaming(cmd.getParseResult(),
                        oe.problem().target()));
            } else if (ex instanceof StoreException se) {
                code = ExitCodes.of(se.kind());
                message = StoreErrors.describe(se.problem());
            } else if (ex instanceof CadenceException ce) {
                code = ExitCodes.of(ce.kind());
                message = Problems.describe(ce);
            } else if (ex instanceof LivePlayer.LineStalled stalled) {
                code = ExitCodes.RUNTIME;
                message = Problems.describe(stalled);
            } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
                // An I/O failure is the machine's, not a bug: exit 1 with what the system said.
                code = ExitCodes.RUNTIME;
                message = "I/O error: " + FileErrors.reason(ex);
            } else if (ex instanceof InvalidPathException bad) {
                // A file named in a word that is not a path option (a --sound file, a session file).
                code = ExitCodes.BAD_INPUT;
                message = PathConverter.unusable(bad.getInput());
            } else if (ex instanceof IllegalArgumentException) {
                // Value records reject bad values in their constructors with a message meant for the runner.
                code = ExitCodes.BAD_INPUT;
                message = ex.getMessage();
            } else {
                code = ExitCodes.INTERNAL;
                message = "internal error (" + ex + "); please report it with the output of --verbose";
            }
            err.println(PREFIX + oneLine(message));
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return code;
        };
    }

    /**
     * picocli's factory, giving the environment to each command whose constructor takes it (play, run, next, log,
     * export plan); everything else is made as picocli would.
     */
    private record Factory(Environment env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            Constructor<K> withEnvironment;
            try {
                withEnvironment = cls.getDeclaredConstructor(Environment.class);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
            withEnvironment.setAccessible(true);
            return withEnvironment.newInstance(env);
        }
    }

    static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        return message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
