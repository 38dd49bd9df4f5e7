package run.cadence.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BeatCursorTest {
    private static final RenderFormat RATE = RenderFormat.MONO_44K;
    private static final MathContext EXACT = new MathContext(40);

    static List<Long> beats(TempoMap map, long untilFrame) {
        BeatCursor cursor = new BeatCursor(map);
        List<Long> frames = new ArrayList<>();
        while (cursor.nextBeatFrame() < untilFrame) {
            frames.add(cursor.nextBeatFrame());
            cursor.advance();
        }
        return frames;
    }

    /** round(k * 60 * rate / spm) in exact decimal arithmetic, independent of the engine's doubles. */
    static long idealSteadyFrame(long k, double spm, int rate) {
        return new BigDecimal(k).multiply(BigDecimal.valueOf(60L * rate))
                .divide(new BigDecimal(spm), EXACT).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    @Test
    void fractionalCadenceOverTwoHoursHasNoDrift() {
        double spm = 172.3;
        TempoMap map = TempoMap.builder(RATE).steady(2 * 3600, spm).build();
        List<Long> frames = beats(map, map.endFrame());
        for (int k = 0; k < frames.size(); k++) {
            assertEquals(idealSteadyFrame(k, spm, 44_100), frames.get(k), "beat " + k);
        }
        // 2 h at 172.3 spm: beats 0..20675 (beat 20676 would fall exactly at 2 h + 0.13 s)
        assertEquals((long) Math.ceil(2 * 60 * spm), frames.size());
        // Adding the rounded period (15357 for 15356.94) instead drifts 0.064 frames a beat: 1332 frames (30 ms)
        // by the end of two hours.
        long naive = 20675L * Math.round(60.0 * 44_100 / spm);
        assertEquals(1332, naive - frames.get(20675));
    }

    @Property(tries = 60)
    void everySteadyBeatFallsOnItsRoundedIdealFrame(@ForAll @DoubleRange(min = 40, max = 250) double spm,
            @ForAll @IntRange(min = 0, max = 1) int rateChoice) {
        int rate = rateChoice == 0 ? 44_100 : 48_000;
        TempoMap map = TempoMap.builder(new RenderFormat(rate, 1)).steady(2 * 3600, spm).build();
        List<Long> frames = beats(map, map.endFrame());
        for (int k = 0; k < frames.size(); k += 97) {
            assertEquals(idealSteadyFrame(k, spm, rate), frames.get(k), "beat " + k + " at " + spm + " spm");
        }
        int last = frames.size() - 1;
        assertEquals(idealSteadyFrame(last, spm, rate), frames.get(last));
    }

    @Test
    void beatsNextToAHalfFrameRoundTheWayExactArithmeticDoes() {
        // 43.52 spm: beat 3298 lies a hair from x.5 frames, where the double quotient once rounded the wrong way.
        // 160 spm: 16537.5 frames a beat, so every odd beat is an exact tie, rounded up.
        for (double spm : new double[] {43.52, 160, 172.2, 43.5, 87.04}) {
            TempoMap map = TempoMap.builder(RATE).steady(2 * 3600, spm).build();
            List<Long> frames = beats(map, map.endFrame());
            for (int k = 0; k < frames.size(); k++) {
                assertEquals(idealSteadyFrame(k, spm, 44_100), frames.get(k), "beat " + k + " at " + spm + " spm");
            }
        }
    }

    /** Time of beat k on a linear-in-time ramp, found by bisection on the integral (independent of the engine). */
    static double idealRampFrame(long k, double fromSpm, double toSpm, double seconds, int rate) {
        double lo = 0;
        double hi = seconds;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            double beatsAt = (fromSpm * mid + (toSpm - fromSpm) * mid * mid / (2 * seconds)) / 60.0;
            if (beatsAt < k) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2 * rate;
    }

    @Property(tries = 40)
    void rampBeatsFollowTheIntegralOfTempo(@ForAll @DoubleRange(min = 60, max = 240) double from,
            @ForAll @DoubleRange(min = 60, max = 240) double to, @ForAll @IntRange(min = 10, max = 900) int seconds) {
        TempoMap map = TempoMap.builder(RATE).ramp(seconds, from, to).build();
        List<Long> frames = beats(map, map.endFrame());
        for (int k = 0; k < frames.size(); k++) {
            double ideal = idealRampFrame(k, from, to, seconds, 44_100);
            assertTrue(Math.abs(frames.get(k) - ideal) <= 0.5 + 1e-6,
                    "beat " + k + ": frame " + frames.get(k) + " vs ideal " + ideal);
        }
        double expectedBeats = (from + to) / 2 * seconds / 60.0;
        assertTrue(Math.abs(frames.size() - expectedBeats) <= 1, frames.size() + " beats vs " + expectedBeats);
    }

    @Test
    void rampFlowsIntoSteadyTempoWithoutADoubledOrMissingBeat() {
        TempoMap map = TempoMap.builder(RATE).ramp(300, 164, 172.2).steady(300, 172.2).build();
        List<Long> frames = beats(map, map.endFrame());
        double steadyPeriod = 60.0 * 44_100 / 172.2;
        double longest = 60.0 * 44_100 / 164;
        for (int i = 1; i < frames.size(); i++) {
            long gap = frames.get(i) - frames.get(i - 1);
            assertTrue(gap >= Math.floor(steadyPeriod) && gap <= Math.ceil(longest), "gap " + gap + " at beat " + i);
        }
        // Beats: 300 s * mean(164, 172.2)/60 in the ramp + 300 s * 172.2/60 after, give or take one at the seam.
        assertEquals(840.5 + 861, frames.size(), 1.0);
    }

    @Test
    void newStepRestartsOnABeatAndSilenceHasNone() {
        TempoMap map = TempoMap.builder(RATE).newStep(10, 150).silence(5)
                .newStep(10, 170).build();
        List<Long> frames = beats(map, map.endFrame());
        long runTwoStart = 15 * 44_100;
        assertTrue(frames.contains(0L));
        assertTrue(frames.contains(runTwoStart));
        assertTrue(frames.stream().noneMatch(f -> f >= 10 * 44_100 && f < runTwoStart));
        assertEquals(25 + 29, frames.size()); // 150 spm for 10 s = 25 beats; 170 spm for 10 s = 28.3 -> 29
    }

    @Test
    void retempoTakesEffectAfterTheBeatJustPlayed() {
        TempoMap map = TempoMap.builder(RATE).forever(120);
        BeatCursor cursor = new BeatCursor(map);
        cursor.advance();
        cursor.advance();
        long third = cursor.nextBeatFrame();
        assertEquals(2 * 22_050, third);
        cursor.retempo(third, 121);
        assertEquals(third + Math.round(60.0 * 44_100 / 121), cursor.nextBeatFrame());
        cursor.advance();
        assertEquals(third + Math.round(2 * 60.0 * 44_100 / 121), cursor.nextBeatFrame());
    }

    @Test
    void seekFindsTheFirstBeatAtOrAfterAFrame() {
        TempoMap map = TempoMap.builder(RATE).newStep(60, 120).newStep(60, 180).build();
        BeatCursor cursor = new BeatCursor(map);
        cursor.seek(60 * 44_100);
        assertEquals(60 * 44_100, cursor.nextBeatFrame());
        cursor.seek(60 * 44_100 + 1);
        assertEquals(60 * 44_100 + 14_700, cursor.nextBeatFrame());
    }
}
