package run.cadence.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import run.cadence.CadenceException;

/**
 * Turns the times of taps or footfalls into a step rate that a few bad events cannot move.
 *
 * <p>Each event is given a step number by rounding its distance from the previous kept event to whole median
 * periods: an interval of about two periods is a missed step (numbered +2, not a slow step), an event much
 * sooner than half a period is a double tap and is dropped. Only then is the rate computed, so a missed or
 * double tap changes the count of rejected events but not the result.
 */
public final class StepTimes {

    /** How the rate is read from the numbered steps. */
    public enum Method {
        /**
         * The median of single-step intervals. Right for hand taps: the runner's rhythm wanders a little and
         * the median follows the typical step, not the wobbles.
         */
        MEDIAN_INTERVAL,
        /**
         * The slope of a least-squares line through (step number, time). Right for detected footfalls: the
         * detector's timing error (about 2 ms) stays put while the span grows, so the error shrinks with
         * every step.
         */
        LINE_FIT
    }

    /** An event this close to the previous one (in periods) is a bounce or a double tap, not a step. */
    private static final double TOO_SOON = 0.5;
    /** A fitted event further than this from its line (in periods) is thrown out before the final fit. */
    private static final double OFF_THE_BEAT = 0.2;
    /** Too few steps give a rate that means nothing. */
    public static final int MIN_STEPS = 8;

    private StepTimes() {}

    /**
     * The one order rule for taps and footfalls, wherever they come from: a time may equal the one before (a
     * double tap, which the numbering drops) but never come before it.
     *
     * @param where what the message starts with, e.g. "taps.txt:4:1: ", or ""
     * @param noun "tap" or "step"
     * @param number which one it is, from 1
     * @throws CadenceException (bad input) "tap 4 at 1.000 s is earlier than the tap before it (2.000 s); ..."
     */
    static void requireInOrder(String where, String noun, int number, double time, double before) {
        if (!(time >= before)) {
            throw CadenceException.badInput(String.format(java.util.Locale.ROOT,
                    "%s%s %d at %.3f s is earlier than the %s before it (%.3f s); %ss must be in time order",
                    where, noun, number, time, noun, before, noun));
        }
    }

    /**
     * Estimates the step rate.
     *
     * @param seconds event times in seconds, ascending
     * @param stepsPerEvent 1 when every step is an event, 2 when only one foot's steps are
     * @throws CadenceException (bad input) when there are too few events or they are not in order
     */
    public static StepRate estimate(double[] seconds, int stepsPerEvent, Method method) {
        double period = checkedPeriod(seconds, stepsPerEvent);
        List<double[]> numbered = number(seconds, period);
        int extra = seconds.length - numbered.size();
        if (method == Method.LINE_FIT) {
            List<double[]> onBeat = onTheLine(numbered);
            extra += numbered.size() - onBeat.size();
            numbered = onBeat;
        }
        double[] singleSteps = singleStepIntervals(numbered);
        if (singleSteps.length < MIN_STEPS) {
            throw CadenceException.badInput("only " + singleSteps.length + " clean steps among " + seconds.length
                    + " events; the rhythm is too irregular for a cadence (tap or record for longer)");
        }
        long span = Math.round(numbered.get(numbered.size() - 1)[0] - numbered.get(0)[0]);
        int missed = (int) (span - (numbered.size() - 1));

        double[] stepRates = new double[singleSteps.length];
        for (int i = 0; i < singleSteps.length; i++) {
            stepRates[i] = 60.0 * stepsPerEvent / singleSteps[i];
        }
        Arrays.sort(stepRates);
        double low = quantile(stepRates, 0.25);
        double high = quantile(stepRates, 0.75);

        double spm;
        double confidence;
        if (method == Method.LINE_FIT) {
            double[] line = fit(numbered);
            spm = 60.0 * stepsPerEvent / line[1];
            // The slope's standard error, carried to steps per minute: d(60/p) = 60/p² dp.
            confidence = 1.96 * line[2] * 60.0 * stepsPerEvent / (line[1] * line[1]);
        } else {
            double median = quantile(sortedCopy(singleSteps), 0.5);
            spm = 60.0 * stepsPerEvent / median;
            // Standard error of a median ~ 1.2533 sigma / sqrt(n), sigma taken robustly from the MAD.
            double sigma = 1.4826 * medianAbsoluteDeviation(stepRates);
            confidence = 1.96 * 1.2533 * sigma / Math.sqrt(stepRates.length);
        }
        return new StepRate(spm, confidence, low, high, numbered.size() * stepsPerEvent, missed * stepsPerEvent,
                extra);
    }

