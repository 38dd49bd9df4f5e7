package run.cadence.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tarsos.dsp.AudioDispatcher;
import be.tarsos.dsp.io.jvm.AudioDispatcherFactory;
import be.tarsos.dsp.onsets.ComplexOnsetDetector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.cli.CliRunner;

/**
 * Checks rendered files with an onset detector that knows nothing of the engine (TarsosDSP's complex-domain
 * detector): one onset per step, a constant detector offset, and no drift over the file.
 */
class OnsetVerificationTest {
    @TempDir
    Path dir;

    @Test
    void tarsosFindsEveryClickAtAConstantOffsetWithNoDrift() throws Exception {
        Path wav = dir.resolve("ten-minutes.wav");
        double spm = 172.2;
        assertEquals(0, CliRunner.run("play", "--bpm", String.valueOf(spm), "--duration", "10m", "--sound", "woodblock",
                "--out", wav.toString()).exitCode());

        List<Double> onsets = new ArrayList<>();
        AudioDispatcher dispatcher = AudioDispatcherFactory.fromFile(wav.toFile(), 512, 256);
        ComplexOnsetDetector detector = new ComplexOnsetDetector(512, 0.3, 0.2, -70);
        detector.setHandler((time, salience) -> onsets.add(time));
        dispatcher.addAudioProcessor(detector);
        dispatcher.run();

        double period = 60.0 / spm;
        int beats = (int) Math.ceil(10 * spm);
        // The detector compares each frame with the ones before it, so the click at 0.000 s, with nothing
        // before it, is the one it cannot see; every other step is found, each matched to its own beat.
        assertEquals(beats - 1, onsets.size(), "one detected onset per step after the first");
        double[] offsets = new double[onsets.size()];
        for (int i = 0; i < offsets.length; i++) {
            long k = i + 1;
            offsets[i] = onsets.get(i) - Math.round(k * period * 44_100) / 44_100.0;
        }
        double[] sorted = offsets.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        // The detector stamps an onset at the start of its analysis window: a fixed offset, whatever it is.
        assertTrue(Math.abs(median) < 0.03, "detector offset " + median);
        double worst = 0;
        for (int i = 0; i < offsets.length; i++) {
            worst = Math.max(worst, Math.abs(offsets[i] - median));
            assertTrue(Math.abs(offsets[i] - median) < 0.006, "beat " + (i + 1) + " off by " + (offsets[i] - median));
        }
        System.out.printf("onset check: %d onsets, detector offset %.2f ms, worst jitter %.2f ms%n", onsets.size(),
                median * 1000, worst * 1000);
        // Drift: the mean offset of the last minute equals that of the first.
        int perMinute = (int) spm;
        double first = Arrays.stream(offsets, 0, perMinute).average().orElseThrow();
        double last = Arrays.stream(offsets, offsets.length - perMinute, offsets.length).average().orElseThrow();
        assertEquals(first, last, 0.001, "drift between the first and the tenth minute");
    }
}
