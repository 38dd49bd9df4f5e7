package run.cadence.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Underruns on a real line, heard: through Java Sound and through libasound into a PulseAudio null sink of the test's own, its
 * monitor recorded (CI starts PulseAudio with .ci/pulse-null-sink). The figures for the README come from
 * {@code LatencyBench} and .ci/latency-check; these are the short runs.
 */
@Tag("device")
class LatencyDeviceTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"javasound", "alsa"})
    void aWriterHeldUpOnPurposeIsReportedWithTheSilenceTheRecordingHolds(String output) throws Exception {
        assumeTrue(NullSinkRecorder.available(), "no PulseAudio: run .ci/pulse-null-sink");
        Path wav = dir.resolve("stall.wav");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String out;
        try (NullSinkRecorder recorder = NullSinkRecorder.start(wav, List.of())) {
            // 10 ms buffer, 6 s, the writer held up for 150 ms at 3.1 s (between two clicks)
            ProcessBuilder pb = recorder.playInto(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    StalledWriter.class.getName(), "10", "6", "3.1", "150", output));
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).redirectErrorStream(true);
            Process p = pb.start();
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, out);
        }
        Matcher m = Pattern.compile("underruns=(\\d+) lost=(\\d+)").matcher(out);
        assertTrue(m.find(), out);
        long underruns = Long.parseLong(m.group(1));
        long lost = Long.parseLong(m.group(2));
        ClickIntervals heard = ClickIntervals.of(wav, StalledWriter.PERIOD, LatencyRun.TOLERANCE);
        System.out.printf(output + ", held-up writer: reported %d underrun(s), %d frames of silence; the recording: %d clicks, "
                + "%d wrong intervals adding %d frames %s%n", underruns, lost, heard.clicks(), heard.wrong(),
                heard.added(), heard.examples());
        assertTrue(underruns >= 1, "the held-up writer's underrun was not reported: " + out);
        assertTrue(heard.wrong() >= 1, "the recording shows no gap: " + heard);
        // PulseAudio reports the line's position a period (5 ms) at a time; allow two and a block an underrun (on a
        // busy machine one held-up writer can set off more: each restart of the stream is a fresh chance to run dry).
        assertEquals(heard.added(), lost, underruns * 0.0125 * 44_100, "reported silence vs the silence recorded");
    }

    @Test
    void aMinuteAtTenMillisecondsReportsWhatTheRecordingHolds() throws Exception {
        assumeTrue(NullSinkRecorder.available(), "no PulseAudio: run .ci/pulse-null-sink");
        LatencyRun.Conditions conditions = new LatencyRun.Conditions(false, List.of());
        LatencyRun cadence = LatencyRun.cadence(dir, 10, 1, conditions);
        System.out.println(cadence.row());
        if (LatencyRun.onPath("aplay")) {
            System.out.println(LatencyRun.aplay(dir, LatencyRun.track(dir, 1), 10, 1, conditions).row());
        }
        assertTrue(cadence.reported() >= 0, "no underrun count in: " + cadence.output());
        // Honest: a glitch in the recording (an interval off, or a click missing) was reported, and a reported
        // underrun was heard.
        boolean glitched = cadence.heard().wrong() > 0 || cadence.heard().clicks() != cadence.expected();
        assertEquals(glitched, cadence.reported() > 0, cadence.row());
    }
}
