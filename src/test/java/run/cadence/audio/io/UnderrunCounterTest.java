package run.cadence.audio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.cadence.audio.AudioSink;
import run.cadence.audio.ClickOptions;
import run.cadence.audio.ClickSound;
import run.cadence.audio.CueTrack;
import run.cadence.audio.PlaybackControl;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.RenderLoop;
import run.cadence.audio.RenderedOnsets;
import run.cadence.audio.Renderer;
import run.cadence.audio.TempoMap;

/**
 * The live line's underrun count and catch-up, against a {@link ScriptedLine} whose device plays on a virtual
 * clock: what the counter says is held to what the scripted device did, and every click is held to the time
 * it should have been heard.
 */
class UnderrunCounterTest {
    private static final int RATE = 44_100;
    private static final RenderFormat MONO = RenderFormat.MONO_44K;
    /** A square click: every sample non-zero, so its onset in what was written is exact. */
    private static final ClickSound CLICK = new ClickSound("tick", filled(200, 0.5f), filled(200, 0.9f));
    private static final double SPM = 150;
    /** A 10 ms buffer written in quarter-buffer blocks, as {@code cadence play --latency 10} does. */
    static final int BUFFER = 441;
    static final int BLOCK = 110;

    private static float[] filled(int n, float v) {
        float[] a = new float[n];
        Arrays.fill(a, v);
        return a;
    }

    /** What a play through a scripted line gave: the loop's result, and every click's error in frames. */
    record Played(RenderLoop.Result result, ScriptedLine line, double[] clickErrors, double[] clickTimes) {
        /** The worst error of the clicks heard in {@code [fromMillis, toMillis)} of clock time. */
        double worstBetween(double fromMillis, double toMillis) {
            double worst = 0;
            for (int k = 0; k < clickErrors.length; k++) {
                if (clickTimes[k] >= fromMillis && clickTimes[k] < toMillis) {
                    worst = Math.max(worst, Math.abs(clickErrors[k]));
                }
            }
            return worst;
        }

        long clicks() {
            return clickErrors.length;
        }
    }

    /**
     * Plays {@code seconds} of 150 spm through {@code line} with the real {@link LineSink} and render loop. A
     * click's error is when it was heard against when its beat should have been: the first click's time plus the
     * exact beat frame over the rate (a click is held to the nearest beat, as beats due during a long silence
     * are skipped, not played late).
     */
    private static Played play(ScriptedLine line, double seconds) throws IOException {
        return play(line, seconds, new LineSink(MONO, line, BLOCK, line::nanoTime));
    }

    /** Plays as {@link #play(ScriptedLine, double)} through {@code sink}, which plays into {@code line}. */
    static Played play(ScriptedLine line, double seconds, AudioSink sink) throws IOException {
        TempoMap map = TempoMap.builder(MONO).steady(seconds, SPM).build();
        Renderer renderer = new Renderer(map, CLICK, ClickOptions.DEFAULT, CueTrack.NONE, new PlaybackControl(), BLOCK);
        RenderLoop.Result result = RenderLoop.run(renderer, sink, RenderLoop.TO_THE_END, BLOCK);
        List<Long> onsets = RenderedOnsets.of(line.samples(), 1, 0, 100);
        double first = line.playedAt(onsets.get(0));
        double[] errors = new double[onsets.size()];
        double[] times = new double[onsets.size()];
        for (int k = 0; k < onsets.size(); k++) {
            double heard = line.playedAt(onsets.get(k));
            long index = Math.round((heard - first) * RATE / 1e9 / (60.0 * RATE / SPM));
            long beat = Math.round(index * 60.0 * RATE / SPM);
            errors[k] = (heard - first) * RATE / 1e9 - beat;
            times[k] = heard / 1e6;
        }
        return new Played(result, line, errors, times);
    }

    @Test
    void aSteadyLineRunsDryNeverAndEveryClickIsOnTime() throws IOException {
        Played p = play(new ScriptedLine(RATE, BUFFER), 20);
        assertEquals(0, p.result().underruns());
        assertEquals(0, p.result().lostFrames());
        assertEquals(0, p.line().silenceFrames());
        assertEquals(50, p.clicks());
        assertTrue(p.worstBetween(0, 1e9) <= 0.5, "worst click error " + p.worstBetween(0, 1e9) + " frames");
    }

    @Test
    void aStalledWriterIsOneUnderrunOfTheSilenceHeardAndLaterClicksKeepTheirTime() throws IOException {
        // Clicks are heard every 400 ms from about 200 ms: a 60 ms stall at 5,050 ms falls between two of them.
        oneUnderrunMeasuredWithin(new ScriptedLine(RATE, BUFFER), 2);
        Played p = play(new ScriptedLine(RATE, BUFFER).stallAt(5_050, 60), 20);
        long silence = p.line().silenceFrames();
        assertEquals(1, p.result().underruns());
        assertTrue(silence > 0.045 * RATE, "the scripted stall emptied the line: " + silence + " frames of silence");
        assertEquals(silence, p.result().lostFrames(), 2.0);
        assertEquals(50, p.clicks());
        assertTrue(p.worstBetween(0, 5_050) <= 0.5, "before the stall: " + p.worstBetween(0, 5_050));
        assertTrue(p.worstBetween(5_150, 1e9) <= 2, "after it: " + p.worstBetween(5_150, 1e9));
    }

