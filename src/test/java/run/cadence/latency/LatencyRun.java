package run.cadence.latency;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import run.cadence.cli.CliRunner;

/**
 * One measured run: a player plays 150 spm into a PulseAudio null sink of its own for some minutes while the
 * sink's monitor is recorded; then every click interval of the recording is checked, and set beside the
 * underruns the player reported. The players: {@code ./cadence play --latency L} as a runner starts it (the
 * launcher and its JVM options, under a pseudo-terminal so its status line is drawn), and {@code aplay --buffer-time} on a click track
 * cadence rendered.
 *
 * @param expected clicks the player should have played
 * @param heard what the recording holds
 * @param reported the underruns the player reported
 * @param collections cadence's garbage collections while it played (from its GC log; -1 for aplay)
 * @param seconds how long the player ran, wall time
 * @param stopped the player was still playing a minute after its track should have ended, and was stopped (aplay
 *     at a buffer the machine cannot keep fed falls behind real time: once at 1/16 of it)
 */
record LatencyRun(String player, double latencyMs, double minutes, boolean busy, long expected, ClickIntervals heard,
        long reported, long collections, double seconds, boolean stopped, String output) {
    static final int BPM = 150;
    /** 60 × 44,100 / 150: exact, so every interval should be this to the frame. */
    static final long PERIOD = 17_640;
    /** "Off by more than a frame or two". */
    static final int TOLERANCE = 2;

    private static final Pattern CADENCE_UNDERRUNS = Pattern.compile("(\\d+) underruns?");
    /** How long past its length a player may run before it is stopped. */
    private static final long OVERRUN_SECONDS = 60;
    private static final Pattern GC_PAUSE = Pattern.compile("^\\[(\\d+\\.\\d+)s\\].* Pause ");

    /**
     * How the runs are made.
     *
     * @param busy keep one core busy (stress-ng, or a shell loop) while playing
     * @param priority a command prefix for the player and the recorder, e.g. {@code chrt -r 10}, or empty
     */
    record Conditions(boolean busy, List<String> priority) {
        String describe() {
            return (busy ? "one core kept busy" : "nothing else started")
                    + (priority.isEmpty() ? "" : ", players and recorder under " + String.join(" ", priority));
        }
    }

    /**
     * A click track of {@code minutes} at 150 spm with the same click, rendered by cadence, for aplay. It starts
     * with the 200 ms of silence cadence's line starts with: a new PulseAudio stream drops part of its first
     * buffer, which would cut the first click and put one wrong interval on aplay's account that no underrun
     * made.
     */
    static Path track(Path dir, double minutes) throws IOException {
        Path track = dir.resolve("track-" + seconds(minutes) + "s.wav");
        if (!Files.exists(track)) {
            Path rendered = dir.resolve("rendered.wav");
            CliRunner r = CliRunner.run("play", "--bpm", String.valueOf(BPM), "--duration", seconds(minutes) + "s",
                    "--sound", "beep", "--out", rendered.toString());
            if (r.exitCode() != 0) {
                throw new IllegalStateException("rendering the click track failed: " + r.err());
            }
            withLeadIn(rendered, track, 8_820);
            Files.delete(rendered);
        }
        return track;
    }

    /** Copies a 44.1 kHz mono 16-bit WAV (a plain 44-byte header, as cadence writes) with silence in front. */
    private static void withLeadIn(Path wav, Path out, int frames) throws IOException {
        long data = Files.size(wav) - 44;
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) (36 + data + 2L * frames))
                .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(44_100).putInt(88_200).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) (data + 2L * frames));
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
                InputStream in = Files.newInputStream(wav)) {
            o.write(header.array());
            o.write(new byte[2 * frames]);
            in.skipNBytes(44);
            in.transferTo(o);
        }
    }

    static LatencyRun cadence(Path dir, double latencyMs, double minutes, Conditions conditions)
            throws IOException, InterruptedException {
        Path gc = dir.resolve("gc.log");
        // The command a runner types, through the launcher and its JVM options (C1 only, the serial collector, a
        // young generation of at most 48 MB), which shape the pauses the audio thread sees; the launcher passes
        // CADENCE_JAVA_OPTS on, here a GC log. The latency profile packages the jar before the tests run.
        List<String> play = List.of("env", "CADENCE_JAVA_OPTS=-Xlog:gc:file=" + gc + ":uptime",
                Path.of("cadence").toAbsolutePath().toString(), "play", "--bpm", String.valueOf(BPM), "--duration",
                seconds(minutes) + "s", "--sound", "beep", "--latency", number(latencyMs));
        List<String> command = new ArrayList<>(conditions.priority());
        if (onPath("script")) {
            // A pseudo-terminal, as a runner has: raw keys and a status line redrawn five times a second.
            command.addAll(List.of("script", "-qfec", shellQuoted(play), "/dev/null"));
        } else {
            command.addAll(play);
        }
        Measured m = measure(dir, command, minutes, conditions);
        long reported = -1; // the last count printed: the final report's
        for (Matcher x = CADENCE_UNDERRUNS.matcher(m.output); x.find(); ) {
            reported = Long.parseLong(x.group(1));
        }
        return new LatencyRun("cadence", latencyMs, minutes, conditions.busy(), clicks(minutes), m.heard, reported,
                collectionsWhilePlaying(gc, minutes), m.seconds, m.stopped, m.output);
    }

    static LatencyRun aplay(Path dir, Path track, double latencyMs, double minutes, Conditions conditions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(conditions.priority());
        command.addAll(List.of("aplay", "-q", "--buffer-time=" + Math.round(latencyMs * 1000), track.toString()));
        Measured m = measure(dir, command, minutes, conditions);
        long reported = m.output.lines().filter(l -> l.contains("underrun!!!")).count();
        return new LatencyRun("aplay", latencyMs, minutes, conditions.busy(), clicks(minutes), m.heard, reported, -1,
                m.seconds, m.stopped, m.output);
    }

    private record Measured(ClickIntervals heard, String output, double seconds, boolean stopped) {}

    private static Measured measure(Path dir, List<String> command, double minutes, Conditions conditions)
            throws IOException, InterruptedException {
        Path wav = dir.resolve("monitor.wav");
        Path log = dir.resolve("player.log");
        Process busy = conditions.busy() ? keepACoreBusy() : null;
        String output;
        long started = System.nanoTime();
        boolean stopped = false;
        try (NullSinkRecorder recorder = NullSinkRecorder.start(wav, conditions.priority())) {
            ProcessBuilder player = recorder.playInto(new ProcessBuilder(command));
            player.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            player.redirectErrorStream(true).redirectOutput(log.toFile());
            Process p = player.start();
            if (!p.waitFor(seconds(minutes) + OVERRUN_SECONDS, TimeUnit.SECONDS)) {
                stopped = true;
                p.destroy(); // SIGTERM: aplay and cadence both end cleanly and print what they counted
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                }
            }
            output = Files.readString(log, StandardCharsets.UTF_8);
            if (!stopped && p.exitValue() != 0) {
                throw new IOException("the player failed (" + p.exitValue() + "): " + output);
            }
        } finally {
            if (busy != null) {
                busy.destroy();
                busy.waitFor(5, TimeUnit.SECONDS);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        ClickIntervals heard = ClickIntervals.of(wav, PERIOD, TOLERANCE);
        Files.delete(wav);
        Files.delete(log);
        return new Measured(heard, output, seconds, stopped);
    }


    /**
     * Collections in the {@code minutes} after the one the player asks for just before its line starts
     * ("System.gc()"): each pause stopped the audio thread too. One later than that is the exit's.
     */
    private static long collectionsWhilePlaying(Path gcLog, double minutes) throws IOException {
        if (!Files.exists(gcLog)) {
            return -1;
        }
        double start = -1;
        long pauses = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_PAUSE.matcher(line);
            if (!m.find()) {
                continue;
            }
            double at = Double.parseDouble(m.group(1));
            if (line.contains("System.gc()")) {
                start = at;
            } else if (start >= 0 && at < start + minutes * 60) {
                pauses++;
            }
        }
        Files.delete(gcLog);
        return start < 0 ? -1 : pauses; // no collection asked for: the log is not the one this counts from
    }

    /** One core kept busy: stress-ng if installed, else a shell loop. */
    private static Process keepACoreBusy() throws IOException {
        List<String> command = onPath("stress-ng") ? List.of("stress-ng", "--cpu", "1", "--quiet")
                : List.of("sh", "-c", "while :; do :; done");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static long clicks(double minutes) {
        return Math.round(minutes * BPM);
    }

    private static long seconds(double minutes) {
        return Math.round(minutes * 60);
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String shellQuoted(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            b.append(b.length() == 0 ? "" : " ").append('\'').append(w.replace("'", "'\\''")).append('\'');
        }
        return b.toString();
    }

    /** "cadence  10 ms  1 min  took 62 s  clicks 150/150  wrong intervals 0  worst 0 frames  reported underruns 0" */
    String row() {
        return String.format(Locale.ROOT, "%-8s %4s ms %5.1f min%s  took %.0f s%s  clicks %d/%d  wrong intervals %d"
                + "  worst %d frames  reported underruns %s%s%s", player, number(latencyMs), minutes,
                busy ? " busy" : "", seconds, stopped ? " (stopped: behind real time)" : "", heard.clicks(),
                expected, heard.wrong(), heard.worst(), reported < 0 ? "?" : String.valueOf(reported),
                collections < 0 ? "" : "  GCs after the start " + collections,
                heard.examples().isEmpty() ? "" : "  e.g. " + heard.examples());
    }
}
