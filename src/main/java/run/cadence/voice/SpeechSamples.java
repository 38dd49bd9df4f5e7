package run.cadence.voice;

import java.io.ByteArrayInputStream;
import run.cadence.CadenceException;
import run.cadence.audio.io.SampleFiles;

/**
 * Shapes what a synthesiser produced into a cue clip: decoded to mono at the engine rate, edges trimmed
 * so a cue starts on its first word, and one peak level for every engine so FreeTTS and espeak-ng
 * sound equally loud over the clicks.
 */
final class SpeechSamples {
    /** -3 dBFS: loud over ducked clicks, with headroom left for the mix. */
    static final float PEAK = 0.7f;
    /** About -50 dBFS: below it a synthesiser's lead-in is silence. */
    private static final float SILENCE = 0.003f;
    private static final double EDGE_SECONDS = 0.01;

    private SpeechSamples() {}

    /**
     * A WAV a synthesiser produced for {@code text}, decoded to mono. SampleFiles calls an unreadable file bad
     * input, which it is for a runner's recording; here the engine is at fault, so it is RUNTIME (exit 1).
     */
    static float[] decodeEngineWav(byte[] wav, int sampleRate, String engine, String text) {
        try {
            return SampleFiles.decodeMono(new ByteArrayInputStream(wav), sampleRate, engine + " output");
        } catch (CadenceException e) {
            throw CadenceException.runtime(engine + " gave no usable speech for '" + text + "': " + e.getMessage(), e);
        }
    }

    /** Trims silent edges (keeping 10 ms) and scales the peak to {@link #PEAK}; silence stays silence. */
    static float[] trimmedAndLevelled(float[] clip, int sampleRate, String what) {
        int first = 0;
        while (first < clip.length && Math.abs(clip[first]) < SILENCE) {
            first++;
        }
        if (first == clip.length) {
            throw CadenceException.runtime(what + " produced only silence", null);
        }
        int last = clip.length - 1;
        while (Math.abs(clip[last]) < SILENCE) {
            last--;
        }
        int edge = (int) Math.round(EDGE_SECONDS * sampleRate);
        int from = Math.max(0, first - edge);
        int to = Math.min(clip.length, last + 1 + edge);
        float peak = 0;
        for (int i = from; i < to; i++) {
            peak = Math.max(peak, Math.abs(clip[i]));
        }
        float gain = PEAK / peak;
        float[] out = new float[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = clip[from + i] * gain;
        }
        return out;
    }
}
