package run.cadence.music;

import java.io.IOException;
import java.nio.file.Path;
import run.cadence.audio.PcmSource;
import run.cadence.audio.io.decode.Refusal;
import run.cadence.audio.io.decode.TrackDecoder;

/** Reads a track once, streaming, into its beat grid, loudness and duration. */
public final class TrackAnalyzer {
    private static final int BLOCK = 8192;
    /** Shorter than this is a jingle or a sound effect, not a track to run to. */
    static final double MIN_SECONDS = 20;

    private TrackAnalyzer() {}

    public static TrackAnalysis analyse(Path file) throws Refusal {
        try (PcmSource in = TrackDecoder.open(file)) {
            return analyse(in);
        } catch (IOException | RuntimeException e) {
            // The decoders are third-party code; whatever they throw on damaged data is the file's fault.
            throw TrackDecoder.failedWhileReading(e);
        }
    }

    static TrackAnalysis analyse(PcmSource in) throws IOException, Refusal {
        int channels = in.channels();
        float[] block = new float[BLOCK * channels];
        float[] mono = new float[BLOCK];
        OnsetEnvelope envelope = new OnsetEnvelope(in.sampleRate());
        Loudness loudness = new Loudness(in.sampleRate(), channels);
        long frames = 0;
        float peak = 0;
        int n;
        while ((n = in.read(block, BLOCK)) > 0) {
            for (int i = 0; i < n * channels; i++) {
                peak = Math.max(peak, Math.abs(block[i]));
            }
            PcmSource.downmix(block, n, channels, mono, 0);
            envelope.add(mono, n);
            loudness.add(block, n);
            frames += n;
        }
        double seconds = frames / (double) in.sampleRate();
        if (frames == 0) {
            throw new Refusal("no audio in the file");
        }
        if (seconds < MIN_SECONDS) {
            throw new Refusal(String.format(java.util.Locale.ROOT, "only %.1f s long (a track needs %.0f s)", seconds,
                    MIN_SECONDS));
        }
        return new TrackAnalysis(BeatTracker.track(envelope), loudness.integratedLufs(), seconds, in.sampleRate(),
                channels, peak);
    }
}
