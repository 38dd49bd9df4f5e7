package run.cadence.measure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Lays a watch recording over the session it recorded, by time, and measures the cadence on each run step.
 *
 * <p>Where the session sits in the recording: when it was played live its start {@link Instant} is known, but the
 * runner's watch is often started a little before or after the audio, so offsets within {@link #PRIOR_WINDOW} of
 * it are searched; a rendered session played later from a phone has no start time, and every offset that leaves at
 * least {@link #MIN_COVERAGE} of the session inside the recording is tried. The offset where the recording's
 * running agrees best with the session's run steps wins (see {@link RunningGrid}); it must agree at least
 * {@link #MIN_AGREEMENT}. With a start time and no such agreement (the runner walked the runs, or the session has
 * none) the start time itself places the session, as long as the recording covers it.
 *
 * <p>Per run step: the time-weighted mean of the middle half of the running cadence recorded in its steady part
 * ({@link StepPoints#weightedMiddleMean}: a median would snap to the watch's whole-number values), leaving out
 * {@link #TRANSITION_SECONDS} at each end (the runner speeds up and slows down around the cue), measured only when
 * running covers at least {@link #MIN_MEASURED_SHARE} of that part.
 */
public final class RecordingAligner {
    /** How far the watch's start may be from the session's, either way. */
    static final Duration PRIOR_WINDOW = Duration.ofMinutes(15);
    /**
     * The agreement a running pattern needs to place the session. A walk-run 2:3 recording over its own session with
     * one run walked scores about 0.88; a continuous 20-minute run laid over a walk-run 2:3 session scores below 0.5.
     */
    static final double MIN_AGREEMENT = 0.6;
    /** The share of the session the recording must cover at the chosen offset. */
    static final double MIN_COVERAGE = 0.25;
    static final double TRANSITION_SECONDS = 15;
    static final double MIN_MEASURED_SHARE = 0.5;

    private RecordingAligner() {}

    /**
     * @param activity the recording, as a reader gives it
     * @param sessionSeconds the session's whole length
     * @param runSteps the session's run steps, from its start
     * @param sessionStart when the session was played live, if it was
     */
    public static Alignment align(Activity activity, double sessionSeconds, List<RunStepWindow> runSteps,
            Optional<Instant> sessionStart) {
        if (!(sessionSeconds > 0) || Double.isInfinite(sessionSeconds)) {
            throw new IllegalArgumentException("a session lasts more than 0 s, not " + sessionSeconds);
        }
        List<RunStepWindow> steps = inOrder(runSteps, sessionSeconds);
        StepPoints p = StepPoints.of(activity, null);
        RunningGrid grid = RunningGrid.of(p);
        double sessionRunning = steps.stream().mapToDouble(RunStepWindow::lengthSeconds).sum() / 60;
        Refusal refuse = (reason, best) -> new Alignment.Refused(reason, activity.source(), activity.start(),
                activity.spanSeconds() / 60, grid.runningSeconds() / 60.0, sessionRunning, best);
        if (p.moving == 0) {
            return refuse.because(Alignment.Reason.NO_STEPS, Double.NaN);
        }
        if (p.typicalSpeed > StepPoints.FASTEST_RUN) {
            return refuse.because(Alignment.Reason.TOO_FAST, Double.NaN);
        }
        int length = (int) Math.round(sessionSeconds);
        RunningGrid.Fit best = steps.isEmpty() || grid.runningSeconds() == 0 ? null
                : best(grid, length, steps, sessionStart.map(s -> priorOffset(activity, s)));
        double bestAgreement = best == null ? Double.NaN : best.agreement();
        if (best != null && best.agreement() >= MIN_AGREEMENT) {
            return aligned(p, best.offset(), sessionSeconds, steps, SessionRecording.AlignedBy.RUNNING,
                    best.agreement());
        }
        if (sessionStart.isPresent()) {
            double offset = Duration.between(activity.start(), sessionStart.get()).toMillis() / 1000.0;
            RunningGrid.Fit atStart = grid.fit((int) Math.round(offset), length, steps);
            if (atStart.coverage() < MIN_COVERAGE) {
                return refuse.because(Alignment.Reason.NOT_AT_SESSION_TIME, bestAgreement);
            }
            return aligned(p, offset, sessionSeconds, steps, SessionRecording.AlignedBy.START_TIME,
                    steps.isEmpty() ? Double.NaN : atStart.agreement());
        }
        if (steps.isEmpty()) {
            return refuse.because(Alignment.Reason.NO_RUN_STEPS, Double.NaN);
        }
        if (grid.runningSeconds() == 0) {
            return refuse.because(Alignment.Reason.NO_RUNNING, Double.NaN);
        }
        return refuse.because(Alignment.Reason.DIFFERENT_SESSION, bestAgreement);
    }

    private interface Refusal {
        Alignment.Refused because(Alignment.Reason reason, double bestAgreement);
    }

    private static int priorOffset(Activity activity, Instant sessionStart) {
        return (int) Math.round(Duration.between(activity.start(), sessionStart).toMillis() / 1000.0);
    }

    /**
     * The offset of best agreement among those that keep {@link #MIN_COVERAGE} of the session in the recording;
     * ties go to the offset nearest the prior (or to the session starting with the recording). Null when no offset
     * covers enough.
     */
    private static RunningGrid.Fit best(RunningGrid grid, int sessionSeconds, List<RunStepWindow> steps,
            Optional<Integer> prior) {
        int window = (int) PRIOR_WINDOW.toSeconds();
        int from = prior.map(o -> o - window).orElse(-sessionSeconds);
        int to = prior.map(o -> o + window).orElse(grid.cells());
        int centre = prior.orElse(0);
        RunningGrid.Fit best = null;
        for (int offset = from; offset <= to; offset++) {
            RunningGrid.Fit f = grid.fit(offset, sessionSeconds, steps);
            if (f.coverage() < MIN_COVERAGE) {
                continue;
            }
            if (best == null || f.agreement() > best.agreement()
                    || f.agreement() == best.agreement() && Math.abs(offset - centre) < Math.abs(best.offset() - centre)) {
                best = f;
            }
        }
        return best;
    }

    private static Alignment aligned(StepPoints p, double offset, double sessionSeconds, List<RunStepWindow> steps,
            SessionRecording.AlignedBy by, double agreement) {
        List<StepCadence> measured = new ArrayList<>();
        for (RunStepWindow w : steps) {
            measured.add(stepCadence(p, offset, w));
        }
        double running = runningSecondsWithin(p, offset, offset + sessionSeconds);
        return new Alignment.Aligned(new SessionRecording(p.activity.source(), p.activity.start(), offset,
                running / 60, measured, by, agreement));
    }

    /** The cadence over the step's steady part, its ends left out as transitions. */
    static StepCadence stepCadence(StepPoints p, double offset, RunStepWindow w) {
        double trim = Math.min(TRANSITION_SECONDS, w.lengthSeconds() / 4);
        double from = offset + w.startSeconds() + trim;
        double to = offset + w.endSeconds() - trim;
        Activity a = p.activity;
        double[] values = new double[a.size()];
        double[] weights = new double[a.size()];
        int k = 0;
        double seconds = 0;
        for (int i = firstBefore(a, from); i < a.size() && a.seconds(i) < to; i++) {
            double overlap = overlap(a.seconds(i), a.seconds(i) + p.weight[i], from, to);
            if (overlap > 0 && RunningGrid.isRunning(p, i)) {
                values[k] = p.spm[i];
                weights[k++] = overlap;
                seconds += overlap;
            }
        }
        boolean enough = seconds >= MIN_MEASURED_SHARE * (to - from) && k > 0;
        double cadence = enough ? StepPoints.weightedMiddleMean(java.util.Arrays.copyOf(values, k),
                java.util.Arrays.copyOf(weights, k)) : Double.NaN;
        return new StepCadence(w.stepIndex(), w.targetSpm(), cadence, seconds);
    }

    private static double runningSecondsWithin(StepPoints p, double from, double to) {
        Activity a = p.activity;
        double seconds = 0;
        for (int i = firstBefore(a, from); i < a.size() && a.seconds(i) < to; i++) {
            if (RunningGrid.isRunning(p, i)) {
                seconds += overlap(a.seconds(i), a.seconds(i) + p.weight[i], from, to);
            }
        }
        return seconds;
    }

    /** The last point at or before {@code time} (a point may stand for time after it), else the first. */
    private static int firstBefore(Activity a, double time) {
        int lo = 0;
        int hi = a.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (a.seconds(mid) <= time) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return Math.max(0, lo);
    }

    private static double overlap(double a0, double a1, double b0, double b1) {
        return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
    }

    private static List<RunStepWindow> inOrder(List<RunStepWindow> runSteps, double sessionSeconds) {
        List<RunStepWindow> steps = new ArrayList<>(runSteps);
        steps.sort(Comparator.comparingDouble(RunStepWindow::startSeconds));
        for (int i = 0; i < steps.size(); i++) {
            RunStepWindow w = steps.get(i);
            if (w.endSeconds() > sessionSeconds + 1e-6) {
                throw new IllegalArgumentException("run step " + w.stepIndex() + " ends after the session");
            }
            if (i > 0 && w.startSeconds() < steps.get(i - 1).endSeconds() - 1e-6) {
                throw new IllegalArgumentException("run steps " + steps.get(i - 1).stepIndex() + " and "
                        + w.stepIndex() + " overlap");
            }
        }
        return steps;
    }
}
