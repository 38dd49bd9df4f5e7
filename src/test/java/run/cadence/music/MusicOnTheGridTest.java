package run.cadence.music;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.audio.ClickMode;
import run.cadence.audio.MusicTrack;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.Setlist;
import run.cadence.audio.TempoMap;

/**
 * The acceptance check: in a 60-minute render with music, every music beat, found in the output by an
 * onset detector that knows nothing of the player, lies within 10 ms of the click grid, from the first minute to
 * the last, across track changes. The tracks fold onto 172.2 spm in every way the player knows: at one step per
 * half beat (86 and 90 BPM, one of them slowed 4.3%), at one step per beat (168, 176 and 165.5 BPM, sped up and
 * slowed), and one at 48 kHz, resampled on the way.
 */
class MusicOnTheGridTest {
    private static final double TOLERANCE_MS = 10;
    @TempDir
    static Path dir;
    static List<Rotation.Candidate> library;
    static double lag;

    @BeforeAll
    static void makeLibrary() throws Exception {
        library = GridMusic.library(dir, 150, 86, 168, 176, 90, 165.5);
        lag = GridMusic.detectorLagSeconds();
    }

    /** Counts the tracks started. */
    static final class Counting implements Setlist {
        final Setlist inner;
        int started;

        Counting(Setlist inner) {
            this.inner = inner;
        }

        @Override
        public MusicTrack next(double spm) {
            started++;
            return inner.next(spm);
        }
    }

    @Test
    void theDetectorItselfIsGoodToAMillisecondOnUnstretchedMusic() {
        assertTrue(Math.abs(lag) < 0.003, "detector lag " + lag);
    }

    @Test
    void sixtyMinutesAt172spmKeepEveryMusicBeatWithin10msOfTheGrid() throws Exception {
        TempoMap map = TempoMap.builder(RenderFormat.MONO_44K).steady(60 * 60, 172.2).build();
        Counting setlist = new Counting(new Rotation(library, 0.08));
        GridMusic.Result r = GridMusic.render(map, setlist, ClickMode.OFF, lag);
        System.out.printf(Locale.ROOT, "60 min with music: %d beats matched, worst %.2f ms, first minute %.2f ms,"
                        + " last minute %.2f ms, %d tracks, rendered in %.1f s (%.0fx real time)%n", r.matchedBeats(),
                r.worstMs(), r.worstMsPerMinute()[0], r.worstMsPerMinute()[59], setlist.started, r.renderSeconds(),
                r.audioSeconds() / r.renderSeconds());
        assertTrue(setlist.started >= 25, "track changes: " + setlist.started);
        for (int minute = 0; minute < 60; minute++) {
            assertTrue(r.worstMsPerMinute()[minute] <= TOLERANCE_MS,
                    "minute " + minute + ": a beat " + r.worstMsPerMinute()[minute] + " ms off the grid");
            // At least every other step has a music beat on it, every minute: the music never drops out.
            assertTrue(r.beatsPerMinute()[minute] >= 80, "minute " + minute + ": " + r.beatsPerMinute()[minute]);
        }
        assertEquals(0, r.underruns());
    }

    @Test
    void aRampStretchesAlong() throws Exception {
        TempoMap map = TempoMap.builder(RenderFormat.MONO_44K).ramp(5 * 60, 164, 172.2).steady(5 * 60, 172.2).build();
        GridMusic.Result r = GridMusic.render(map, new Rotation(library, 0.08), ClickMode.OFF, lag);
        assertTrue(r.worstMs() <= TOLERANCE_MS, "worst " + r.worstMs() + " ms");
        for (int minute = 0; minute < 10; minute++) {
            assertTrue(r.beatsPerMinute()[minute] >= 75, "minute " + minute + ": " + r.beatsPerMinute()[minute]);
        }
    }

    @Test
    void aLiveTempoChangeReStretchesTheTrackFromTheNextBeat() throws Exception {
        TempoMap map = TempoMap.builder(RenderFormat.MONO_44K).steady(5 * 60, 170).build();
        long at = 2L * 60 * 44_100 + 12_345;
        GridMusic.Result r = GridMusic.render(map, new Rotation(library, 0.08), ClickMode.OFF, lag, at, 3,
                Long.MAX_VALUE);
        assertTrue(r.worstMs() <= TOLERANCE_MS, "worst " + r.worstMs() + " ms");
        for (int minute = 0; minute < 5; minute++) {
            assertTrue(r.beatsPerMinute()[minute] >= 75, "minute " + minute + ": " + r.beatsPerMinute()[minute]);
        }
    }

    @Test
    void skippingATrackKeepsTheNextOneOnTheGrid() throws Exception {
        TempoMap map = TempoMap.builder(RenderFormat.MONO_44K).steady(4 * 60, 172.2).build();
        Counting setlist = new Counting(new Rotation(library, 0.08));
        GridMusic.Result r = GridMusic.render(map, setlist, ClickMode.OFF, lag, Long.MAX_VALUE, 0, 44_100L * 70);
        assertTrue(r.worstMs() <= TOLERANCE_MS, "worst " + r.worstMs() + " ms");
        assertTrue(setlist.started >= 3, "tracks " + setlist.started);
        for (int minute = 0; minute < 4; minute++) {
            assertTrue(r.beatsPerMinute()[minute] >= 75, "minute " + minute + ": " + r.beatsPerMinute()[minute]);
        }
    }
}