    @Test
    void eachStallIsCountedOnce() throws IOException {
        ScriptedLine line = new ScriptedLine(RATE, BUFFER).stallAt(2_050, 30).stallAt(6_050, 100).stallAt(9_050, 15);
        Played p = play(line, 12);
        assertEquals(3, p.result().underruns());
        assertEquals(line.silenceFrames(), p.result().lostFrames(), 6.0);
        assertTrue(p.worstBetween(9_150, 1e9) <= 2, "after the last stall: " + p.worstBetween(9_150, 1e9));
    }

    @Test
    void aStallShorterThanTheBufferIsNoUnderrun() throws IOException {
        Played p = play(new ScriptedLine(RATE, BUFFER).stallAt(5_050, 5), 8);
        assertEquals(0, p.line().silenceFrames());
        assertEquals(0, p.result().underruns());
        assertEquals(0, p.result().lostFrames());
    }

    @Test
    void aSlowDeviceIsNoUnderrun() throws IOException {
        ScriptedLine line = new ScriptedLine(RATE, BUFFER);
        line.speed = 0.97; // a device clock 3% slow: the writer waits longer, the line never empties
        Played p = play(line, 20);
        assertEquals(0, p.result().underruns());
        assertEquals(0, p.result().lostFrames());
        assertEquals(50, p.clicks());
    }

    /** PulseAudio through ALSA: positions a period at a time, one frame always held, the underrun reported late. */
    private static ScriptedLine pulseLike() {
        ScriptedLine line = new ScriptedLine(RATE, BUFFER);
        line.reportStep = BUFFER / 2;
        line.keepsOneFrame = true;
        line.noticesLate = true;
        return line;
    }

    @Test
    void coarsePositionsAloneAreNoUnderrun() throws IOException {
        Played p = play(pulseLike(), 20);
        assertEquals(0, p.result().underruns());
        assertEquals(0, p.result().lostFrames());
        assertTrue(p.worstBetween(0, 1e9) <= 0.5);
    }

    /**
     * Plays 20 s with the writer held up for 60 ms at 5,050 ms: one underrun, its silence measured within
     * {@code frames}, and the clicks after it within as much of their time.
     */
    private static void oneUnderrunMeasuredWithin(ScriptedLine line, double frames) throws IOException {
        Played p = play(line.stallAt(5_050, 60), 20);
        assertEquals(1, p.result().underruns());
        assertEquals(line.silenceFrames(), p.result().lostFrames(), frames);
        assertTrue(p.worstBetween(5_150, 1e9) <= frames, "after: " + p.worstBetween(5_150, 1e9));
    }

    @Test
    void anUnderrunReportedLateAndCoarselyIsStillCountedWithinAPeriod() throws IOException {
        ScriptedLine line = pulseLike();
        oneUnderrunMeasuredWithin(line, line.reportStep + BLOCK);
    }

    @Test
    void aLossOverstatedByACoarseFirstReadingIsGivenBackAsSilenceWithinTheSettlingTime() throws IOException {
        ScriptedLine line = pulseLike().stallAt(5_050, 60);
        line.restartReportsLateNanos = 20_000_000L;
        Played p = play(line, 20);
        System.out.printf("coarse positions: silence %d, reported %d, worst click after %.1f frames%n",
                line.silenceFrames(), p.result().lostFrames(), p.worstBetween(5_300, 1e9));
        assertEquals(1, p.result().underruns());
        assertEquals(line.silenceFrames(), p.result().lostFrames(), 3.0);
        assertTrue(p.worstBetween(5_300, 1e9) <= 3, "after the settling time: " + p.worstBetween(5_300, 1e9));
    }

    @Test
    void anUnderrunOnlyTheWriteMeetsIsCountedFromTheReadingAfterIt() throws IOException {
        // No reading before the write shows it: the write recovers the line, which then holds only that block.
        ScriptedLine line = new ScriptedLine(RATE, BUFFER);
        line.onlyWriteNotices = true;
        oneUnderrunMeasuredWithin(line, 2);
    }

    @Test
    void aDeviceThatTakesSecondsToRestartCountsThoseSecondsToo() throws IOException {
        // PulseAudio's null sink, with no other client, sleeps for 2 s before it plays a re-created stream.
        ScriptedLine line = new ScriptedLine(RATE, BUFFER).stallAt(5_050, 40);
        line.restartNanos = 2_000_000_000L;
        Played p = play(line, 20);
        assertEquals(1, p.result().underruns());
        assertTrue(line.silenceFrames() > 2 * RATE);
        assertEquals(line.silenceFrames(), p.result().lostFrames(), 2.0);
        assertTrue(p.worstBetween(7_300, 1e9) <= 2, "after the restart: " + p.worstBetween(7_300, 1e9));
        assertEquals(50 - 5, p.clicks(), "the five clicks due while the device was silent are not played late");
    }

    @Test
    void anUnderrunInTheLastMomentsIsMeasuredWhenTheLineDrains() throws IOException {
        ScriptedLine line = new ScriptedLine(RATE, BUFFER).stallAt(10_185, 40); // before the last two blocks
        line.restartNanos = 2_000_000_000L;
        Played p = play(line, 10);
        assertEquals(1, p.result().underruns());
        // the drain sees the end within its poll (a millisecond here; Java Sound's is 10 ms)
        assertEquals(line.silenceFrames(), p.result().lostFrames(), 45.0);
    }

    @Test
    void aPositionThatRunsOnThroughTheSilenceGivesTheLossDirectly() throws IOException {
        ScriptedLine line = new ScriptedLine(RATE, BUFFER);
        line.positionRunsOn = true;
        oneUnderrunMeasuredWithin(line, 2);
    }
}
