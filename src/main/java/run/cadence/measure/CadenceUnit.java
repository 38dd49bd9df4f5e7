package run.cadence.measure;

/**
 * What a file's cadence numbers count. Garmin FIT stores running cadence per leg ("rpm": 80 means 160 steps
 * per minute), and TCX and GPX exports from Garmin and Strava carry the same one-leg figure; a few apps write
 * both feet. Cadence Coach always means both feet.
 */
public enum CadenceUnit {
    /** One leg: doubled to steps per minute. */
    ONE_LEG(2),
    /** Already steps per minute, both feet. */
    BOTH_FEET(1);

    /**
     * The split between the two: a one-leg running or walking cadence is below 110 (running 70-105), a both-feet
     * one is above (walking 110-140, running 140-210). Only the very slowest shuffle sits near the line.
     */
    static final double ONE_LEG_BELOW = 110;

    public final int factor;

    CadenceUnit(int factor) {
        this.factor = factor;
    }

    public double toStepsPerMinute(double raw) {
        return raw * factor;
    }

    /** Guesses the unit from the typical moving cadence of a file. */
    public static CadenceUnit guess(double medianMovingRawCadence) {
        return medianMovingRawCadence < ONE_LEG_BELOW ? ONE_LEG : BOTH_FEET;
    }
}
