package run.cadence.measure;

import java.util.Arrays;
import java.util.Optional;
import run.cadence.CadenceException;

/**
 * One tap test: taps come in with their time, the test says when it has enough and what the cadence is.
 * Time is always given, never read from a clock, so a recorded list of taps replays to the same answer.
 */
public final class TapTest {
    private final Feet feet;
    private final int maxTaps;
    private final double maxSeconds;
    private double[] taps = new double[64];
    private int count;
    private boolean over;

    /**
     * @param maxTaps stop after this many taps
     * @param maxSeconds stop once this long has passed since the first tap
     */
    public TapTest(Feet feet, int maxTaps, double maxSeconds) {
        if (maxTaps < StepTimes.MIN_STEPS + 1) {
            throw new IllegalArgumentException("a tap test needs at least " + (StepTimes.MIN_STEPS + 1)
                    + " taps, was " + maxTaps);
        }
        if (!(maxSeconds > 0)) {
            throw new IllegalArgumentException("a tap test needs a positive duration");
        }
        this.feet = feet;
        this.maxTaps = maxTaps;
        this.maxSeconds = maxSeconds;
    }

    /**
     * Records a tap.
     *
     * @return true while the test wants more taps
     */
    public boolean tap(double seconds) {
        if (isDone()) {
            return false;
        }
        if (count > 0) {
            StepTimes.requireInOrder("", "tap", count + 1, seconds, taps[count - 1]);
        }
        if (count > 0 && seconds - taps[0] > maxSeconds) {
            // Past the end: the test is over and this tap is not part of it.
            over = true;
            return false;
        }
        if (count == taps.length) {
            taps = Arrays.copyOf(taps, count * 2);
        }
        taps[count++] = seconds;
        return !isDone();
    }

    /**
     * Tells the test the time without a tap, so it can end when its duration is up even if the runner stopped
     * tapping.
     *
     * @return true when the test is over
     */
    public boolean timeUp(double seconds) {
        if (count > 0 && seconds - taps[0] > maxSeconds) {
            over = true;
        }
        return isDone();
    }

    private boolean isDone() {
        return over || count >= maxTaps;
    }

    /** Taps recorded so far. */
    public int taps() {
        return count;
    }

    /** Seconds from the first to the last tap. */
    public double seconds() {
        return taps() < 2 ? 0 : taps[taps() - 1] - taps[0];
    }

    /** The estimate so far, once there are enough taps for one. */
    public Optional<StepRate> live() {
        if (taps() < StepTimes.MIN_STEPS + 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(result());
        } catch (CadenceException tooIrregularYet) {
            return Optional.empty();
        }
    }

    /**
     * The cadence from the taps so far.
     *
     * @throws CadenceException (bad input) when there are too few or too irregular taps
     */
    public StepRate result() {
        return StepTimes.estimate(Arrays.copyOf(taps, taps()), feet.stepsPerMark, StepTimes.Method.MEDIAN_INTERVAL);
    }
}
