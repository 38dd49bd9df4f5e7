package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import run.cadence.CadenceException;
import run.cadence.measure.StepTimes.Method;

class StepTimesTest {

    private static double[] grid(double period, int count) {
        double[] t = new double[count];
        for (int i = 0; i < count; i++) {
            t[i] = 1.5 + i * period;
        }
        return t;
    }

    @Test
    void evenStepsGiveTheirRateExactly() {
        StepRate rate = StepTimes.estimate(grid(0.36, 30), 1, Method.MEDIAN_INTERVAL);
        assertEquals(60 / 0.36, rate.stepsPerMinute(), 1e-9);
        assertEquals(0, rate.confidence(), 1e-9);
        assertEquals(30, rate.stepsUsed());
        assertEquals(0, rate.missed());
        assertEquals(0, rate.extra());
    }

    @Test
    void aMissedTapIsCountedButDoesNotMoveTheResult() {
        List<Double> t = list(grid(0.36, 30));
        t.remove(12);
        StepRate rate = StepTimes.estimate(array(t), 1, Method.MEDIAN_INTERVAL);
        assertEquals(60 / 0.36, rate.stepsPerMinute(), 1e-9);
        assertEquals(1, rate.missed());
        assertEquals(29, rate.stepsUsed());
    }

    @Test
    void aDoubleTapIsDroppedAndDoesNotMoveTheResult() {
        List<Double> t = list(grid(0.36, 30));
        t.add(13, t.get(12) + 0.05);
        StepRate rate = StepTimes.estimate(array(t), 1, Method.MEDIAN_INTERVAL);
        assertEquals(60 / 0.36, rate.stepsPerMinute(), 1e-9);
        assertEquals(1, rate.extra());
        assertEquals(30, rate.stepsUsed());
    }

    @Test
    void oneFootTapsCountTwoStepsEach() {
        StepRate rate = StepTimes.estimate(grid(0.72, 20), Feet.ONE.stepsPerMark, Method.MEDIAN_INTERVAL);
        assertEquals(60 / 0.36, rate.stepsPerMinute(), 1e-9);
        assertEquals(40, rate.stepsUsed());
    }

    @Test
    void aSoundBetweenStepsIsLeftOutOfTheLineFit() {
        List<Double> t = list(grid(0.35, 40));
        t.add(20, t.get(19) + 0.21);
        StepRate rate = StepTimes.estimate(array(t), 1, Method.LINE_FIT);
        assertEquals(60 / 0.35, rate.stepsPerMinute(), 1e-9);
        assertEquals(2, rate.extra(), "the stray sound, and the true step it pushed out");
    }

    @Test
    void tooFewStepsIsBadInput() {
        CadenceException e = assertThrows(CadenceException.class,
                () -> StepTimes.estimate(grid(0.36, 8), 1, Method.MEDIAN_INTERVAL));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals("only 8 steps found; at least 9 are needed for a cadence (tap or record for longer)",
                e.getMessage());
    }

    @Test
    void timesGoingBackwardsAreBadInput() {
        double[] t = grid(0.36, 12);
        t[5] = 0.1;
        CadenceException e = assertThrows(CadenceException.class,
                () -> StepTimes.estimate(t, 1, Method.MEDIAN_INTERVAL));
        assertEquals("step 6 at 0.100 s is earlier than the step before it (2.940 s); steps must be in time order",
                e.getMessage());
    }

    @Property
    void missedAndDoubleTapsNeverMoveTheMedianOfAnEvenRhythm(
            @ForAll @DoubleRange(min = 0.28, max = 0.43) double period,
            @ForAll @IntRange(min = 2, max = 25) int missedAt,
            @ForAll @IntRange(min = 30, max = 50) int doubledAt,
            @ForAll @DoubleRange(min = 0.01, max = 0.1) double bounce) {
        List<Double> t = list(grid(period, 60));
        t.add(doubledAt + 1, t.get(doubledAt) + bounce * period);
        t.remove(missedAt);
        StepRate rate = StepTimes.estimate(array(t), 1, Method.MEDIAN_INTERVAL);
        assertEquals(60 / period, rate.stepsPerMinute(), 1e-6);
        assertEquals(1, rate.missed());
        assertEquals(1, rate.extra());
    }

    @Property
    void theLineFitStaysWithinATenthWithTwoMillisecondsOfJitter(
            @ForAll @DoubleRange(min = 0.28, max = 0.43) double period, @ForAll long seed) {
        Random random = new Random(seed);
        double[] t = grid(period, 80);
        for (int i = 0; i < t.length; i++) {
            t[i] += random.nextGaussian() * 0.002;
        }
        StepRate rate = StepTimes.estimate(t, 1, Method.LINE_FIT);
        assertEquals(60 / period, rate.stepsPerMinute(), 0.1);
    }

    @Property
    void anyAscendingTimesGiveARateOrItsOwnError(
            @ForAll("ascendingTimes") double[] times, @ForAll @IntRange(min = 1, max = 2) int stepsPerEvent) {
        for (Method method : Method.values()) {
            try {
                StepRate rate = StepTimes.estimate(times, stepsPerEvent, method);
                if (!(rate.stepsPerMinute() > 0) || rate.stepsUsed() > times.length * stepsPerEvent) {
                    throw new AssertionError(rate.toString());
                }
            } catch (CadenceException e) {
                assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
            }
        }
    }

    @Provide
    Arbitrary<double[]> ascendingTimes() {
        return Arbitraries.doubles().between(0, 5).list().ofMaxSize(80).map(gaps -> {
            double[] t = new double[gaps.size()];
            double at = 0;
            for (int i = 0; i < t.length; i++) {
                at += gaps.get(i);
                t[i] = at;
            }
            return t;
        });
    }

    private static List<Double> list(double[] values) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
