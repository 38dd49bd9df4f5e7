package run.cadence.measure;

import java.util.List;

/**
 * A recording's running, second by second, and how well it agrees with a session's run steps when the session is
 * laid over it at a given offset.
 *
 * <p>Each second of the recording is running, not running (walking, standing), or unknown (no point covers it:
 * the watch was paused or off). At an offset, the seconds of the session span that the recording covers are
 * compared with the session's own plan (in a run step or not); the agreement is their Matthews correlation
 * coefficient, which is 1 for a perfect match and 0 for chance whatever the share of running, so a walk-run 1:4
 * and a 20-minute continuous run are judged on the same scale. Unknown seconds count for neither side: a watch
 * started 90 s late or paused at a crossing costs nothing. Prefix sums make each offset cost one step per run step.
 */
final class RunningGrid {
    /** A point slower than this share of the typical running speed is not running, whatever its cadence says. */
    static final double RUNNING_SPEED_SHARE = 0.4;

    private final int[] runningBefore;
    private final int[] knownBefore;
    private final int cells;

    private RunningGrid(int[] runningBefore, int[] knownBefore) {
        this.runningBefore = runningBefore;
        this.knownBefore = knownBefore;
        this.cells = runningBefore.length - 1;
    }

    static RunningGrid of(StepPoints p) {
        Activity a = p.activity;
        int n = a.size();
        int cells = n == 0 ? 0 : (int) Math.ceil(a.seconds(n - 1)) + 1;
        byte[] state = new byte[cells]; // 0 unknown, 1 not running, 2 running
        for (int i = 0; i < n; i++) {
            if (p.weight[i] <= 0 || Double.isNaN(p.spm[i])) {
                continue;
            }
            byte s = isRunning(p, i) ? (byte) 2 : (byte) 1;
            int from = (int) Math.floor(a.seconds(i));
            int to = Math.min(cells, (int) Math.ceil(a.seconds(i) + p.weight[i]));
            for (int c = from; c < to; c++) {
                state[c] = s;
            }
        }
        int[] running = new int[cells + 1];
        int[] known = new int[cells + 1];
        for (int c = 0; c < cells; c++) {
            running[c + 1] = running[c] + (state[c] == 2 ? 1 : 0);
            known[c + 1] = known[c] + (state[c] != 0 ? 1 : 0);
        }
        return new RunningGrid(running, known);
    }

    /** Running: the cadence of running, and, outdoors with a known pace, not standing still. */
    static boolean isRunning(StepPoints p, int i) {
        if (!p.running[i]) {
            return false;
        }
        double v = p.activity.speed(i);
        return Double.isNaN(p.typicalSpeed) || Double.isNaN(v) || v >= RUNNING_SPEED_SHARE * p.typicalSpeed;
    }

    int runningSeconds() {
        return runningBefore[cells];
    }

    int cells() {
        return cells;
    }

    /** The agreement and coverage of the session laid at {@code offset} (its second 0 on recording second offset). */
    record Fit(int offset, double agreement, double coverage) {}

    Fit fit(int offset, int sessionSeconds, List<RunStepWindow> steps) {
        long known = count(knownBefore, offset, offset + sessionSeconds);
        long runningInSpan = count(runningBefore, offset, offset + sessionSeconds);
        long tp = 0;
        long knownInSteps = 0;
        for (RunStepWindow w : steps) {
            int from = offset + (int) Math.round(w.startSeconds());
            int to = offset + (int) Math.round(w.endSeconds());
            tp += count(runningBefore, from, to);
            knownInSteps += count(knownBefore, from, to);
        }
        long fn = knownInSteps - tp;
        long fp = runningInSpan - tp;
        long tn = known - knownInSteps - fp;
        double denominator = Math.sqrt((double) (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
        double mcc = denominator == 0 ? 0 : ((double) tp * tn - (double) fp * fn) / denominator;
        return new Fit(offset, mcc, sessionSeconds == 0 ? 0 : (double) known / sessionSeconds);
    }

    /** Cells in [from, to) that the prefix sum counts, clipped to the recording. */
    private long count(int[] before, int from, int to) {
        int a = Math.max(0, Math.min(cells, from));
        int b = Math.max(0, Math.min(cells, to));
        return before[b] - before[a];
    }
}
