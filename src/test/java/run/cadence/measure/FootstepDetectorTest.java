package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import run.cadence.CadenceException;

class FootstepDetectorTest {

    @ParameterizedTest(name = "{0} spm, noise {1}")
    @CsvSource({
            "150, 0.01", "163.4, 0.01", "171.6, 0.02", "180, 0.02", "195, 0.03",
            "158.5, 0.05", "176.2, 0.05", "205, 0.03", "168, 0.08", "144, 0.12", "188.8, 0.15"})
    void measuresSyntheticTreadmillStepsWithinOneStepPerMinute(double truth, double noise) {
        MonoAudio audio = SyntheticFootsteps.record(truth, 30, noise, 0.004, Math.round(truth * 1000) + 7);
        StepRate rate = FootstepDetector.cadence(audio);
        System.out.printf(Locale.ROOT, "footsteps truth %.1f noise %.2f -> %.2f (error %+.2f) steps %d missed %d extra %d ±%.2f%n",
                truth, noise, rate.stepsPerMinute(), rate.stepsPerMinute() - truth, rate.stepsUsed(), rate.missed(),
                rate.extra(), rate.confidence());
        assertEquals(truth, rate.stepsPerMinute(), 1.0, rate.describe());
        int expectedSteps = (int) ((30 - 0.55) / (60 / truth)) + 1;
        assertTrue(rate.stepsUsed() >= expectedSteps * 0.8, "used " + rate.stepsUsed() + " of " + expectedSteps);
    }

    /**
     * Past what the detector can hear through, the answer is a refusal or a figure outside the running range
     * (one foot heard: the CLI shows it as such and never saves it), never a wrong running cadence.
     */
    @ParameterizedTest(name = "{0} spm, noise {1}")
    @CsvSource({"140, 0.2", "160, 0.2", "190, 0.2", "210, 0.2", "166, 0.3", "172, 0.5"})
    void drowningNoiseIsNeverAWrongRunningCadence(double truth, double noise) {
        MonoAudio audio = SyntheticFootsteps.record(truth, 30, noise, 0.004, (long) truth);
        try {
            double measured = FootstepDetector.cadence(audio).stepsPerMinute();
            if (RunningRange.contains(measured)) {
                assertEquals(truth, measured, 1.0);
            }
        } catch (CadenceException refused) {
            assertEquals(CadenceException.Kind.BAD_INPUT, refused.kind());
        }
    }

    /**
     * The figure in docs/measure.md: every cadence from 142.5 to 207.5 in steps of 2.5 (inside the running
     * range, so a figure outside it is a failure), five recordings each, at rising noise. Run with
     * {@code mvn -B -Pbench verify}.
     */
    @Test
    @Tag("bench")
    void accuracySweep() {
        for (double noise : new double[] {0.01, 0.03, 0.05, 0.08, 0.1, 0.12, 0.15, 0.2}) {
            double worst = 0;
            double sumSquares = 0;
            int measured = 0;
            int refused = 0;
            int outside = 0;
            for (double truth = 142.5; truth <= 207.5; truth += 2.5) {
                for (int seed = 0; seed < 5; seed++) {
                    MonoAudio audio = SyntheticFootsteps.record(truth, 30, noise, 0.004, seed * 1000 + (long) truth);
                    try {
                        double found = FootstepDetector.cadence(audio).stepsPerMinute();
                        if (!RunningRange.contains(found)) {
                            outside++;
                            continue;
                        }
                        double error = found - truth;
                        worst = Math.max(worst, Math.abs(error));
                        sumSquares += error * error;
                        measured++;
                    } catch (CadenceException e) {
                        refused++;
                    }
                }
            }
            double rms = 0.82 * noise;
            System.out.printf(Locale.ROOT, "bench footsteps noise %.2f (%.1f dB below the loud step peak):"
                            + " %d measured, %d outside the running range, %d refused, worst error %.3f spm,"
                            + " rms error %.3f spm%n",
                    noise, 20 * Math.log10(0.5 / rms), measured, outside, refused, worst,
                    measured == 0 ? Double.NaN : Math.sqrt(sumSquares / measured));
            assertTrue(worst < 1.0, "worst error " + worst + " at noise " + noise);
        }
    }

    @Test
    void findsOneFootfallPerStep() {
        MonoAudio audio = SyntheticFootsteps.record(170, 10, 0.01, 0, 1);
        double[] found = FootstepDetector.footfalls(audio);
        int expected = (int) ((10 - 0.55) / (60 / 170.0)) + 1;
        assertEquals(expected, found.length, 1);
    }

    @Test
    void theCallersSamplesAreLeftAsTheyWere() {
        MonoAudio audio = SyntheticFootsteps.record(170, 10, 0.01, 0, 1);
        float[] before = audio.samples().clone();
        FootstepDetector.footfalls(audio);
        assertArrayEquals(before, audio.samples());
    }

    @Test
    void noiseWithoutStepsIsAOneLineBadInput() {
        MonoAudio audio = new MonoAudio(new float[SyntheticFootsteps.RATE * 5], SyntheticFootsteps.RATE);
        CadenceException e = assertThrows(CadenceException.class, () -> FootstepDetector.cadence(audio));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().startsWith("only 0 footfalls heard in 5 s"), e.getMessage());
    }
}
