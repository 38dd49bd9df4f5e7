package run.cadence.music;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Makes music with a known beat: drums (kick on 1 and 3, snare on 2 and 4, swung eighth-note hi-hats, a
 * sixteenth-note snare fill every fourth bar), a bass note on every beat and a chord on every bar, at an exact
 * tempo. Variants: a beatless intro, a tempo change half way, no beat at all. Every beat time is kept, so tests
 * can compare analysis and stretching with the truth.
 */
public final class TestTracks {
    /** A stereo track and where its beats are, in seconds. */
    public record Track(float[] interleaved, int sampleRate, double[] beats, double[] fills) {
        public int frames() {
            return interleaved.length / 2;
        }

        public double seconds() {
            return frames() / (double) sampleRate;
        }

        public Path writeWav(Path file) throws IOException {
            return TestTracks.writeWav(file, interleaved, sampleRate, 2);
        }
    }

    /** How a track is made. */
    public record Spec(double bpm, double seconds, double swing, double introSeconds, double changeToBpm,
            long seed) {
        public static Spec of(double bpm, double seconds) {
            return new Spec(bpm, seconds, 0.6, 0, 0, 1);
        }

        public Spec swing(double s) {
            return new Spec(bpm, seconds, s, introSeconds, changeToBpm, seed);
        }

        public Spec intro(double s) {
            return new Spec(bpm, seconds, swing, s, changeToBpm, seed);
        }

        /** Half way through the tempo jumps to {@code to} BPM. */
        public Spec changeTo(double to) {
            return new Spec(bpm, seconds, swing, introSeconds, to, seed);
        }

        public Spec seed(long s) {
            return new Spec(bpm, seconds, swing, introSeconds, changeToBpm, s);
        }
    }

    private static final double[] ROOTS = {55.0, 43.65, 49.0, 41.2}; // A1 F1 G1 E1

    private TestTracks() {}

