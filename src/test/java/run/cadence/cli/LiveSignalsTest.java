package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping a live play from outside, in a child JVM that runs {@code cadence} as {@link Main} does (its own streams,
 * terminal and shutdown hooks; live audio into a memory sink paced like a sound card, {@link LiveChild}). A SIGTERM
 * or SIGINT stops the play as {@code q} would: the report is printed, {@code next} records how far it really got,
 * and the process then ends with the signal's status. In a terminal (a pty made by {@code script}), Ctrl-C is a key
 * that stops the play (exit 0), the terminal comes back as it was, and the status line fits its width.
 */
class LiveSignalsTest {
    /** What the report and the history say once a live play is stopped from outside. */
    private static final Pattern STOPPED_AFTER = Pattern.compile("Stopped after 00:(\\d\\d): 0 of 14 steps completed,"
            + " 00:00 running\\.");

    @TempDir
    Path dir;

    /** A child with its output captured as it comes. */
    private static final class Child {
        final Process process;
        private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
        private final Thread reader;

        Child(List<String> command) throws IOException {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            reader = new Thread(() -> {
                byte[] b = new byte[4096];
                try (InputStream in = process.getInputStream()) {
                    int n;
                    while ((n = in.read(b)) > 0) {
                        synchronized (seen) {
                            seen.write(b, 0, n);
                        }
                    }
                } catch (IOException e) {
                    // The child is gone.
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        String output() {
            synchronized (seen) {
                return seen.toString(StandardCharsets.UTF_8);
            }
        }

        /** Waits until the output holds {@code text}, then {@code more} of playing. */
        void awaitPlaying(String text, Duration more) throws Exception {
            Instant deadline = Instant.now().plusSeconds(60);
            while (!output().contains(text)) {
                assertTrue(process.isAlive(), () -> "the child ended early: " + output());
                assertTrue(Instant.now().isBefore(deadline), () -> "not playing within 60 s: " + output());
                process.waitFor(50, TimeUnit.MILLISECONDS);
            }
            process.waitFor(more.toMillis(), TimeUnit.MILLISECONDS);
            assertTrue(process.isAlive(), () -> "the child ended early: " + output());
        }

        int awaitExit() throws Exception {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the child did not stop: " + output());
            }
            reader.join(10_000); // everything it printed, to the end
            return process.exitValue();
        }
    }

    private static List<String> java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                LiveChild.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private void signal(long pid, String signal) throws Exception {
        assumeFalse(KilledRenderTest.ignores(pid, signal), "SIG" + signal + " is ignored by this process group");
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor());
    }

    /** A runner at stage 3 whose first session starts with a 5-minute walk: nothing is run in the first seconds. */
    private Path runnerAtStage3() {
        Path data = dir.resolve("data");
        assertEquals(0, CliRunner.inDataDir(data, "profile", "--baseline", "164", "--stage", "3", "--walk-check",
                "pass", "--hop-check", "pass").exitCode());
        return data;
    }

    /** The history's one session, as {@code history --csv} gives it: column name to value. */
    private static Map<String, String> onlySession(Path data) {
        CliRunner r = CliRunner.inDataDir(data, "history", "--csv");
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().split("\\R");
        assertEquals(2, lines.length, r.out());
        List<String> names = Arrays.asList(lines[0].split(","));
        String[] values = lines[1].split(",", -1);
        return names.stream().collect(Collectors.toMap(n -> n, n -> values[names.indexOf(n)]));
    }

    private static int secondsStopped(String output) {
        Matcher m = STOPPED_AFTER.matcher(output);
        assertTrue(m.find(), output);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void sigtermStopsALiveMetronomeWhichReportsBeforeTheProcessEnds() throws Exception {
        Child child = new Child(java("play", "--bpm", "170"));
        child.awaitPlaying("Playing", Duration.ofMillis(1500));
        signal(child.process.pid(), "TERM");
        assertEquals(128 + 15, child.awaitExit(), child.output());
        assertTrue(Pattern.compile("Played 00:0\\d, \\d+ steps, last tempo 170 spm, \\d+ underruns?\\.")
                .matcher(child.output()).find(), child.output());
    }

    @Test
    void sigintFromOutsideStopsItToo() throws Exception {
        Child child = new Child(java("play", "--bpm", "170"));
        child.awaitPlaying("Playing", Duration.ofMillis(1500));
        signal(child.process.pid(), "INT");
        assertEquals(128 + 2, child.awaitExit(), child.output());
        assertTrue(child.output().contains("Played 00:0"), child.output());
    }

    @Test
    void sigtermDuringNextRecordsTheSessionStoppedWhereItWas() throws Exception {
        Path data = runnerAtStage3();
        Child child = new Child(java("next", "--no-voice", "--today", "2026-11-26", "--data-dir", data.toString()));
        child.awaitPlaying("Playing", Duration.ofMillis(2500));
        signal(child.process.pid(), "TERM");
        assertEquals(128 + 15, child.awaitExit(), child.output());
        int seconds = secondsStopped(child.output());
        assertTrue(seconds >= 2 && seconds < 30, child.output());
        assertTrue(child.output().contains("Recorded: stopped early after 00:" + String.format("%02d", seconds)
                + " of 40:00"), child.output());
        Map<String, String> s = onlySession(data);
        assertEquals("stopped_early", s.get("status"));
        assertEquals(Integer.toString(seconds), s.get("done_seconds"));
        assertEquals("0.0", s.get("running_minutes"));
    }

    /** {@code stty -a} output {@code settings} has each of {@code flags} on (listed bare, not with a "-"). */
    private static void assertOn(String settings, String... flags) {
        for (String flag : flags) {
            assertTrue(Pattern.compile("(?<![-\\w])" + flag + "(?![\\w])").matcher(settings).find(),
                    flag + " is off after: " + settings);
        }
    }

    /** {@code sh -c SCRIPT} inside a pseudo-terminal of 45 columns, made by {@code script}; stdin goes to its keys. */
    private static Child inATerminal(String shell) throws Exception {
        assumeTrue(new ProcessBuilder("sh", "-c", "command -v script").start().waitFor() == 0, "no script(1)");
        return new Child(List.of("script", "-qec", "stty cols 45 rows 20; " + shell, "/dev/null"));
    }

    private static String quoted(List<String> words) {
        return words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
    }

    @Test
    void ctrlCInATerminalStopsLikeQRecordsAndGivesTheTerminalBack() throws Exception {
        Path data = runnerAtStage3();
        Child child = inATerminal("stty -a > before.txt 2>&1; " + quoted(java("next", "--no-voice", "--today",
                "2026-11-26", "--data-dir", data.toString())) + "; echo EXIT=$?; stty -a");
        child.awaitPlaying("Playing", Duration.ofMillis(2500));
        child.process.getOutputStream().write(3);
        child.process.getOutputStream().flush();
        assertEquals(0, child.awaitExit(), child.output());
        String out = child.output();
        int seconds = secondsStopped(out);
        assertTrue(out.contains("Recorded: stopped early after 00:" + String.format("%02d", seconds)), out);
        assertTrue(out.contains("EXIT=0"), out);
        assertEquals("stopped_early", onlySession(data).get("status"));
        assertEquals(Integer.toString(seconds), onlySession(data).get("done_seconds"));
        // The terminal's settings after are what they were before: canonical, echoing, signals on.
        String after = out.substring(out.indexOf("EXIT=0"));
        assertOn(after, "isig", "icanon", "echo", "icrnl", "ixon");
        // Every redraw of the status fits in 44 of the 45 columns, so none wraps and scrolls the screen.
        for (String redraw : out.split("\r\033\\[K")) {
            String line = redraw.split("\r")[0];
            if (line.startsWith("Walk")) {
                assertTrue(line.length() <= 44, "'" + line + "' is " + line.length() + " columns");
            }
        }
    }

    @Test
    void sigtermInATerminalStillReportsAndRestoresTheTerminal() throws Exception {
        // In the background so the shell can read the terminal's settings after; its keys come from the terminal.
        Child child = inATerminal(quoted(java("play", "--bpm", "170")) + " < /dev/tty & echo PID=$!; wait $!;"
                + " echo EXIT=$?; stty -a");
        child.awaitPlaying("Playing", Duration.ofMillis(1500));
        Matcher pid = Pattern.compile("PID=(\\d+)").matcher(child.output());
        assertTrue(pid.find(), child.output());
        signal(Long.parseLong(pid.group(1)), "TERM");
        assertEquals(0, child.awaitExit(), child.output());
        String out = child.output();
        assertTrue(out.contains("Played 00:0"), out);
        assertTrue(out.contains("EXIT=143"), out);
        String after = out.substring(out.indexOf("EXIT=143"));
        assertOn(after, "isig", "icanon", "echo");
    }
}
