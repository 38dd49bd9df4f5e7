package run.cadence.measure;

import be.tarsos.dsp.AudioDispatcher;
import be.tarsos.dsp.onsets.ComplexOnsetDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import run.cadence.CadenceException;
import run.cadence.audio.PcmSource;
import run.cadence.audio.io.decode.TrackDecoder;

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
    /**
     * Longer recordings are refused: a treadmill cadence settles within a minute or two, and the detector takes
     * about a second a minute of 48 kHz stereo.
     */
    public static final int MAX_MINUTES = 20;

    private FootstepDetector() {}

    /** The times of the detected footfalls, in seconds from the start of the recording. */
    public static double[] footfalls(MonoAudio audio) {
        try {
            return footfalls(new MonoPcmStream(audio.asSource(), Long.MAX_VALUE));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory does not fail to read
        }
    }

    /**
     * The footfalls in a stream, read once block by block: memory stays the same for a minute or an hour (the
     * whole recording in memory took 1 GB for 40 minutes of stereo).
     */
    static double[] footfalls(MonoPcmStream stream) throws IOException {
        AudioDispatcher dispatcher = new AudioDispatcher(stream, FRAME, HOP);
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
        if (stream.failure() != null) {
            throw stream.failure();
        }
        double[] times = Arrays.copyOf(found[0], count[0]);
        Arrays.sort(times);
        return times;
    }

    /** A recording's cadence, and how long it was. */
    public record Measured(StepRate rate, double seconds) {}

    /**
     * The cadence of the recording in {@code file}, streamed from disk.
     *
     * @throws CadenceException (bad input) naming the file: not audio, damaged, longer than {@link #MAX_MINUTES}, or
     *     too few clear footfalls
     */
    public static Measured cadence(Path file) {
        try (PcmSource source = AudioFileReader.open(file)) {
            MonoPcmStream stream = new MonoPcmStream(source, (long) MAX_MINUTES * 60 * source.sampleRate());
            double[] steps = footfalls(stream);
            if (stream.longer()) {
                throw CadenceException.badInput(file + ": longer than " + MAX_MINUTES + " minutes; a cadence needs"
                        + " 1-3 minutes of steady running, so trim the recording (e.g. sox IN.wav OUT.wav trim 0 3:00)");
            }
            double seconds = stream.framesRead() / (double) source.sampleRate();
            return new Measured(cadence(steps, seconds), seconds);
        } catch (IOException | RuntimeException e) {
            if (e instanceof CadenceException c) {
                throw c;
            }
            throw CadenceException.badInput(file + ": " + TrackDecoder.failedWhileReading(e).getMessage(), e);
        }
    }

    /**
     * The cadence of a treadmill recording.
     *
     * @throws CadenceException (bad input) when too few clear footfalls are found
     */
    public static StepRate cadence(MonoAudio audio) {
        return cadence(footfalls(audio), audio.seconds());
    }

    private static StepRate cadence(double[] steps, double seconds) {
        if (steps.length <= StepTimes.MIN_STEPS) {
            throw CadenceException.badInput("only " + steps.length + " footfalls heard in "
                    + String.format(java.util.Locale.ROOT, "%.0f", seconds)
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
