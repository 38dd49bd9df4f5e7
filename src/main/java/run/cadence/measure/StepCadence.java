package run.cadence.measure;

/**
 * The measured cadence on one run step.
 *
 * @param stepIndex the {@link RunStepWindow#stepIndex} it was measured for
 * @param targetSpm the cadence the step asked for
 * @param measuredSpm the time-weighted median cadence (both feet) of the running recorded in the step's steady
 *     part; NaN when too little steady running was recorded (the runner walked it, or the watch was not running)
 * @param secondsMeasured the seconds of running that went into the median
 */
public record StepCadence(int stepIndex, double targetSpm, double measuredSpm, double secondsMeasured) {
    public StepCadence {
        if (!(secondsMeasured >= 0)) {
            throw new IllegalArgumentException("seconds measured must be 0 or more, not " + secondsMeasured);
        }
    }

    public boolean measured() {
        return !Double.isNaN(measuredSpm);
    }
}