    /** Checks the times (in order, enough of them, advancing) and returns their typical interval. */
    private static double checkedPeriod(double[] seconds, int stepsPerEvent) {
        if (stepsPerEvent < 1) {
            throw new IllegalArgumentException("stepsPerEvent must be at least 1");
        }
        for (int i = 1; i < seconds.length; i++) {
            requireInOrder("", "step", i + 1, seconds[i], seconds[i - 1]);
        }
        if (seconds.length < MIN_STEPS + 1) {
            throw CadenceException.badInput("only " + seconds.length + " steps found; at least " + (MIN_STEPS + 1)
                    + " are needed for a cadence (tap or record for longer)");
        }
        double[] intervals = new double[seconds.length - 1];
        for (int i = 1; i < seconds.length; i++) {
            intervals[i - 1] = seconds[i] - seconds[i - 1];
        }
        double period = typicalInterval(intervals);
        if (!(period > 0)) {
            throw CadenceException.badInput("the step times do not advance; each event needs its own time");
        }
        return period;
    }

    /** The numbered steps that lie on the least-squares line through them (a stray tap off the beat does not). */
    private static List<double[]> onTheLine(List<double[]> numbered) {
        double[] line = fit(numbered);
        List<double[]> onBeat = new ArrayList<>();
        for (double[] p : numbered) {
            if (Math.abs(p[1] - (line[0] + line[1] * p[0])) <= OFF_THE_BEAT * line[1]) {
                onBeat.add(p);
            }
        }
        return onBeat;
    }

    /**
     * The typical interval: the median, then the median again of intervals near it, so that a run of double
     * taps (many short intervals) cannot drag the first guess to half a step.
     */
    private static double typicalInterval(double[] intervals) {
        double first = quantile(sortedCopy(intervals), 0.5);
        List<Double> near = new ArrayList<>();
        for (double i : intervals) {
            if (i > first * 0.7 && i < first * 1.4) {
                near.add(i);
            }
        }
        if (near.isEmpty()) {
            return first;
        }
        double[] n = near.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return quantile(n, 0.5);
    }

    /** Pairs of (step number, time); events too soon after the last kept one are left out. */
    private static List<double[]> number(double[] seconds, double period) {
        List<double[]> out = new ArrayList<>();
        out.add(new double[] {0, seconds[0]});
        long step = 0;
        double last = seconds[0];
        for (int i = 1; i < seconds.length; i++) {
            double periods = (seconds[i] - last) / period;
            if (periods < TOO_SOON) {
                continue;
            }
            step += Math.max(1, Math.round(periods));
            out.add(new double[] {step, seconds[i]});
            last = seconds[i];
        }
        return out;
    }

    private static double[] singleStepIntervals(List<double[]> numbered) {
        List<Double> out = new ArrayList<>();
        for (int i = 1; i < numbered.size(); i++) {
            if (numbered.get(i)[0] - numbered.get(i - 1)[0] == 1) {
                out.add(numbered.get(i)[1] - numbered.get(i - 1)[1]);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Least squares t = a + b k; returns {a, b, standard error of b}. */
    private static double[] fit(List<double[]> points) {
        int n = points.size();
        double mk = 0;
        double mt = 0;
        for (double[] p : points) {
            mk += p[0];
            mt += p[1];
        }
        mk /= n;
        mt /= n;
        double skk = 0;
        double skt = 0;
        for (double[] p : points) {
            skk += (p[0] - mk) * (p[0] - mk);
            skt += (p[0] - mk) * (p[1] - mt);
        }
        double b = skt / skk;
        double a = mt - b * mk;
        double residuals = 0;
        for (double[] p : points) {
            double r = p[1] - (a + b * p[0]);
            residuals += r * r;
        }
        double se = n > 2 ? Math.sqrt(residuals / (n - 2) / skk) : 0;
        return new double[] {a, b, se};
    }

    private static double medianAbsoluteDeviation(double[] sorted) {
        double median = quantile(sorted, 0.5);
        double[] dev = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            dev[i] = Math.abs(sorted[i] - median);
        }
        Arrays.sort(dev);
        return quantile(dev, 0.5);
    }

    private static double[] sortedCopy(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** Linear interpolation between order statistics of an ascending array. */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
