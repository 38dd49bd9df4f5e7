package run.cadence.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.cli.CliRunner;

/**
 * Render speed and memory of `cadence play --out` for a 60-minute track, next to klick exporting the same hour
 * in the same run. Figures go to the README; nothing here asserts a time. Run: mvn -B -Pbench verify
 */
@Tag("bench")
class PlayRenderBenchTest {
    private static final int RUNS = 3;

    @TempDir
    Path dir;

    @Test
    void sixtyMinutesAt170Spm() throws Exception {
        StringBuilder report = new StringBuilder();
        report.append(measure("mono", "play", "--bpm", "170", "--duration", "60m", "--out", dir.resolve("a.wav").toString()));
        report.append(measure("stereo, alternate ears, accent 2", "play", "--bpm", "170", "--duration", "60m",
                "--pan", "alternate", "--accent", "2", "--out", dir.resolve("b.wav").toString()));
        report.append(measure("fractional 172.2 spm with a 5 min ramp", "play", "--baseline", "164", "--ramp-over",
                "5m", "--duration", "60m", "--out", dir.resolve("c.wav").toString()));
        report.append(klick());
        String text = report.toString();
        System.out.print(text);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "bench-play.txt"), text);
    }

    private String measure(String label, String... args) throws IOException {
        double[] seconds = new double[RUNS];
        long peak = 0;
        for (int i = 0; i < RUNS; i++) {
            System.gc();
            HeapPeaks.reset();
            long t0 = System.nanoTime();
            CliRunner r = CliRunner.run(args);
            seconds[i] = (System.nanoTime() - t0) / 1e9;
            assertEquals(0, r.exitCode(), r.err());
            peak = Math.max(peak, HeapPeaks.bytes());
        }
        Arrays.sort(seconds);
        long bytes = Files.size(Path.of(args[args.length - 1]));
        return String.format(Locale.ROOT, "cadence %-40s median %.2f s (best %.2f s), %.0fx real time, %d MB file, "
                + "peak heap %.1f MB%n", label + ":", seconds[RUNS / 2], seconds[0], 3600 / seconds[RUNS / 2],
                bytes >> 20, peak / 1048576.0);
    }

    private String klick() throws Exception {
        double[] seconds = new double[RUNS];
        Path out = dir.resolve("klick.wav");
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            Process p;
            try {
                p = new ProcessBuilder("klick", "-e", "-r", "44100", "-W", out.toString(), "10200", "1/4", "170")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                return "klick: not installed (apt-get install klick)\n";
            }
            int code = p.waitFor();
            seconds[i] = (System.nanoTime() - t0) / 1e9;
            if (code != 0) {
                return "klick: failed with exit code " + code + "\n";
            }
        }
        Arrays.sort(seconds);
        return String.format(Locale.ROOT, "klick   %-40s median %.2f s (best %.2f s), %.0fx real time, %d MB file%n",
                "10200 1/4 170 (same hour):", seconds[RUNS / 2], seconds[0], 3600 / seconds[RUNS / 2],
                Files.size(out) >> 20);
    }
}
