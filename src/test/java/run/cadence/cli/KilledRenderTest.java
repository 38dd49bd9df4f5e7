package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render killed part-way, in a child JVM: SIGTERM and SIGINT (Ctrl-C) leave no file at all, neither the target
 * nor the hidden partial file; {@code kill -9} cannot be caught and leaves the partial file, which the next render
 * into that folder sweeps once the file is old enough to be surely abandoned.
 */
class KilledRenderTest {
    @TempDir
    Path dir;

    /** Starts a 6-hour MP3 render (minutes of work) and waits until its hidden file holds encoded audio. */
    private Process renderingChild(Path out) throws Exception {
        return renderingChild(out, 100_000, "play", "--bpm", "170", "--duration", "6h", "--out", out.toString());
    }

    /** Starts {@code args}, rendering {@code out}, and waits until its hidden file holds {@code bytes}. */
    private Process renderingChild(Path out, long bytes, String... args) throws Exception {
        Process p = ChildCadence.start(dir.resolve("log.txt"), args);
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            Optional<Path> partial = partial(out);
            if (partial.isPresent() && Files.size(partial.get()) > bytes) {
                return p;
            }
            assertTrue(p.isAlive(), () -> "the render ended early: " + log());
            p.waitFor(50, TimeUnit.MILLISECONDS);
        }
        p.destroyForcibly();
        throw new AssertionError("no partial file grew within 60 s: " + log());
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("log.txt"));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    /** The hidden partial file of {@code target}, if there is one. */
    private static Optional<Path> partial(Path target) throws Exception {
        String prefix = "." + target.getFileName() + ".";
        try (Stream<Path> s = Files.list(target.getParent())) {
            return s.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".part")).findFirst();
        }
    }

    private void signalAndExpectNothingLeft(String signal) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out"));
        Process child = renderingChild(folder.resolve("long.mp3"));
        assumeFalse(ignores(child.pid(), signal), "SIG" + signal + " is ignored by this process group");
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not stop");
        assertEquals(128 + (signal.equals("TERM") ? 15 : 2), child.exitValue(), log());
        assertEquals(List.of(), DiskFullTest.files(folder));
    }

    @Test
    void sigtermLeavesNoFile() throws Exception {
        signalAndExpectNothingLeft("TERM");
    }

    @Test
    void ctrlCLeavesNoFile() throws Exception {
        signalAndExpectNothingLeft("INT");
    }

    /**
     * {@code next --out} stopped mid-render by SIGTERM or Ctrl-C: no file, and no session either. The row used to
     * stay STARTED ("cut off"), counted as a run the runner never did: four stopped renders moved the plan five days.
     * The history was open all through the render, so SQLite's -wal and -shm files stayed beside it too.
     */
    @Test
    void aStoppedNextRenderLeavesNoFileAndRecordsNoSession() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        assertEquals(0, CliRunner.inDataDir(data, "profile", "--baseline", "160").exitCode());
        Path folder = Files.createDirectory(dir.resolve("out"));
        for (String signal : List.of("TERM", "INT")) {
            Path today = folder.resolve("today.mp3");
            Process child = renderingChild(today, 1, "next", "--out", today.toString(), "--data-dir", data.toString());
            assumeFalse(ignores(child.pid(), signal), "SIG" + signal + " is ignored by this process group");
            assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid())).start().waitFor());
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not stop");
            assertEquals(List.of(), DiskFullTest.files(folder));
            assertEquals(List.of("history.db"), DiskFullTest.files(data), "history.db-wal and -shm were left");
            CliRunner history = CliRunner.inDataDir(data, "history", "--csv");
            assertEquals(1, history.out().strip().lines().count(), "a session was recorded: " + history.out());
        }
    }

    @Test
    void killMinus9LeavesAPartialFileThatTheNextRenderSweeps() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out"));
        // Not ours: another program's naming, and a partial file of an older cadence that did not name its process.
        for (String name : List.of(".notes.txt.123-abc.part", ".old.wav.k3j4h5.part")) {
            Files.writeString(folder.resolve(name), "not ours to judge");
            Files.setLastModifiedTime(folder.resolve(name), FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        }
        Path target = folder.resolve("long.mp3");
        Process child = renderingChild(target);
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        Path left = partial(target).orElseThrow();

        // Within STALE_AFTER of its last write a file is kept: its writer may live in another PID namespace.
        Path out = folder.resolve("short.wav");
        assertEquals(0, CliRunner.run("play", "--bpm", "170", "--duration", "5s", "--out", out.toString()).exitCode());
        assertTrue(Files.exists(left), "a fresh partial file was swept");

        Files.setLastModifiedTime(left, FileTime.from(Instant.now().minus(Duration.ofMinutes(3))));
        assertEquals(0, CliRunner.run("play", "--bpm", "170", "--duration", "5s", "--out", out.toString()).exitCode());
        assertEquals(List.of(".notes.txt.123-abc.part", ".old.wav.k3j4h5.part", "short.wav"),
                DiskFullTest.files(folder));
    }

    /** Whether {@code pid} ignores the signal (a background job of a non-interactive shell ignores SIGINT). */
    static boolean ignores(long pid, String signal) throws Exception {
        int number = signal.equals("TERM") ? 15 : 2;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("SigIgn:")) {
                long mask = Long.parseUnsignedLong(line.substring(7).strip(), 16);
                return (mask & (1L << (number - 1))) != 0;
            }
        }
        return false;
    }
}
