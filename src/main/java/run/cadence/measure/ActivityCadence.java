package run.cadence.measure;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import run.cadence.CadenceException;

/**
 * The steady-running cadence of recorded activities.
 *
 * <p>Only steady running counts: a point is left out when it has no cadence (a pause), when its cadence is
 * below {@link StepPoints#RUNNING_FROM} (walking), and, if the file knows speed, when it is slower than
 * {@link StepPoints#STEADY_SPEED_SHARE} of the typical running speed (warm-up and cool-down jogs). Each point counts
 * for the time until the next one, gaps as {@link StepPoints} weighs them.
 *
 * @param source the file, or "all files"
 * @param stepsPerMinute the time-weighted median, both feet
 * @param lowQuartile 25th percentile of the steady points
 * @param highQuartile 75th percentile of the steady points
 * @param minutesUsed steady running time that went into the figure
 * @param minutesRecorded the whole recording (of its running legs)
 * @param unit how the file's numbers were read
 */
public record ActivityCadence(String source, double stepsPerMinute, double lowQuartile, double highQuartile,
                              double minutesUsed, double minutesRecorded, CadenceUnit unit) {

    /** Less steady running than this is too little to set a baseline on. */
    static final double MIN_MINUTES = 1;

    /** The steady points of one file: cadence in steps per minute and the seconds each stands for. */
    public record SteadyPoints(String source, double[] stepsPerMinute, double[] weightSeconds,
                               double minutesRecorded, CadenceUnit unit) {
        public SteadyPoints {
            if (stepsPerMinute.length != weightSeconds.length) {
                throw new IllegalArgumentException("one weight per point");
            }
        }

        double minutesUsed() {
            return Arrays.stream(weightSeconds).sum() / 60;
        }
    }

    /**
     * Picks the steady running out of one activity.
     *
     * @param unitChoice the unit to read the file's numbers in, or null to use the format's rule or guess
     * @throws CadenceException (bad input) when the file has no cadence, no running or too little of it
     */
    public static SteadyPoints steadyRunning(Activity activity, CadenceUnit unitChoice) {
        String source = activity.source();
        if (activity.size() == 0) {
            throw CadenceException.badInput(source + ": no track points; is this an activity export?");
        }
        StepPoints p = StepPoints.of(activity, unitChoice);
        requireSteps(p);
        int n = activity.size();
        double[] spm = new double[n];
        double[] seconds = new double[n];
        int k = 0;
        boolean anyRunning = false;
        for (int i = 0; i < n; i++) {
            anyRunning |= p.running[i];
            if (p.running[i] && p.weight[i] > 0 && p.steady(i)) {
                spm[k] = p.spm[i];
                seconds[k++] = p.weight[i];
            }
        }
        SteadyPoints steady = new SteadyPoints(source, Arrays.copyOf(spm, k), Arrays.copyOf(seconds, k),
                activity.spanSeconds() / 60, p.unit);
        if (!anyRunning || k == 0) {
            String walk = activity.sport().kind() == Sport.Kind.WALKING ? " in a " + activity.sport().name()
                    + " activity" : "";
            throw CadenceException.badInput(String.format(Locale.ROOT,
                    "%s: no running found%s (typical cadence %.0f spm, running starts at %.0f); measure a run, not"
                            + " a walk or ride", source, walk, p.typicalSpm, StepPoints.RUNNING_FROM));
        }
        if (steady.minutesUsed() < MIN_MINUTES) {
            // The typical cadence says why: a Suunto's steady 55 "rpm" is 110 spm, a walk, with a few strides in it.
            String typical = p.typicalSpm < StepPoints.RUNNING_FROM ? String.format(Locale.ROOT, " (typical cadence"
                    + " %.0f spm, below running, which starts at %.0f)", p.typicalSpm, StepPoints.RUNNING_FROM)
                    : String.format(Locale.ROOT, " (typical cadence %.0f spm)", p.typicalSpm);
            throw CadenceException.badInput(String.format(Locale.ROOT,
                    "%s: only %.1f min of steady running%s; at least %.0f min is needed for a baseline",
                    source, steady.minutesUsed(), typical, MIN_MINUTES));
        }
        return steady;
    }

    /**
     * Refuses a recording without steps: no cadence field at all, or cadence 0 throughout (the watch's step
     * counting was off; a FIT file then says 0 rpm in every record).
     */
    static void requireSteps(StepPoints p) {
        if (p.typicalSpeed > StepPoints.FASTEST_RUN) {
            throw CadenceException.badInput(String.format(Locale.ROOT, "%s: its steps move at %.0f km/h, faster than"
                    + " any runner: a ride, not a run; cadence is measured on runs only", p.activity.source(),
                    p.typicalSpeed * 3.6));
        }
        String source = p.activity.source();
        if (p.withCadence == 0) {
            throw CadenceException.badInput(source + ": no cadence recorded (the watch or app saved no steps);"
                    + " use a file from a watch or foot pod that counts steps, or 'cadence measure tap'");
        }
        if (p.moving == 0) {
            throw CadenceException.badInput(String.format(Locale.ROOT, "%s: cadence is 0 in all %d points that"
                    + " record it: the watch counted no steps (wrist or foot-pod cadence switched off?); use a"
                    + " recording with steps, or 'cadence measure tap'", source, p.withCadence));
        }
    }

    /** The cadence of one file's steady running. */
    public static ActivityCadence of(SteadyPoints steady) {
        return summarise(steady.source(), List.of(steady), steady.unit());
    }

    /** The cadence over several files, every steady minute counting the same. */
    public static ActivityCadence overAll(Collection<SteadyPoints> files) {
        return summarise("all files", files, null);
    }

    private static ActivityCadence summarise(String source, Collection<SteadyPoints> files, CadenceUnit unit) {
        int total = files.stream().mapToInt(f -> f.stepsPerMinute().length).sum();
        double[] values = new double[total];
        double[] weights = new double[total];
        int k = 0;
        double recorded = 0;
        double used = 0;
        for (SteadyPoints f : files) {
            for (int i = 0; i < f.stepsPerMinute().length; i++) {
                values[k] = f.stepsPerMinute()[i];
                weights[k++] = f.weightSeconds()[i];
                used += f.weightSeconds()[i];
            }
            recorded += f.minutesRecorded();
        }
        return new ActivityCadence(source, StepPoints.weightedQuantile(values, weights, 0.5),
                StepPoints.weightedQuantile(values, weights, 0.25), StepPoints.weightedQuantile(values, weights, 0.75),
                used / 60, recorded, unit);
    }

    /** "163.0 spm median (middle half 160.0-166.0), 24.5 of 31.2 min steady running". */
    public String describe() {
        return String.format(Locale.ROOT, "%.1f spm median (middle half %.1f-%.1f), %.1f of %.1f min steady running",
                stepsPerMinute, lowQuartile, highQuartile, minutesUsed, minutesRecorded);
    }
}
