package run.cadence.latency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A PulseAudio null sink of the caller's own, its monitor recorded with parecord while something plays into it
 * (a player started with {@link #playInto} has {@code PULSE_SINK} pointed at it). Its own sink, so nothing else
 * playing on the machine lands in the recording. Needs a running PulseAudio (CI starts one with
 * .ci/pulse-null-sink).
 */
final class NullSinkRecorder implements AutoCloseable {
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final String sink;
    private final String module;
    private final Process recorder;

    private NullSinkRecorder(String sink, String module, Process recorder) {
        this.sink = sink;
        this.module = module;
        this.recorder = recorder;
    }

    /** Whether a PulseAudio server answers. */
    static boolean available() {
        try {
            return new ProcessBuilder("pactl", "info").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * Loads a null sink and starts recording its monitor into {@code wav} (44.1 kHz, mono, 16-bit).
     *
     * @param priority the command prefix the recorder runs under (e.g. {@code chrt -r 10}), or empty
     */
    static NullSinkRecorder start(Path wav, List<String> priority) throws IOException, InterruptedException {
        String sink = "cadence_latency_" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet();
        String module = run("pactl", "load-module", "module-null-sink", "sink_name=" + sink).strip();
        List<String> command = new ArrayList<>(priority);
        command.addAll(List.of("parecord", "--device=" + sink + ".monitor", "--rate=44100", "--channels=1",
                "--format=s16le", "--file-format=wav", wav.toString()));
        Process recorder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(500); // set-up, not audio timing: the recorder attaches before the first click
        return new NullSinkRecorder(sink, module, recorder);
    }

    /** Points {@code player} at this sink. */
    ProcessBuilder playInto(ProcessBuilder player) {
        player.environment().put("PULSE_SINK", sink);
        return player;
    }

    /** Stops the recorder (parecord completes the WAV on SIGTERM) and unloads the sink. */
    @Override
    public void close() throws IOException, InterruptedException {
        Thread.sleep(300); // the last click's tail reaches the monitor
        recorder.destroy();
        recorder.waitFor(10, TimeUnit.SECONDS);
        run("pactl", "unload-module", module);
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
