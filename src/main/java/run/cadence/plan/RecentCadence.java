package run.cadence.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import run.cadence.Cadence;

/**
 * The cadence the runner's last watch-recorded runs held: the check a new baseline is held against. A baseline is
 * the cadence run before it was raised; a runner who measures again after weeks of clicks measures the new
 * cadence, and +5% on that would ask for a step rate no physio prescribed, while a baseline typed from an old
 * note can put the target below what the legs already do, so the clicks would slow them down.
 *
 * @param spm the mean of the runs' cadences (each run's own weighted by the time its steps were measured)
 * @param runs how many recorded runs it comes from
 * @param since the day of the first of them
 */
public record RecentCadence(double spm, int runs, LocalDate since) {
    /** Recordings older than this say little about today's legs. */
    static final int WITHIN_DAYS = 28;
    /** The last this many recorded runs count. */
    static final int RUNS = 3;

    public RecentCadence {
        if (!(spm > 0) || runs < 1 || since == null) {
            throw new IllegalArgumentException("a recent cadence needs a cadence, a run and a day");
        }
    }

    /** From the last {@link #RUNS} runs with a measured cadence in the {@link #WITHIN_DAYS} days to {@code today}. */
    public static Optional<RecentCadence> of(History history, LocalDate today) {
        List<PastSession> recorded = new ArrayList<>();
        for (PastSession s : history.runsDone()) {
            if (!s.date().isAfter(today) && s.date().isAfter(today.minusDays(WITHIN_DAYS))
                    && s.recording().map(r -> r.runCadence().isPresent()).orElse(false)) {
                recorded.add(s);
            }
        }
        List<PastSession> last = recorded.subList(Math.max(0, recorded.size() - RUNS), recorded.size());
        if (last.isEmpty()) {
            return Optional.empty();
        }
        double sum = 0;
        for (PastSession s : last) {
            sum += s.recording().orElseThrow().runCadence().getAsDouble();
        }
        return Optional.of(new RecentCadence(sum / last.size(), last.size(), last.get(0).date()));
    }

    /** Whether {@code target} is below this cadence by more than the planner's tolerance for a held cadence. */
    public boolean above(Cadence target) {
        return spm > target.stepsPerMinute() + ClickFade.TOLERANCE_SPM;
    }
}
