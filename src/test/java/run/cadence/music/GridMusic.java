package run.cadence.music;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import run.cadence.audio.BeatCursor;
import run.cadence.audio.ClickMode;
import run.cadence.audio.ClickOptions;
import run.cadence.audio.Pan;
import run.cadence.audio.ClickSound;
import run.cadence.audio.ClickSynth;
import run.cadence.audio.CueTrack;
import run.cadence.audio.MusicMixer;
import run.cadence.audio.MusicSettings;
import run.cadence.audio.PlaybackControl;
import run.cadence.audio.Renderer;
import run.cadence.audio.TempoMap;

/**
 * Renders a session with music the way a file export does (the existing renderer's clicks plus the music mixer,
 * block by block) and checks every music beat in the output against the grid with {@link LowBandOnsets}, an onset
 * detector that knows nothing of the player. Memory stays flat: the output is examined as it is made.
 */
final class GridMusic {
    static final int BLOCK = 1024;

    /** What the check found: errors in ms of every matched beat, per minute. */
    record Result(double renderSeconds, double audioSeconds, int matchedBeats, double worstMs, double[] worstMsPerMinute,
            int[] beatsPerMinute, long underruns) {}

    private GridMusic() {}


    /** Generated tracks written as WAV and analysed like a library scan; one at 48 kHz to exercise resampling. */
    static List<Rotation.Candidate> library(Path dir, double seconds, double... bpms) throws IOException {
        List<Rotation.Candidate> out = new ArrayList<>();
        for (int i = 0; i < bpms.length; i++) {
            int rate = i == 1 ? 48_000 : 44_100;
            TestTracks.Track t = TestTracks.make(new TestTracks.Spec(bpms[i], seconds, 0.6, 0.4 + 0.1 * i, 0, i), rate);
            Path file = t.writeWav(dir.resolve("track" + i + "-" + bpms[i] + ".wav"));
            try {
                out.add(new Rotation.Candidate(file, TrackAnalyzer.analyse(file)));
            } catch (run.cadence.audio.io.decode.Refusal r) {
                throw new IOException(r);
            }
        }
        return out;
    }

    /** The detector's own lateness on a kick, measured on an unstretched generated track against its true beats. */
    static double detectorLagSeconds() {
        TestTracks.Track t = TestTracks.make(new TestTracks.Spec(120, 30, 0.6, 0.5, 0, 9), 44_100);
        float[] mono = new float[t.frames()];
        for (int i = 0; i < mono.length; i++) {
            mono[i] = 0.5f * (t.interleaved()[2 * i] + t.interleaved()[2 * i + 1]);
        }
        LowBandOnsets d = new LowBandOnsets(44_100, 0.002);
        d.add(mono, mono.length);
        List<Double> lags = new ArrayList<>();
        for (long f : d.onsets()) {
            double s = d.seconds(f);
            for (double b : t.beats()) {
                if (Math.abs(s - b) < 0.03) {
                    lags.add(s - b);
                }
            }
        }
        lags.sort(null);
        return lags.get(lags.size() / 2);
    }

    static Result render(TempoMap map, run.cadence.audio.Setlist setlist, ClickMode clicks, double lagSeconds)
            throws IOException {
        return render(map, setlist, clicks, lagSeconds, Long.MAX_VALUE, 0, Long.MAX_VALUE);
    }

    /**
     * The same, through the renderer's music seam, with a live +/- of {@code nudge} spm asked for just before frame
     * {@code nudgeAt} (the renderer applies it at the next beat) and the runner's n key at {@code skipAt}. The
     * beats are then checked against the grid the renderer really played.
     */
    static Result render(TempoMap map, run.cadence.audio.Setlist setlist, ClickMode clicks, double lagSeconds,
            long nudgeAt, int nudge, long skipAt) throws IOException {
        PlaybackControl control = new PlaybackControl();
        ClickOptions options = new ClickOptions(1, Pan.CENTER, 0.8f * clicks.gain, 0.3f);
        MusicMixer music = new MusicMixer(map, setlist, MusicSettings.DEFAULT, CueTrack.NONE, BLOCK, true);
        Renderer renderer = new Renderer(map, ClickSound.withPitchedAccent("woodblock",
                ClickSynth.synthesize("woodblock", map.format().sampleRate()), map.format().sampleRate()), options,
                CueTrack.NONE, control, BLOCK, music);
        int rate = map.format().sampleRate();
        int channels = map.format().channels();
        LowBandOnsets detector = new LowBandOnsets(rate, 0.002);
        float[] out = new float[BLOCK * channels];
        float[] mono = new float[BLOCK];
        long started = System.nanoTime();

        long underruns;
        TempoMap played = map;
        try (music) {
            while (true) {
                long at = renderer.position();
                if (at <= nudgeAt && nudgeAt < at + BLOCK) {
                    control.nudgeTempo(nudge);
                    played = playedMap(map, at, nudge);
                }
                if (at <= skipAt && skipAt < at + BLOCK) {
                    music.skipTrack();
                }
                int n = renderer.render(out, BLOCK);
                if (n == 0) {
                    break;
                }
                for (int f = 0; f < n; f++) {
                    float s = 0;
                    for (int c = 0; c < channels; c++) {
                        s += out[f * channels + c];
                    }
                    mono[f] = s / channels;
                }
                detector.add(mono, n);


            }
            underruns = music.underruns();
        }
        double renderSeconds = (System.nanoTime() - started) / 1e9;
        return compare(played, detector, lagSeconds, renderSeconds, underruns);
    }

    /** The renderer takes a nudge at the first beat of the block it was asked for in, or after. */
    private static TempoMap playedMap(TempoMap map, long blockStart, int nudge) {
        BeatCursor c = new BeatCursor(map);
        c.seek(blockStart);
        long beat = c.nextBeatFrame();
        return run.cadence.audio.MusicCue.retimed(map, beat, c.tempoAt(beat) + nudge);
    }

    /** Every onset within 60 ms of a grid step is a music beat; its error is its distance to that step. */
    private static Result compare(TempoMap map, LowBandOnsets detector, double lag, double renderSeconds,
            long underruns) {
        int rate = map.format().sampleRate();
        long[] onsets = detector.onsets();

        BeatCursor grid = new BeatCursor(map);
        int minutes = (int) Math.ceil(map.endFrame() / (60.0 * rate));
        double[] worst = new double[minutes];
        int[] beats = new int[minutes];
        int matched = 0;
        double worstAll = 0;
        long window = Math.round(0.06 * rate);
        int i = 0;
        for (long step = grid.nextBeatFrame(); step != Long.MAX_VALUE; grid.advance(), step = grid.nextBeatFrame()) {
            while (i < onsets.length && onsets[i] - lag * rate < step - window) {
                i++;
            }
            if (i < onsets.length && Math.abs(onsets[i] - lag * rate - step) <= window) {
                double ms = (onsets[i] - lag * rate - step) * 1000.0 / rate;

                int minute = (int) (step / (60L * rate));
                worst[minute] = Math.max(worst[minute], Math.abs(ms));
                beats[minute]++;
                worstAll = Math.max(worstAll, Math.abs(ms));
                matched++;
            }
        }
        return new Result(renderSeconds, map.endFrame() / (double) rate, matched, worstAll, worst, beats, underruns);
    }
}
