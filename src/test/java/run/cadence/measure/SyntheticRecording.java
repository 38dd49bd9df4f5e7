package run.cadence.measure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A watch recording of a session, made second by second: what the runner did at each second of the session laid
 * at a known offset, with cadence noise, a reaction lag at each cue, pauses and sparse points. FIT-like: one-leg
 * cadence, speed and distance.
 */
final class SyntheticRecording {
    static final double WALK_SPM = 118;
    static final double RUN_SPEED = 2.9;
    static final double WALK_SPEED = 1.4;

    /** What the runner does in a stretch of the session. */
    record Stretch(double startSeconds, double lengthSeconds, double spm) {
        boolean running() {
            return spm >= StepPoints.RUNNING_FROM;
        }
    }

    private final List<Stretch> plan = new ArrayList<>();
    private final List<double[]> pauses = new ArrayList<>();
    private double sessionOffset;
    private double sessionSeconds;
    private double watchSeconds = Double.NaN;
    private double noiseSpm = 1.5;
    private double maxLagSeconds = 6;
    private int maxPointGapSeconds = 1;
    private Instant start = Instant.parse("2024-05-03T07:00:00Z");
    private long seed = 1;

    /** The walk-run 2:3 x6 session: 5 min walk, 6 x (2 min run, 3 min walk), 5 min walk; 40 min. */
    static List<RunStepWindow> walkRun23(double targetSpm) {
        List<RunStepWindow> steps = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            steps.add(new RunStepWindow(1 + 2 * k, 300 + 300 * k, 120, targetSpm));
        }
        return steps;
    }

    static final double WALK_RUN_23_SECONDS = 2400;

    /** The runner follows the session's run steps at the given cadence each, walking in between. */
    static SyntheticRecording following(List<RunStepWindow> steps, double sessionSeconds, double... spmPerStep) {
        SyntheticRecording r = new SyntheticRecording();
        double at = 0;
        for (int k = 0; k < steps.size(); k++) {
            RunStepWindow w = steps.get(k);
            r.plan.add(new Stretch(at, w.startSeconds() - at, WALK_SPM));
            r.plan.add(new Stretch(w.startSeconds(), w.lengthSeconds(), spmPerStep[k % spmPerStep.length]));
            at = w.endSeconds();
        }
        r.plan.add(new Stretch(at, sessionSeconds - at, WALK_SPM));
        r.sessionSeconds = sessionSeconds;
        return r;
    }

    /** A continuous run session: 5 min walk, {@code minutes} running, 5 min walk. */
    static SyntheticRecording continuous(int minutes, double spm) {
        SyntheticRecording r = new SyntheticRecording();
        r.plan.add(new Stretch(0, 300, WALK_SPM));
        r.plan.add(new Stretch(300, minutes * 60.0, spm));
        r.plan.add(new Stretch(300 + minutes * 60.0, 300, WALK_SPM));
        r.sessionSeconds = 600 + minutes * 60.0;
        return r;
    }

    /** The session starts {@code seconds} after the watch (negative: the watch was started late). */
    SyntheticRecording sessionOffset(double seconds) {
        this.sessionOffset = seconds;
        return this;
    }

    /** How long the watch records, from its start; by default until the session ends. */
    SyntheticRecording recordFor(double seconds) {
        this.watchSeconds = seconds;
        return this;
    }

    SyntheticRecording startingAt(Instant watchStart) {
        this.start = watchStart;
        return this;
    }

    SyntheticRecording noise(double spm, double maxLag, int maxPointGap, long seed) {
        this.noiseSpm = spm;
        this.maxLagSeconds = maxLag;
        this.maxPointGapSeconds = maxPointGap;
        this.seed = seed;
        return this;
    }

    /** The watch records nothing for a while (auto-pause), from a time of the session. */
    SyntheticRecording pause(double sessionSecond, double seconds) {
        pauses.add(new double[] {sessionSecond, seconds});
        return this;
    }

    /** When the session started on the watch's clock. */
    Instant sessionStart() {
        return start.plusMillis(Math.round(sessionOffset * 1000));
    }

    Activity activity() {
        Random random = new Random(seed);
        double[] lag = new double[plan.size()];
        for (int k = 0; k < lag.length; k++) {
            lag[k] = maxLagSeconds * random.nextDouble();
        }
        List<ActivitySample> samples = new ArrayList<>();
        double distance = 0;
        double previous = 0;
        double watchEnd = Double.isNaN(watchSeconds) ? sessionOffset + sessionSeconds : watchSeconds;
        for (double t = 0; t < watchEnd; t += 1 + random.nextInt(maxPointGapSeconds)) {
            double u = t - sessionOffset;
            if (paused(u)) {
                previous = -1; // an auto-pause: standing still, no way covered until the next point
                continue;
            }
            previous = previous < 0 ? t - 1 : previous;
            double spm = spmAt(u, lag);
            double speed = spm >= StepPoints.RUNNING_FROM ? RUN_SPEED : WALK_SPEED;
            distance += speed * (t - previous);
            previous = t;
            double noisy = spm + noiseSpm * random.nextGaussian();
            samples.add(new ActivitySample(t, Math.round(noisy) / 2.0, speed, distance));
        }
        double first = samples.get(0).seconds();
        List<ActivitySample> shifted = new ArrayList<>();
        for (ActivitySample s : samples) {
            shifted.add(new ActivitySample(s.seconds() - first, s.rawCadence(), s.speed(), s.distance()));
        }
        return Activity.of("synthetic.fit", start.plusMillis(Math.round(first * 1000)),
                new Sport(Sport.Kind.RUNNING, "running", false), shifted, CadenceUnit.ONE_LEG);
    }

    private boolean paused(double u) {
        for (double[] p : pauses) {
            if (u >= p[0] && u < p[0] + p[1]) {
                return true;
            }
        }
        return false;
    }

    /** What the runner does at session second u: each change of stretch comes a reaction lag after its cue. */
    private double spmAt(double u, double[] lag) {
        if (u < 0 || u >= plan.get(plan.size() - 1).startSeconds() + plan.get(plan.size() - 1).lengthSeconds()) {
            return WALK_SPM;
        }
        for (int k = plan.size() - 1; k >= 0; k--) {
            Stretch s = plan.get(k);
            if (u >= s.startSeconds() + (k == 0 ? 0 : lag[k])) {
                return s.spm();
            }
        }
        return plan.get(0).spm();
    }
}
