package run.cadence.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time and peak memory of whole {@code ./cadence measure file} commands (JVM start included) on 2 MB recordings,
 * beside the previous reader's way of decoding FIT (the SDK's Decode over the whole file in memory) in its own JVM,
 * in the same run. Peak memory is the process's maximum resident set size from {@code /usr/bin/time -v} (Debian
 * package {@code time}). Figures go to target/bench-measure.txt and the README; nothing here asserts a time.
 * Run: mvn -B -Pbench verify (or -Dtest=MeasureFileBenchTest -Dgroups=bench).
 */
@Tag("bench")
class MeasureFileBenchTest {
    private static final int RUNS = 3;
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern WALL = Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): "
            + "(?:(\\d+):)?(\\d+):([\\d.]+)");

    @TempDir
    Path dir;

    @Test
    void twoMegabyteRecordings() throws Exception {
        Path fit = LongActivityFiles.ironmanFit(dir.resolve("ironman.fit"));
        Path gpx = LongActivityFiles.longGpx(dir.resolve("long-run.gpx"), 9300);
        Path tcx = LongActivityFiles.longTcx(dir.resolve("long-run.tcx"), 8300);
        Path launcher = Path.of("cadence").toAbsolutePath();
        // The launcher builds target/cadence.jar when the sources are newer; that build is not timed.
        run(List.of(launcher.toString(), "--version"));
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%-52s %s%n", "./cadence --version (JVM start, no file)",
                measure(List.of(launcher.toString(), "--version"))));
        for (Path file : List.of(fit, gpx, tcx)) {
            report.append(String.format(Locale.ROOT, "%-52s %s%n", "./cadence measure file " + file.getFileName()
                    + " (" + kb(file) + " KB)", measure(List.of(launcher.toString(), "measure", "file",
                    file.toString()))));
        }
        // The most one file may hold (48 hours at one point a second), and a file past it, refused (exit 2) before
        // its points fill memory: memory is bounded whatever the file.
        Path longest = LongActivityFiles.longGpx(dir.resolve("48-hours.gpx"), 48 * 3600);
        report.append(String.format(Locale.ROOT, "%-52s %s%n", "./cadence measure file " + longest.getFileName()
                + " (" + kb(longest) / 1024 + " MB)", measure(List.of(launcher.toString(), "measure", "file",
                longest.toString()))));
        Path tooLong = LongActivityFiles.longGpx(dir.resolve("600k-points.gpx"), 600_000);
        report.append(String.format(Locale.ROOT, "%-52s %s%n", "./cadence measure file " + tooLong.getFileName()
                + " (" + kb(tooLong) / 1024 + " MB, refused)", measure(List.of(launcher.toString(), "measure", "file",
                tooLong.toString()), 2)));
        List<String> anchor = List.of("java", "-cp", Path.of("target", "cadence.jar") + ":" + Path.of("target",
                "test-classes"), SdkDecodeAnchor.class.getName(), fit.toString());
        report.append(String.format(Locale.ROOT, "%-52s %s%n", "anchor: SDK Decode of " + fit.getFileName()
                + " in memory (bare JVM)", measure(anchor)));
        String text = report.toString();
        System.out.print(text);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "bench-measure.txt"), text);
    }

    private static long kb(Path file) throws IOException {
        return Files.size(file) / 1024;
    }

    private static String measure(List<String> command) throws Exception {
        return measure(command, 0);
    }

    /** "median 0.61 s (best 0.58 s), peak RSS 75 MB" over {@link #RUNS} runs that exit with {@code exitCode}. */
    private static String measure(List<String> command, int exitCode) throws Exception {
        double[] seconds = new double[RUNS];
        long peakKb = 0;
        for (int i = 0; i < RUNS; i++) {
            List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-v"));
            timed.addAll(command);
            String out = run(timed, exitCode);
            Matcher rss = RSS.matcher(out);
            Matcher wall = WALL.matcher(out);
            if (!rss.find() || !wall.find()) {
                return "no figures: /usr/bin/time -v printed nothing usable (apt-get install time)";
            }
            peakKb = Math.max(peakKb, Long.parseLong(rss.group(1)));
            seconds[i] = (wall.group(1) == null ? 0 : Integer.parseInt(wall.group(1)) * 3600)
                    + Integer.parseInt(wall.group(2)) * 60 + Double.parseDouble(wall.group(3));
        }
        Arrays.sort(seconds);
        return String.format(Locale.ROOT, "median %.2f s (best %.2f s), peak RSS %d MB", seconds[RUNS / 2],
                seconds[0], peakKb / 1024);
    }

    private static String run(List<String> command) throws Exception {
        return run(command, 0);
    }

    private static String run(List<String> command, int exitCode) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(exitCode, p.waitFor(), String.join(" ", command) + "\n" + out);
        return out;
    }
}
