package run.cadence.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole commands, JVM start included, through the README's {@code ./cadence} launcher, each beside its anchor in the
 * same run, runs interleaved so that a busy machine slows both alike: {@code --version}; a 60-minute WAV beside
 * klick writing the same hour; the 30-minute walk-run session to MP3 beside lame encoding a WAV of that session.
 * Wall and CPU time and peak RSS come from GNU time; outputs are deleted before each run (replacing a 300 MB file
 * costs its own time). Nothing is asserted about time. The bench profile runs this after {@code package}, so the
 * launcher finds its jar built; it makes its class-data archive on the first, untimed, call.
 */
@Tag("bench")
class WholeCommandBenchTest {
    private static final Path TIME = Path.of("/usr/bin/time");

    @TempDir
    Path dir;

    /** One run: seconds of wall, user and system time, and peak resident memory in MB. */
    record Run(double wall, double user, double sys, double rssMb) {}

    private static Run timed(List<String> command, Path output) throws IOException, InterruptedException {
        Files.deleteIfExists(output);
        Path t = Files.createTempFile("bench-time", ".txt");
        List<String> all = new ArrayList<>(List.of(TIME.toString(), "-f", "%e %U %S %M", "-o", t.toString()));
        all.addAll(command);
        Process p = new ProcessBuilder(all).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        int code = p.waitFor();
        String[] f = Files.readString(t).strip().split("\\s+");
        Files.delete(t);
        assertEquals(0, code, String.join(" ", command) + " failed: " + String.join(" ", f));
        int n = f.length;
        return new Run(Double.parseDouble(f[n - 4]), Double.parseDouble(f[n - 3]), Double.parseDouble(f[n - 2]),
                Double.parseDouble(f[n - 1]) / 1024);
    }

    private static String line(String what, List<Run> runs) {
        double[] wall = runs.stream().mapToDouble(Run::wall).sorted().toArray();
        double[] cpu = runs.stream().mapToDouble(r -> r.user() + r.sys()).sorted().toArray();
        double[] user = runs.stream().mapToDouble(Run::user).sorted().toArray();
        double[] sys = runs.stream().mapToDouble(Run::sys).sorted().toArray();
        double rss = runs.stream().mapToDouble(Run::rssMb).max().orElse(0);
        return String.format(Locale.ROOT, "%-66s wall %5.2f s (best %5.2f)  cpu %5.2f s (user %5.2f, sys %4.2f)"
                + "  peak RSS %4.0f MB  [median of %d]%n", what, median(wall), wall[0], median(cpu), median(user),
                median(sys), rss, runs.size());
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    /** Runs {@code a} and {@code b} alternately {@code n} times and returns their two report lines. */
    private static String pair(int n, String labelA, List<String> a, Path outA, String labelB, List<String> b,
            Path outB) throws Exception {
        List<Run> ra = new ArrayList<>();
        List<Run> rb = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ra.add(timed(a, outA));
            if (b != null) {
                rb.add(timed(b, outB));
            }
        }
        return line(labelA, ra) + (b == null ? "" : line(labelB, rb));
    }

    private static boolean installed(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    @Test
    void wholeCommandsBesideKlickAndLame() throws Exception {
        assumeTrue(Files.isExecutable(TIME), "needs GNU time (apt-get install time)");
        String cadence = Path.of("cadence").toAbsolutePath().toString();
        assumeTrue(Files.isRegularFile(Path.of("target", "cadence.jar")), "run through mvn -Pbench verify");
        // Untimed: builds nothing (package just ran), makes the class-data archive once.
        timed(List.of(cadence, "--version"), dir.resolve("none"));

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "Whole commands, Java %s, %d CPUs, load"
                + " %s%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), load()));
        report.append(pair(10, "./cadence --version", List.of(cadence, "--version"), dir.resolve("none"), null, null,
                null));

        Path wav = dir.resolve("x.wav");
        Path klickWav = dir.resolve("k.wav");
        report.append(pair(5, "./cadence play --bpm 170 --duration 60m --out x.wav",
                List.of(cadence, "play", "--bpm", "170", "--duration", "60m", "--out", wav.toString()), wav,
                "klick -e -r 44100 -W x.wav 10200 1/4 170", installed("klick")
                        ? List.of("klick", "-e", "-r", "44100", "-W", klickWav.toString(), "10200", "1/4", "170")
                        : null, klickWav));
        Files.deleteIfExists(wav);
        Files.deleteIfExists(klickWav);

        Path sessionWav = dir.resolve("session.wav");
        timed(List.of(cadence, "run", "run-walk-2-3", "--baseline", "164", "--out", sessionWav.toString()),
                dir.resolve("none"));
        Path mp3 = dir.resolve("x.mp3");
        Path lameMp3 = dir.resolve("l.mp3");
        report.append(pair(3, "./cadence run run-walk-2-3 --baseline 164 --out x.mp3 (30 min)",
                List.of(cadence, "run", "run-walk-2-3", "--baseline", "164", "--out", mp3.toString()), mp3,
                "lame -b 96 -m m on a WAV of that session", installed("lame")
                        ? List.of("lame", "--quiet", "-b", "96", "-m", "m", sessionWav.toString(), lameMp3.toString())
                        : null, lameMp3));
        if (!installed("klick") || !installed("lame")) {
            report.append("klick or lame missing: apt-get install klick lame\n");
        }
        report.append("load after: ").append(load()).append('\n');
        System.out.print(report);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "whole-commands.txt"), report);
    }

    private static String load() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? Files.readString(loadavg).strip() : "unknown";
    }
}
