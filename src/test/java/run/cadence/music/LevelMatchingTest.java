package run.cadence.music;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.cadence.audio.MusicTrack;

/** Level matching never pushes a track's peak past -1 dBFS, and a mono track plays as loud as its stereo twin. */
class LevelMatchingTest {
    private static final Path FILE = Path.of("/music/x.wav");

    private static float gainOf(TrackAnalysis a) {
        MusicTrack t = new Rotation(List.of(new Rotation.Candidate(FILE, a)), 0.08).next(a.grid().orElseThrow().bpm());
        return t.gain();
    }

    private static TrackAnalysis analyse(float[] samples, int channels) throws Exception {
        return TrackAnalyzer.analyse(new MemoryPcm(samples, 44_100, channels));
    }

    @Test
    void aQuietTrackWithLoudPeaksIsRaisedOnlyUpToMinusOneDbfs() throws Exception {
        float[] s = TestTracks.make(TestTracks.Spec.of(172, 30), 44_100).interleaved().clone();
        for (int i = 0; i < s.length; i++) {
            s[i] *= 0.1f; // about -33 LUFS: level matching wants +13 dB (capped at +12)
        }
        s[44_100 * 2 * 10] = 0.95f; // one full-scale snap
        TrackAnalysis a = analyse(s, 2);
        assertEquals(0.95, a.peak(), 1e-6);
        assertTrue(a.loudnessLufs() < -30, "loudness " + a.loudnessLufs());
        float gain = gainOf(a);
        assertEquals(Math.pow(10, -1 / 20.0), gain * a.peak(), 1e-4, "the peak lands at -1 dBFS, not over");
    }

    @Test
    void aLoudTrackWithHeadroomIsStillLevelMatched() throws Exception {
        float[] s = TestTracks.make(TestTracks.Spec.of(172, 30), 44_100).interleaved();
        TrackAnalysis a = analyse(s, 2);
        assertTrue(a.loudnessLufs() > Rotation.TARGET_LUFS, "loudness " + a.loudnessLufs());
        assertEquals(Math.pow(10, (Rotation.TARGET_LUFS - a.loudnessLufs()) / 20), gainOf(a), 1e-4);
    }

    @Test
    void aMonoTrackPlaysAtTheLevelOfTheSameMusicInStereo() throws Exception {
        float[] stereo = TestTracks.make(TestTracks.Spec.of(172, 30), 44_100).interleaved().clone();
        float[] mono = new float[stereo.length / 2];
        for (int f = 0; f < mono.length; f++) {
            float m = (stereo[2 * f] + stereo[2 * f + 1]) / 2;
            mono[f] = m;
            stereo[2 * f] = m;
            stereo[2 * f + 1] = m;
        }
        TrackAnalysis inStereo = analyse(stereo, 2);
        TrackAnalysis inMono = analyse(mono, 1);
        assertEquals(inStereo.loudnessLufs() - 3.01, inMono.loudnessLufs(), 0.05, "one channel measures 3 dB less");
        // Both play as the same two identical channels, so they must get the same gain.
        assertEquals(20 * Math.log10(gainOf(inStereo)), 20 * Math.log10(gainOf(inMono)), 0.05);
    }
}
