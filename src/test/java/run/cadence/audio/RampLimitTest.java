package run.cadence.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Along a ramp a track ends where the grid's tempo leaves its stretch limit, and the next one takes over. */
class RampLimitTest {
    private static final double LIMIT = 0.08;

    /** Silence of a given length: only where the feeder lays the track matters here. */
    private static PcmSource silence(double seconds) {
        return GeneratedPcm.of(44_100, 2, seconds, n -> 0);
    }

    /** Ten-minute tracks at the tempo asked for, one step per beat, within ±8% like the rotation. */
    private static final class Asked implements Setlist {
        final List<Double> tempos = new ArrayList<>();

        @Override
        public MusicTrack next(double spm) {
            tempos.add(spm);
            return new MusicTrack("at " + spm, () -> silence(600), spm, 0.2, 600, 1, 1f);
        }

        @Override
        public boolean fits(MusicTrack track, double spm) {
            return Math.abs(spm / (track.bpm() * track.stepsPerBeat()) - 1) <= LIMIT;
        }
    }

    @Test
    void aTrackEndsWhereTheRampLeavesItsStretchLimit() throws Exception {
        TempoMap map = TempoMap.builder(RenderFormat.MONO_44K).ramp(10 * 60, 150, 180).build();
        MusicDeck[] decks = {new MusicDeck(map, 2 * 44_100), new MusicDeck(map, 2 * 44_100)};
        Asked setlist = new Asked();
        MusicFeeder feeder = new MusicFeeder(map, decks, setlist, 16, new MusicCue());
        feeder.produce();
        MusicDeck first = decks[0];
        assertEquals(150, setlist.tempos.get(0), 0.01);
        GridLock grid = new GridLock(map);
        double tempoAtFadeEnd = grid.phaseTempo(first.fadeOutEnd);
        // The fade's last step is the last one that fits: 150 BPM stretched at most +8% is 162 spm.
        assertTrue(tempoAtFadeEnd <= 150 * (1 + LIMIT) + 1e-6, "the first track plays on to " + tempoAtFadeEnd + " spm");
        assertTrue(tempoAtFadeEnd >= 150 * (1 + LIMIT) - 0.1, "and ends no sooner: " + tempoAtFadeEnd + " spm");
        feeder.stop();
    }
}
