package run.cadence.measure;

import java.util.Random;

/**
 * Treadmill footsteps made up in code, with a fixed seed: a low thud and a short heel click per step,
 * alternating louder and softer feet, a few milliseconds of human timing wobble, and a belt-and-motor hum with
 * broadband noise underneath. Tests know the true cadence exactly.
 */
final class SyntheticFootsteps {
    static final int RATE = 44_100;

    private SyntheticFootsteps() {}

    /**
     * @param noiseRms root-mean-square level of the background noise (the steps peak near 0.5)
     * @param wobbleSeconds standard deviation of each step's timing error
     */
    static MonoAudio record(double stepsPerMinute, double seconds, double noiseRms, double wobbleSeconds, long seed) {
        Random random = new Random(seed);
        int n = (int) Math.round(seconds * RATE);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            double t = i / (double) RATE;
            double hum = 0.4 * Math.sin(2 * Math.PI * 50 * t) + 0.2 * Math.sin(2 * Math.PI * 100 * t + 1);
            out[i] = (float) (noiseRms * (random.nextGaussian() * 0.8 + hum * 0.6));
        }
        double period = 60.0 / stepsPerMinute;
        int step = 0;
        for (double at = 0.25; at < seconds - 0.3; at = 0.25 + (++step) * period) {
            double when = at + random.nextGaussian() * wobbleSeconds;
            double loudness = (step % 2 == 0 ? 0.5 : 0.35) * (0.85 + 0.3 * random.nextDouble());
            addStep(out, (int) Math.round(when * RATE), loudness, random);
        }
        return new MonoAudio(out, RATE);
    }

    private static void addStep(float[] out, int start, double loudness, Random random) {
        int length = (int) (0.12 * RATE);
        double thudHz = 70 + 30 * random.nextDouble();
        for (int k = 0; k < length && start + k < out.length; k++) {
            double t = k / (double) RATE;
            double thud = Math.sin(2 * Math.PI * thudHz * t) * Math.exp(-t / 0.025);
            double click = random.nextGaussian() * Math.exp(-t / 0.003);
            out[start + k] += (float) (loudness * (0.8 * thud + 0.5 * click));
        }
    }

    /** The true step times, for checking the detector against. */
    static double truePeriod(double stepsPerMinute) {
        return 60.0 / stepsPerMinute;
    }
}
