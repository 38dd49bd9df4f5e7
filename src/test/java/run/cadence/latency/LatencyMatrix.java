package run.cadence.latency;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The live-latency measurement: at each buffer size, cadence and aplay in turn, the same runs under the same
 * conditions, every click interval of every recording checked; then one long run. Set by system properties
 * (.ci/latency-check passes its options as these):
 *
 * <pre>
 *   latency.ms        buffers to try, in ms               default 10,15,25
 *   latency.runs      runs of each player at each buffer  default 3
 *   latency.minutes   length of each run                  default 1
 *   latency.busy      keep one core busy in those runs    default false
 *   latency.long      minutes of the long run: cadence at 15 ms with one core busy (0: none)   default 60
 *   latency.priority  command prefix for players and recorder, e.g. "chrt -r 10"             default none
 * </pre>
 */
public record LatencyMatrix(double[] buffers, int runs, double minutes, boolean busy, double longMinutes,
        List<String> priority) {

    public static LatencyMatrix fromProperties() {
        double[] buffers = Arrays.stream(System.getProperty("latency.ms", "10,15,25").split(","))
                .mapToDouble(s -> Double.parseDouble(s.strip())).toArray();
        String priority = System.getProperty("latency.priority", "").strip();
        return new LatencyMatrix(buffers, Integer.getInteger("latency.runs", 3),
                Double.parseDouble(System.getProperty("latency.minutes", "1")),
                Boolean.parseBoolean(System.getProperty("latency.busy", "false")),
                Double.parseDouble(System.getProperty("latency.long", "60")),
                priority.isEmpty() ? List.of() : List.of(priority.split("\\s+")));
    }

    /** Runs it all, printing each run as it ends; returns the report. */
    public String run(Path dir) throws IOException, InterruptedException {
        if (!NullSinkRecorder.available()) {
            return say(new StringBuilder(), "latency: no PulseAudio server (start one with bash .ci/pulse-null-sink)\n");
        }
        boolean aplay = LatencyRun.onPath("aplay");
        StringBuilder report = new StringBuilder();
        LatencyRun.Conditions conditions = new LatencyRun.Conditions(busy, priority);
        say(report, String.format(Locale.ROOT, "latency runs from %s: %d cores, load %s; %s; %d run(s) of %.1f min at "
                + "150 spm per player and buffer%s%n", LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(), load(), conditions.describe(), runs, minutes,
                aplay ? "" : " (aplay not installed: apt-get install alsa-utils)"));
        // The launcher makes its class-data archive on its first run (a short training render): once here, not
        // inside the first measured run.
        NullSinkRecorder.run(Path.of("cadence").toAbsolutePath().toString(), "--version");
        List<LatencyRun> all = new ArrayList<>();
        Path track = aplay ? LatencyRun.track(dir, minutes) : null;
        for (double ms : buffers) {
            for (int i = 0; i < runs; i++) {
                all.add(say(report, LatencyRun.cadence(dir, ms, minutes, conditions)));
                if (aplay) {
                    all.add(say(report, LatencyRun.aplay(dir, track, ms, minutes, conditions)));
                }
            }
        }
        say(report, "\n" + table(all));
        if (longMinutes > 0) {
            LatencyRun.Conditions busyCore = new LatencyRun.Conditions(true, priority);
            say(report, String.format(Locale.ROOT, "%nthe long run (%s), load %s:%n", busyCore.describe(), load()));
            say(report, LatencyRun.cadence(dir, 15, longMinutes, busyCore));
        }
        say(report, "load at the end: " + load() + "\n");
        return report.toString();
    }

    /**
     * The README's table: per buffer and player, run by run, the clicks heard of those expected, the intervals off
     * the period, the underruns the player reported, and the wall time it took.
     */
    static String table(List<LatencyRun> all) {
        StringBuilder t = new StringBuilder("| buffer | player | clicks heard | wrong intervals | underruns reported "
                + "| took |\n| --- | --- | --- | --- | --- | --- |\n");
        for (double ms : all.stream().mapToDouble(LatencyRun::latencyMs).distinct().toArray()) {
            for (String player : List.of("cadence", "aplay")) {
                List<LatencyRun> runs = all.stream().filter(r -> r.player().equals(player) && r.latencyMs() == ms)
                        .toList();
                if (runs.isEmpty()) {
                    continue;
                }
                t.append(String.format(Locale.ROOT, "| %s ms | %s | %s | %s | %s | %s |%n",
                        ms == Math.rint(ms) ? String.valueOf((long) ms) : String.valueOf(ms),
                        player.equals("cadence") ? "`cadence play --latency`" : "`aplay --buffer-time`",
                        per(runs, r -> r.heard().clicks() + "/" + r.expected()),
                        per(runs, r -> String.valueOf(r.heard().wrong())),
                        per(runs, r -> r.reported() < 0 ? "?" : String.valueOf(r.reported())),
                        per(runs, r -> String.format(Locale.ROOT, "%.0f s%s", r.seconds(), r.stopped() ? " (stopped)"
                                : ""))));
            }
        }
        return t.toString();
    }

    private static String per(List<LatencyRun> runs, java.util.function.Function<LatencyRun, String> figure) {
        return runs.stream().map(figure).collect(Collectors.joining(", "));
    }

    private static String load() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static LatencyRun say(StringBuilder report, LatencyRun run) {
        say(report, run.row() + "\n");
        return run;
    }

    private static String say(StringBuilder report, String text) {
        System.out.print(text);
        System.out.flush();
        report.append(text);
        return text;
    }
}
