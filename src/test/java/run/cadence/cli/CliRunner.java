package run.cadence.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the CLI in-process and keeps what it printed. */
public record CliRunner(int exitCode, String out, String err) {

    public static CliRunner run(String... args) {
        return run(Environment.system(), args);
    }

    /** Runs the CLI in {@code env}: scripted keys, memory sinks, a recording player. */
    public static CliRunner run(Environment env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRunner(code, out.toString(), err.toString());
    }

    /**
     * Runs the CLI with {@code --data-dir dataDir} appended, so a test's history lives in its own directory and
     * never in the user's real one.
     */
    public static CliRunner inDataDir(Path dataDir, String... args) {
        return inDataDir(Environment.system(), dataDir, args);
    }

    /** As {@link #inDataDir(Path, String...)}, in {@code env}. */
    public static CliRunner inDataDir(Environment env, Path dataDir, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dataDir.toString();
        return run(env, all);
    }

    /** The error output as lines, for the "one line" rule. */
    public String[] errLines() {
        return err.isEmpty() ? new String[0] : err.split("\\R");
    }
}