    public static Track make(Spec spec, int rate) {
        int frames = (int) Math.round(spec.seconds() * rate);
        float[] out = new float[frames * 2];
        Random random = new Random(spec.seed());
        List<Double> beats = new ArrayList<>();
        List<Double> fills = new ArrayList<>();
        double t = spec.introSeconds();
        double bpm = spec.bpm();
        boolean changed = false;
        int beat = 0;
        double change = spec.changeToBpm() > 0 ? spec.seconds() / 2 : Double.MAX_VALUE;
        chordPad(out, rate, 0, Math.min(spec.introSeconds(), spec.seconds()), 0);
        while (t < spec.seconds() - 0.05) {
            if (!changed && t >= change) {
                bpm = spec.changeToBpm();
                changed = true;
            }
            double period = 60.0 / bpm;
            beats.add(t);
            int inBar = beat % 4;
            int bar = beat / 4;
            boolean fillBar = bar % 4 == 3;
            if (inBar == 0 || inBar == 2) {
                kick(out, rate, t, 0.9f);
            } else {
                snare(out, rate, t, 0.55f, random);
            }
            if (fillBar && inBar == 3) {
                for (int s = 1; s < 4; s++) {
                    snare(out, rate, t + s * period / 4, 0.25f + 0.08f * s, random);
                    fills.add(t + s * period / 4);
                }
            }
            hat(out, rate, t, 0.12f, random);
            hat(out, rate, t + period * spec.swing(), 0.08f, random);
            bass(out, rate, t, period * 0.8, ROOTS[bar % ROOTS.length]);
            if (inBar == 0) {
                chordPad(out, rate, t, 4 * period, bar);
            }
            t += period;
            beat++;
        }
        return new Track(out, rate, beats.stream().mapToDouble(Double::doubleValue).toArray(),
                fills.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Slow, overlapping chords and a little noise: harmony with no pulse. */
    public static Track noBeat(double seconds, int rate, long seed) {
        int frames = (int) Math.round(seconds * rate);
        float[] out = new float[frames * 2];
        Random random = new Random(seed);
        double t = 0;
        int n = 0;
        while (t < seconds) {
            double length = 2.5 + 3 * random.nextDouble();
            chordPad(out, rate, t, length + 1.5, n++);
            t += length;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] += (float) (random.nextGaussian() * 0.01);
        }
        return new Track(out, rate, new double[0], new double[0]);
    }

    /** Gaussian noise, white or pink (Paul Kellet's filter), the same in both channels: no beat at all. */
    public static Track noise(double seconds, int rate, long seed, boolean pink) {
        Random random = new Random(seed);
        float[] out = new float[(int) Math.round(seconds * rate) * 2];
        double b0 = 0;
        double b1 = 0;
        double b2 = 0;
        for (int i = 0; i < out.length / 2; i++) {
            double w = random.nextGaussian();
            b0 = 0.99765 * b0 + w * 0.0990460;
            b1 = 0.96300 * b1 + w * 0.2965164;
            b2 = 0.57000 * b2 + w * 1.0526913;
            float v = (float) (pink ? (b0 + b1 + b2 + w * 0.1848) * 0.05 : w * 0.1);
            out[2 * i] = v;
            out[2 * i + 1] = v;
        }
        return new Track(out, rate, new double[0], new double[0]);
    }

    /** One track after the other, with no gap (a medley, or a tempo change at any point). */
    public static Track concat(Track... parts) {
        int length = 0;
        for (Track t : parts) {
            length += t.interleaved().length;
        }
        float[] out = new float[length];
        int at = 0;
        for (Track t : parts) {
            System.arraycopy(t.interleaved(), 0, out, at, t.interleaved().length);
            at += t.interleaved().length;
        }
        return new Track(out, parts[0].sampleRate(), new double[0], new double[0]);
    }

    private static void kick(float[] out, int rate, double at, float gain) {
        int start = (int) Math.round(at * rate);
        int n = (int) (0.25 * rate);
        double phase = 0;
        for (int i = 0; i < n; i++) {
            double s = i / (double) rate;
            double f = 50 + 100 * Math.exp(-s * 30);
            phase += 2 * Math.PI * f / rate;
            float v = (float) (Math.sin(phase) * Math.exp(-s * 12) * gain);
            add(out, start + i, v, v);
        }
    }

    private static void snare(float[] out, int rate, double at, float gain, Random random) {
        int start = (int) Math.round(at * rate);
        int n = (int) (0.18 * rate);
        for (int i = 0; i < n; i++) {
            double s = i / (double) rate;
            double env = Math.exp(-s * 25);
            float v = (float) ((random.nextGaussian() * 0.5 + Math.sin(2 * Math.PI * 190 * s)) * env * gain);
            add(out, start + i, v * 0.9f, v);
        }
    }

    private static void hat(float[] out, int rate, double at, float gain, Random random) {
        int start = (int) Math.round(at * rate);
        int n = (int) (0.05 * rate);
        double last = 0;
        for (int i = 0; i < n; i++) {
            double s = i / (double) rate;
            double white = random.nextGaussian();
            double high = white - last; // a first difference: the noise tilted towards the top
            last = white;
            float v = (float) (high * Math.exp(-s * 90) * gain);
            add(out, start + i, v, v * 0.8f);
        }
    }

    private static void bass(float[] out, int rate, double at, double length, double freq) {
        int start = (int) Math.round(at * rate);
        int n = (int) (length * rate);
        for (int i = 0; i < n; i++) {
            double s = i / (double) rate;
            double env = Math.min(1, s / 0.005) * Math.exp(-s * 3);
            double v = (Math.sin(2 * Math.PI * freq * s) + 0.3 * Math.sin(4 * Math.PI * freq * s)) * env * 0.25;
            add(out, start + i, (float) v, (float) v);
        }
    }

    private static void chordPad(float[] out, int rate, double at, double length, int bar) {
        if (length <= 0) {
            return;
        }
        double root = ROOTS[bar % ROOTS.length] * 4;
        double[] notes = {root, root * 1.26, root * 1.5};
        int start = (int) Math.round(at * rate);
        int n = (int) (length * rate);
        for (int i = 0; i < n; i++) {
            double s = i / (double) rate;
            double env = Math.min(1, s / 0.3) * Math.min(1, (length - s) / 0.3);
            double v = 0;
            for (double f : notes) {
                v += Math.sin(2 * Math.PI * f * s);
            }
            v *= env * 0.05;
            add(out, start + i, (float) v, (float) (v * 0.9));
        }
    }

    private static void add(float[] out, int frame, float left, float right) {
        if (frame >= 0 && 2 * frame + 1 < out.length) {
            out[2 * frame] += left;
            out[2 * frame + 1] += right;
        }
    }

    /** 16-bit PCM WAV. */
    public static Path writeWav(Path file, float[] interleaved, int rate, int channels) throws IOException {
        byte[] bytes = new byte[interleaved.length * 2];
        for (int i = 0; i < interleaved.length; i++) {
            int q = Math.round(Math.max(-1f, Math.min(1f, interleaved[i])) * 32767);
            bytes[2 * i] = (byte) q;
            bytes[2 * i + 1] = (byte) (q >> 8);
        }
        AudioFormat format = new AudioFormat(rate, 16, channels, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(bytes), format,
                interleaved.length / channels)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }
}
