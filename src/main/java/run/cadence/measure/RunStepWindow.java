package run.cadence.measure;

/**
 * One run step of the session as played: offsets from the session start.
 *
 * @param stepIndex the caller's own index of the step (the timeline segment), handed back in {@link StepCadence}
 * @param startSeconds when the step starts, from the session start
 * @param lengthSeconds how long it lasts
 * @param targetSpm the cadence it asked for, steps per minute
 */
public record RunStepWindow(int stepIndex, double startSeconds, double lengthSeconds, double targetSpm) {
    public RunStepWindow {
        if (stepIndex < 0) {
            throw new IllegalArgumentException("step index " + stepIndex + " is negative");
        }
        if (!(startSeconds >= 0) || Double.isInfinite(startSeconds)) {
            throw new IllegalArgumentException("a run step starts at 0 s or later, not " + startSeconds);
        }
        if (!(lengthSeconds > 0) || Double.isInfinite(lengthSeconds)) {
            throw new IllegalArgumentException("a run step lasts more than 0 s, not " + lengthSeconds);
        }
        if (!(targetSpm > 0) || Double.isInfinite(targetSpm)) {
            throw new IllegalArgumentException("a run step's target is a positive cadence, not " + targetSpm);
        }
    }

    public double endSeconds() {
        return startSeconds + lengthSeconds;
    }
}
