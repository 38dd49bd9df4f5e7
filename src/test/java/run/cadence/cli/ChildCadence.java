package run.cadence.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code cadence} in a child JVM, for what only a real process shows: signals, its shutdown hooks, a file size
 * limit. Output goes to a log file beside nothing the test inspects.
 */
final class ChildCadence {
    private ChildCadence() {}

    /** The command line: java with this test run's class path, then Main and {@code args}. */
    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    static Process start(Path log, String... args) throws IOException {
        return new ProcessBuilder(command(args)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Runs it under {@code ulimit -f blocks} (blocks of 1024 bytes): writes past the limit fail with EFBIG. */
    static Finished runWithFileSizeLimit(int blocks, Path log, String... args) throws Exception {
        return runScript(log, Map.of(), "ulimit -f " + blocks + " && exec \"$@\"", args);
    }

    /**
     * Runs {@code sh -c script} with {@code "$@"} the cadence command line and {@code env} added: for what needs a
     * shell, a limit, a locale, or bytes in an argument that this JVM's own locale could not encode ({@code printf}).
     */
    static Finished runScript(Path log, Map<String, String> env, String script, String... args) throws Exception {
        List<String> line = new ArrayList<>(List.of("sh", "-c", script, "sh"));
        line.addAll(command(args));
        ProcessBuilder pb = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("cadence did not finish in 120 s: " + Files.readString(log));
        }
        return new Finished(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    record Finished(int exitCode, String output) {}
}
