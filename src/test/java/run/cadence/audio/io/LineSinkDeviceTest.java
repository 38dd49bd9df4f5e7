package run.cadence.audio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.audio.RenderFormat;
import run.cadence.cli.CliRunner;

/**
 * Plays through a real {@code SourceDataLine} into PulseAudio's null sink and records its monitor with
 * parecord (CI starts the sink with .ci/pulse-null-sink). The recorded clicks must be evenly spaced.
 */
@Tag("device")
class LineSinkDeviceTest {
    @TempDir
    Path dir;

    @Test
    void liveClicksArriveEvenlySpacedAtTheDevice() throws Exception {
        assumeTrue(!AudioDevices.outputs(RenderFormat.MONO_44K).isEmpty(), "no audio device: run .ci/pulse-null-sink");
        // A sink of this test's own, so nothing else playing on the machine lands in the recording.
        String sink = "cadence_test_" + ProcessHandle.current().pid();
        String module = run("pactl", "load-module", "module-null-sink", "sink_name=" + sink).strip();
        Path recording = dir.resolve("monitor.wav");
        Process recorder = new ProcessBuilder("parecord", "--device=" + sink + ".monitor", "--rate=44100",
                "--channels=1", "--format=s16le", "--file-format=wav", recording.toString())
                .redirectErrorStream(true).start();
        try {
            Thread.sleep(500); // let the recorder attach before the first click (setup only, not audio timing)
            // The real command in its own JVM, as a runner starts it, with PulseAudio's default sink pointed at ours.
            ProcessBuilder play = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "run.cadence.cli.Main", "play", "--bpm", "150",
                    "--duration", "8s", "--sound", "beep");
            play.environment().put("PULSE_SINK", sink);
            play.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            play.redirectErrorStream(true);
            Process p = play.start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "play did not finish");
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("Played 00:08, 20 steps"), out);
            System.out.println("device run: " + out.lines().reduce((a, b) -> b).orElse(""));
        } finally {
            recorder.destroy();
            recorder.waitFor(5, TimeUnit.SECONDS);
            run("pactl", "unload-module", module);
        }
        List<Long> onsets = onsets(Files.readAllBytes(recording), 0.05, 4000);
        assertEquals(20, onsets.size(), "recorded onsets: " + onsets);
        double period = 60.0 * 44_100 / 150;
        long worst = 0;
        for (int i = 1; i < onsets.size(); i++) {
            long gap = onsets.get(i) - onsets.get(i - 1);
            worst = Math.max(worst, Math.abs(gap - Math.round(period)));
        }
        System.out.println("gaps: " + gaps(onsets));
        System.out.printf("device check: %d clicks recorded, worst spacing error %d frames (%.2f ms)%n", onsets.size(),
                worst, worst * 1000.0 / 44_100);
        assertTrue(worst <= 44, "clicks off their spacing by " + worst + " frames");
    }

    @Test
    void theDeviceGrantsTheSmallDefaultBuffer() {
        assumeTrue(!AudioDevices.outputs(RenderFormat.MONO_44K).isEmpty(), "no audio device");
        LineSink sink = new LineSink(RenderFormat.MONO_44K, null, 25, 256);
        try {
            System.out.printf("device latency: asked 25 ms, granted %.1f ms%n", sink.latencyMillis());
            assertTrue(sink.latencyMillis() > 0 && sink.latencyMillis() <= 50, "latency " + sink.latencyMillis());
        } finally {
            sink.close();
        }
    }

    @Test
    void anUnknownDeviceNameIsBadInput() {
        CliRunner r = CliRunner.run("play", "--bpm", "172", "--device", "no-such-card-xyz");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no output device matches 'no-such-card-xyz'"), r.err());
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", command) + ": " + out);
        return out;
    }

    private static List<Long> gaps(List<Long> onsets) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < onsets.size(); i++) {
            gaps.add(onsets.get(i) - onsets.get(i - 1));
        }
        return gaps;
    }

    /** Onsets in a 16-bit mono WAV: samples above {@code threshold} after {@code gap} frames below it. */
    static List<Long> onsets(byte[] wav, double threshold, int gap) {
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int data = 12;
        while (data + 8 < wav.length && !(wav[data] == 'd' && wav[data + 1] == 'a' && wav[data + 2] == 't'
                && wav[data + 3] == 'a')) {
            data += 8 + b.getInt(data + 4);
        }
        data += 8;
        List<Long> onsets = new ArrayList<>();
        long lastLoud = -gap - 1L;
        int limit = (int) (threshold * 32768);
        for (int i = data, f = 0; i + 1 < wav.length; i += 2, f++) {
            if (Math.abs(b.getShort(i)) > limit) {
                if (f - lastLoud > gap) {
                    onsets.add((long) f);
                }
                lastLoud = f;
            }
        }
        return onsets;
    }
}
