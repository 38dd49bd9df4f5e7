package run.cadence.music;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import run.cadence.audio.MusicTrack;
import run.cadence.audio.Setlist;
import run.cadence.audio.io.decode.Refusal;
import run.cadence.audio.io.decode.TrackDecoder;

/**
 * Plays the library's tracks in turn, each only if its tempo (or half or double) is within the stretch limit of
 * the grid's tempo at the moment it starts; level-matched to one loudness.
 */
public final class Rotation implements Setlist {
    /** Every track is brought to this integrated loudness (then the music volume applies). */
    public static final double TARGET_LUFS = -20;
    /** No track is raised more than this (a very quiet track stays a bit quieter rather than hiss). */
    private static final double MAX_GAIN_DB = 12;
    /** No track is raised so far that its peak passes this (-1 dBFS: the stretcher's splices may add a little). */
    private static final double PEAK_CEILING = Math.pow(10, -1 / 20.0);
    /** A mono track plays the same samples in both ears: 3 dB louder than its one channel measured. */
    private static final double MONO_ON_TWO_EARS_DB = 10 * Math.log10(2);

    /** A track the rotation may play. */
    public record Candidate(Path path, TrackAnalysis analysis) {
        public Candidate {
            if (!analysis.playable()) {
                throw new IllegalArgumentException(path + " has no steady beat to play to");
            }
        }
    }

    private final List<Candidate> tracks;
    private final double limit;
    private int next;
    /** The candidate behind the last track handed out (so an unplayable one can be dropped). */
    private Candidate last;
    private MusicTrack lastTrack;

    /** The tracks in the order given (the library's path order). */
    public Rotation(List<Candidate> tracks, double limit) {
        this.tracks = new ArrayList<>(tracks);
        this.limit = limit;
    }

    /**
     * The tracks in an order shuffled by {@code seed}: every session hears the library in another order (the
     * same songs first every time was the complaint), and the same seed renders the same music again.
     */
    public static Rotation shuffled(List<Candidate> tracks, double limit, long seed) {
        List<Candidate> order = new ArrayList<>(tracks);
        order.sort(java.util.Comparator.comparing(Candidate::path)); // the same order in, whatever the caller's
        java.util.Collections.shuffle(order, new java.util.Random(seed));
        return new Rotation(order, limit);
    }

    /** The candidates that fit {@code spm} within {@code limit}. */
    public static List<Candidate> fitting(List<Candidate> all, double spm, double limit) {
        List<Candidate> fit = new ArrayList<>();
        for (Candidate c : all) {
            if (TempoFold.of(c.analysis().grid().orElseThrow().bpm(), spm, limit).isPresent()) {
                fit.add(c);
            }
        }
        return fit;
    }

    @Override
    public MusicTrack next(double spm) {
        for (int tried = 0; tried < tracks.size(); tried++) {
            Candidate c = tracks.get(next);
            next = (next + 1) % tracks.size();
            BeatGrid g = c.analysis().grid().orElseThrow();
            Optional<TempoFold> fold = TempoFold.of(g.bpm(), spm, limit);
            if (fold.isPresent()) {
                Path path = c.path();
                last = c;
                lastTrack = new MusicTrack(path.getFileName().toString(), () -> open(path), g.bpm(),
                        g.firstBeatSeconds(), c.analysis().durationSeconds(), fold.get().stepsPerBeat(),
                        (float) gain(c.analysis()));
                return lastTrack;
            }
        }
        return null;
    }

    /**
     * The level-matching gain: the track as played (a mono track in both ears) brought to {@link #TARGET_LUFS}, at
     * most {@link #MAX_GAIN_DB}, and never so far that its peak passes {@link #PEAK_CEILING}.
     */
    static double gain(TrackAnalysis a) {
        double played = a.loudnessLufs() + (a.channels() == 1 ? MONO_ON_TWO_EARS_DB : 0);
        double gain = Math.pow(10, Math.min(MAX_GAIN_DB, TARGET_LUFS - played) / 20);
        return a.peak() > 0 ? Math.min(gain, PEAK_CEILING / a.peak()) : gain;
    }

    @Override
    public boolean fits(MusicTrack track, double spm) {
        return Math.abs(spm / (track.bpm() * track.stepsPerBeat()) - 1) <= limit + 1e-12;
    }

    @Override
    public void unplayable(MusicTrack track) {
        if (track == lastTrack && last != null) {
            int at = tracks.indexOf(last);
            tracks.remove(at);
            if (at < next) {
                next--;
            }
            next = tracks.isEmpty() ? 0 : next % tracks.size();
            last = null;
        }
    }

    private static run.cadence.audio.PcmSource open(Path path) throws IOException {
        if (!java.nio.file.Files.exists(path)) {
            throw new IOException("the file is gone: moved or deleted since cadence music add");
        }
        try {
            return TrackDecoder.open(path);
        } catch (Refusal r) {
            throw new IOException(path + ": " + r.getMessage(), r);
        }
    }
}
