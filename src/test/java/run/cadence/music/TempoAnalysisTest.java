package run.cadence.music;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import run.cadence.audio.io.decode.Refusal;

class TempoAnalysisTest {

    static DoubleStream tempos() {
        // Every 5 BPM from 80 to 190, and awkward fractions in between.
        return DoubleStream.concat(DoubleStream.iterate(80, b -> b <= 190, b -> b + 5),
                DoubleStream.of(86.4, 97.3, 128.7, 143.9, 172.2, 187.6));
    }

    static TrackAnalysis analyse(TestTracks.Track track) throws Exception {
        return TrackAnalyzer.analyse(MemoryPcm.of(track));
    }

    @ParameterizedTest
    @MethodSource("tempos")
    void swungTracksWithFillsKeepTheirTempoToATenthAndTheirFirstBeatToAMillisecond(double bpm) throws Exception {
        TestTracks.Track track = TestTracks.make(new TestTracks.Spec(bpm, 45, 0.62, 0.35, 0, (long) (bpm * 10)), 44_100);
        TrackAnalysis a = analyse(track);
        BeatGrid g = a.grid().orElseThrow();
        assertEquals(bpm, g.bpm(), 0.1, "tempo (and the half/double choice)");
        assertEquals(track.beats()[0], g.firstBeatSeconds(), 0.002, "first beat");
        assertTrue(g.steady());
        assertTrue(g.confidence() >= 0.8, "confidence " + g.confidence());
        assertTrue(a.playable());
        assertEquals(45, a.durationSeconds(), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(doubles = {86, 92, 172, 180})
    void straightEighthsStayAtTheDrumsTempo(double bpm) throws Exception {
        TestTracks.Track track = TestTracks.make(new TestTracks.Spec(bpm, 40, 0.5, 0.2, 0, 7), 48_000);
        assertEquals(bpm, analyse(track).grid().orElseThrow().bpm(), 0.1);
    }

    @Test
    void aBeatlessIntroIsSkippedAndTheFirstDrumIsTheFirstBeat() throws Exception {
        TestTracks.Track track = TestTracks.make(TestTracks.Spec.of(128, 60).intro(12.3), 44_100);
        BeatGrid g = analyse(track).grid().orElseThrow();
        assertEquals(128, g.bpm(), 0.1);
        assertEquals(12.3, g.firstBeatSeconds(), 0.005);
        assertTrue(g.steady());
    }

    @Test
    void aTempoChangeIsNotSteadyAndNotPlayable() throws Exception {
        TrackAnalysis a = analyse(TestTracks.make(TestTracks.Spec.of(120, 60).changeTo(127), 44_100));
        assertFalse(a.grid().orElseThrow().steady());
        assertFalse(a.playable());
    }

    @Test
    void musicWithoutABeatIsNotPlayable() throws Exception {
        TrackAnalysis a = analyse(TestTracks.noBeat(60, 44_100, 3));
        assertTrue(a.grid().isEmpty() || a.grid().get().confidence() < 0.3, a.toString());
        assertFalse(a.playable());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void noiseIsNeitherSteadyNorSure(long seed) throws Exception {
        for (boolean pink : new boolean[] {false, true}) {
            TrackAnalysis a = analyse(TestTracks.noise(60, 44_100, seed, pink));
            assertTrue(a.grid().isEmpty() || !a.grid().get().steady(), (pink ? "pink " : "white ") + a);
            assertTrue(a.grid().isEmpty() || a.grid().get().confidence() < 0.3, (pink ? "pink " : "white ") + a);
            assertFalse(a.playable());
        }
    }

    static Stream<TestTracks.Track> tempoChanges() {
        return Stream.of(
                TestTracks.make(TestTracks.Spec.of(120, 120).changeTo(121), 44_100),
                TestTracks.make(TestTracks.Spec.of(170, 120).changeTo(175), 44_100),
                TestTracks.concat(TestTracks.make(TestTracks.Spec.of(120, 40), 44_100),
                        TestTracks.make(TestTracks.Spec.of(122, 40), 44_100),
                        TestTracks.make(TestTracks.Spec.of(120, 40), 44_100)),
                TestTracks.concat(TestTracks.make(TestTracks.Spec.of(128, 30), 44_100),
                        TestTracks.make(TestTracks.Spec.of(120, 90), 44_100)),
                TestTracks.concat(TestTracks.make(TestTracks.Spec.of(172, 100), 44_100),
                        TestTracks.make(TestTracks.Spec.of(86, 100), 44_100)));
    }

    @ParameterizedTest
    @MethodSource("tempoChanges")
    void aTempoChangeAnywhereIsNotSteady(TestTracks.Track track) throws Exception {
        TrackAnalysis a = analyse(track);
        assertTrue(a.grid().isEmpty() || !a.grid().get().steady(), a.toString());
        assertFalse(a.playable());
    }

    @Test
    void aJingleIsRefusedAsTooShort() {
        TestTracks.Track track = TestTracks.make(TestTracks.Spec.of(120, 12), 44_100);
        Refusal r = org.junit.jupiter.api.Assertions.assertThrows(Refusal.class, () -> analyse(track));
        assertEquals("only 12.0 s long (a track needs 20 s)", r.getMessage());
    }
}
