package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import run.cadence.CadenceException;

class FootstepDetectorTest {

    @ParameterizedTest(name = "{0} spm, noise {1}")
    @CsvSource({
            "150, 0.01", "163.4, 0.01", "171.6, 0.02", "180, 0.02", "195, 0.03",
            "158.5, 0.05", "176.2, 0.05", "205, 0.03", "168, 0.08"})
    void measuresSyntheticTreadmillStepsWithinOneStepPerMinute(double truth, double noise) {
        MonoAudio audio = SyntheticFootsteps.record(truth, 30, noise, 0.004, Math.round(truth * 1000) + 7);
        StepRate rate = FootstepDetector.cadence(audio);
        System.out.printf(Locale.ROOT, "footsteps truth %.1f noise %.2f -> %.2f (error %+.2f) steps %d missed %d extra %d ±%.2f%n",
                truth, noise, rate.stepsPerMinute(), rate.stepsPerMinute() - truth, rate.stepsUsed(), rate.missed(),
                rate.extra(), rate.confidence());
        assertEquals(truth, rate.stepsPerMinute(), 1.0, rate.describe());
        int expectedSteps = (int) ((30 - 0.55) / (60 / truth)) + 1;
        assertTrue(rate.stepsUsed() >= expectedSteps * 0.9, "used " + rate.stepsUsed() + " of " + expectedSteps);
    }

    /** Past what the detector can hear through, the answer is a refusal, never a wrong cadence. */
    @ParameterizedTest(name = "{0} spm, noise {1}")
    @CsvSource({"172, 0.15", "166, 0.2", "160, 0.3"})
    void drowningNoiseIsRefusedNotMismeasured(double truth, double noise) {
        MonoAudio audio = SyntheticFootsteps.record(truth, 30, noise, 0.004, Math.round(truth * 1000) + 7);
        try {
            StepRate rate = FootstepDetector.cadence(audio);
            assertEquals(truth, rate.stepsPerMinute(), 1.0, rate.describe());
        } catch (CadenceException refused) {
            assertEquals(CadenceException.Kind.BAD_INPUT, refused.kind());
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
    void noiseWithoutStepsIsAOneLineBadInput() {
        MonoAudio audio = new MonoAudio(new float[SyntheticFootsteps.RATE * 5], SyntheticFootsteps.RATE);
        CadenceException e = assertThrows(CadenceException.class, () -> FootstepDetector.cadence(audio));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().startsWith("only 0 footfalls heard in 5 s"), e.getMessage());
    }
}
