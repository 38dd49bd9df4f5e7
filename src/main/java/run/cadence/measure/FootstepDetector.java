package run.cadence.measure;

import be.tarsos.dsp.AudioDispatcher;
import be.tarsos.dsp.io.TarsosDSPAudioFloatConverter;
import be.tarsos.dsp.io.TarsosDSPAudioFormat;
import be.tarsos.dsp.io.UniversalAudioInputStream;
import be.tarsos.dsp.onsets.ComplexOnsetDetector;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import run.cadence.CadenceException;

/**
 * Finds footfalls in a recording with TarsosDSP's complex-domain onset detector and reads the cadence from
 * them by a least-squares line, not a mean of intervals.
 *
 * <p>Why the complex-domain detector: the percussion detector compares bin energies between frames and finds
 * nothing after digital silence, and a treadmill's hum makes its threshold touchy. The complex-domain detector
 * reports every onset a fixed ~4.3 hops late with about 1.7 ms jitter; a fixed lateness cancels out of the
 * intervals, and the jitter shrinks in the line fit as the step count grows.
 */
public final class FootstepDetector {
    private static final int FRAME = 512;
    private static final int HOP = 256;
    /**
     * Below TarsosDSP's default of 0.3: on synthetic treadmill recordings 0.3 started losing the softer foot
     * at noise 16 dB under the step peak, 0.15 held to 12 dB with no extra onsets in quiet recordings, and
     * 0.1 began to let noise through (docs/measure.md).
     */
    private static final double PEAK_THRESHOLD = 0.15;
    /** Feet cannot land 80 ms apart at any running cadence (210 spm is 286 ms). */
    private static final double MIN_SECONDS_BETWEEN_STEPS = 0.08;
    private static final double SILENCE_DB = -70;

    private FootstepDetector() {}

    /** The times of the detected footfalls, in seconds from the start of the recording. */
    public static double[] footfalls(MonoAudio audio) {
        // What TarsosDSP's fromFloatArray does, through its own stream and format types rather than Java Sound's
        // (only the audio layer touches Java Sound): the samples as 16-bit bytes, read back by the dispatcher.
        TarsosDSPAudioFormat format = new TarsosDSPAudioFormat(audio.sampleRate(), 16, 1, true, false);
        byte[] bytes = new byte[audio.samples().length * format.getFrameSize()];
        TarsosDSPAudioFloatConverter.getConverter(format).toByteArray(audio.samples(), bytes);
        AudioDispatcher dispatcher = new AudioDispatcher(
                new UniversalAudioInputStream(new ByteArrayInputStream(bytes), format), FRAME, HOP);
        ComplexOnsetDetector detector =
                new ComplexOnsetDetector(FRAME, PEAK_THRESHOLD, MIN_SECONDS_BETWEEN_STEPS, SILENCE_DB);
        double[][] found = {new double[64]};
        int[] count = {0};
        detector.setHandler((time, salience) -> {
            if (count[0] == found[0].length) {
                found[0] = Arrays.copyOf(found[0], count[0] * 2);
            }
            found[0][count[0]++] = time;
        });
        dispatcher.addAudioProcessor(detector);
        dispatcher.run();
        double[] times = Arrays.copyOf(found[0], count[0]);
        Arrays.sort(times);
        return times;
    }

    /**
     * The cadence of a treadmill recording.
     *
     * @throws CadenceException (bad input) when too few clear footfalls are found
     */
    public static StepRate cadence(MonoAudio audio) {
        double[] steps = footfalls(audio);
        if (steps.length <= StepTimes.MIN_STEPS) {
            throw CadenceException.badInput("only " + steps.length + " footfalls heard in "
                    + String.format(java.util.Locale.ROOT, "%.0f", audio.seconds())
                    + " s; record at least 20 s close to the feet, with the treadmill running");
        }
        StepRate rate = StepTimes.estimate(steps, 1, StepTimes.Method.LINE_FIT);
        // When the misses and strays outnumber the clean steps, the "rhythm" was found in noise; in tests such
        // figures were wrong by tens of steps per minute, so they are not offered at all.
        if (rate.missed() + rate.extra() > rate.stepsUsed()) {
            throw CadenceException.badInput(String.format(java.util.Locale.ROOT,
                    "the footsteps are lost in noise (%d clear steps, %d missed, %d stray sounds); record closer to"
                            + " the feet or with the treadmill quieter", rate.stepsUsed(), rate.missed(), rate.extra()));
        }
        return rate;
    }
}
