package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A render that cannot be written to the end: exit 1 (a runtime failure, not a bug), one line naming the file and
 * what the system said, and nothing left in the folder, neither the target nor a hidden partial file. For `play`
 * and `run`, WAV and MP3, on a real full file system (a 1 MB tmpfs, when the tests run as root as they do in CI)
 * and under a file size limit ({@code ulimit -f}, any user).
 */
class DiskFullTest {
    @TempDir
    Path dir;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", "-l", mounted.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The command for {@code kind}, writing {@code out}: 10 minutes of metronome or a 36-minute session. */
    private static String[] render(String kind, Path out) {
        return kind.startsWith("play")
                ? new String[] {"play", "--bpm", "170", "--duration", "10m", "--out", out.toString()}
                : new String[] {"run", "run-walk-2-3", "--baseline", "164", "--no-voice", "--out", out.toString()};
    }

    private static String extension(String kind) {
        return kind.endsWith("wav") ? "wav" : "mp3";
    }

    private Path tinyFileSystem() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root (CI runs as root)");
        Path mnt = Files.createDirectory(dir.resolve("tiny"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mnt.toString())
                .redirectErrorStream(true).start();
        assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0,
                "mount refused (a container without CAP_SYS_ADMIN): " + new String(p.getInputStream().readAllBytes()));
        mounted = mnt;
        return mnt;
    }

    @ParameterizedTest
    @ValueSource(strings = {"play wav", "play mp3", "run wav", "run mp3"})
    void aFullDiskIsARuntimeErrorNamingTheFileAndLeavesNothing(String kind) throws Exception {
        Path tiny = tinyFileSystem();
        Path out = tiny.resolve("session." + extension(kind));
        CliRunner r = CliRunner.run(render(kind, out));
        assertEquals(1, r.exitCode(), r.err());
        assertEquals(List.of("cadence: error: cannot write '" + out + "': No space left on device; the unfinished"
                + " file was removed"), List.of(r.errLines()));
        assertEquals(List.of(), files(tiny));
    }

    @ParameterizedTest
    @ValueSource(strings = {"play wav", "play mp3", "run wav", "run mp3"})
    void aFileSizeLimitIsARuntimeErrorNamingTheFileAndLeavesNothing(String kind) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out"));
        Path out = folder.resolve("session." + extension(kind));
        ChildCadence.Finished r = ChildCadence.runWithFileSizeLimit(512, dir.resolve("log.txt"), render(kind, out));
        assertEquals(1, r.exitCode(), r.output());
        String error = r.output().lines().filter(l -> l.startsWith("cadence: error")).findFirst().orElse(r.output());
        assertEquals("cadence: error: cannot write '" + out + "': File too large; the unfinished file was removed",
                error);
        assertEquals(List.of(), files(folder));
    }

    /** A history with one run, played by the recording player (nothing rendered). */
    private Path historyWithARun() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Environment played = new RecordingPlayer().in(Environment.system());
        assertEquals(0, CliRunner.inDataDir(played, data, "profile", "--baseline", "164").exitCode());
        assertEquals(0, CliRunner.inDataDir(played, data, "next", "--today", "2026-11-26").exitCode());
        return data;
    }

    /** ImageIO said only "I/O error writing PNG file!" (exit 1 as an I/O error, the file's name missing). */
    @Test
    void aChartOnAFullDiskNamesTheFileAndTheReasonAndLeavesNothing() throws Exception {
        Path data = historyWithARun();
        Path tiny = tinyFileSystem();
        Path filler = tiny.resolve("filler");
        try (var out = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full now
        }
        Path chart = tiny.resolve("progress.png");
        CliRunner r = CliRunner.inDataDir(data, "history", "--chart", chart.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertEquals(List.of("cadence: error: cannot write '" + chart + "': No space left on device; the unfinished"
                + " file was removed"), List.of(r.errLines()));
        assertEquals(List.of("filler"), files(tiny));
    }

    /** A render that cannot be written is no session: it used to add a "stopped at 00:00" row each time. */
    @Test
    void aNextRenderThatCannotBeWrittenRecordsNoSession() throws Exception {
        Path data = historyWithARun();
        Path folder = Files.createDirectory(dir.resolve("out"));
        Path out = folder.resolve("today.wav");
        ChildCadence.Finished r = ChildCadence.runWithFileSizeLimit(2048, dir.resolve("log.txt"), "next", "--today",
                "2026-11-28", "--anyway", "--no-voice", "--out", out.toString(), "--data-dir", data.toString());
        assertEquals(1, r.exitCode(), r.output());
        String error = r.output().lines().filter(l -> l.startsWith("cadence: error")).findFirst().orElse(r.output());
        assertEquals("cadence: error: cannot write '" + out + "': File too large; the unfinished file was removed",
                error);
        assertEquals(List.of(), files(folder));
        assertEquals(2, CliRunner.inDataDir(data, "history", "--csv").out().strip().lines().count(),
                "a row for the failed render");
    }

    /** Every name in {@code folder}, hidden ones included. */
    static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
