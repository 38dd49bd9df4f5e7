package run.cadence.measure;

import java.util.Locale;

/**
 * A step rate estimated from step times, kept as a plain number: a measurement may be implausible (a runner
 * who tapped one foot without saying so gets about 85), and {@link run.cadence.Cadence} would refuse to hold
 * some of those values before we can tell the runner what went wrong.
 *
 * @param stepsPerMinute the estimate, both feet
 * @param confidence half-width of the 95% confidence interval of the estimate, in steps per minute
 * @param lowQuartile the step rate of the slower quarter of single steps (25th percentile)
 * @param highQuartile the step rate of the faster quarter of single steps (75th percentile)
 * @param stepsUsed steps that went into the estimate
 * @param missed steps that were missing between two events (a missed tap or a quiet footfall)
 * @param extra events rejected because they came far too soon (a double tap, a clatter)
 */
public record StepRate(double stepsPerMinute, double confidence, double lowQuartile, double highQuartile,
                       int stepsUsed, int missed, int extra) {

    public StepRate {
        if (!(stepsPerMinute > 0) || Double.isInfinite(stepsPerMinute)) {
            throw new IllegalArgumentException("step rate must be a positive number, was " + stepsPerMinute);
        }
        if (!(confidence >= 0) || !(lowQuartile <= highQuartile)) {
            throw new IllegalArgumentException("confidence must be >= 0 and quartiles ordered");
        }
        if (stepsUsed < 1 || missed < 0 || extra < 0) {
            throw new IllegalArgumentException("step counts must not be negative");
        }
    }

    /** "163.4 spm ± 1.2 (95%), middle half of steps 160.1-166.8 spm". */
    public String describe() {
        return String.format(Locale.ROOT, "%.1f spm ± %.1f (95%% confidence), middle half of steps %.1f-%.1f spm",
                stepsPerMinute, confidence, lowQuartile, highQuartile);
    }
}
