package run.cadence.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Faded feedback (Willy et al. 2016; Davis et al. 2020): at each cadence target the clicks play during all of
 * every run for 4 sessions, then during 75%, 50% and 25% of run time for 2 sessions each, then a check without
 * clicks; once a check holds, the cadence is the runner's own and runs stay silent.
 *
 * <p>A watch recording closes the loop. The fade moves on only when the cadence measured on the runs held within
 * {@link #TOLERANCE_SPM} of the target; a slip brings the clicks back a step (a slip without clicks brings back
 * 25%). Without a recording the fade follows the calendar, and the plan says a recording would let it check.
 * Time off brings the clicks back too: a step after more than a week, all of them after four weeks.
 *
 * <p>Why 2 spm: a watch stores cadence per leg in whole strides a minute (FIT), so one point is already 2 spm
 * coarse and a run step's median moves by about 1 spm between steady runs; a smaller tolerance would call noise a
 * slip. At +5% from 160-175 spm the increase is 8-9 spm, so 2 spm short still keeps three quarters of it, and
 * Heiderscheit's knee-load reduction grows with the increase, so most of the benefit stays. Running faster than
 * the target is no slip.
 */
final class ClickFade {
    static final double TOLERANCE_SPM = 2;
    private static final int[] PERCENT = {100, 75, 50, 25, 0, 0};
    private static final int[] SESSIONS = {4, 2, 2, 2, 1};
    private static final int CHECK = 4;
    private static final int OWN = 5;

    record Result(int percent, Optional<Reason> reason) {}

    private ClickFade() {}

    /** Whether a measured cadence slipped below its target. */
    static boolean slipped(double measuredSpm, double targetSpm) {
        return measuredSpm < targetSpm - TOLERANCE_SPM;
    }

    /** The click share for {@code next} on {@code today}, from every run done so far. */
    static Result of(List<PastSession> done, PlannedSession next, LocalDate today, double nextTargetSpm) {
        int step = 0;
        int count = 0;
        double cadence = Double.NaN;
        LocalDate previous = null;
        Reason event = null;
        for (PastSession s : done) {
            if (!s.session().hasRunning()) {
                continue;
            }
            if (!sameCadence(s.session().cadencePercent(), cadence)) {
                step = 0;
                count = 0;
                cadence = s.session().cadencePercent();
            }
            if (previous != null && Gap.isGap(ChronoUnit.DAYS.between(previous, s.date()))) {
                step = afterGap(step, ChronoUnit.DAYS.between(previous, s.date()));
                count = 0;
            }
            previous = s.date();
            OptionalDouble measured = s.recording().map(RunRecording::runCadence).orElse(OptionalDouble.empty());
            if (measured.isPresent() && s.target() != null) {
                double target = s.target().stepsPerMinute();
                if (slipped(measured.getAsDouble(), target)) {
                    step = step >= CHECK ? CHECK - 1 : Math.max(0, step - 1);
                    count = 0;
                    event = new Reason.ClicksBack(measured.getAsDouble(), target, PERCENT[step]);
                    continue;
                }
                count++;
                if (step == CHECK) {
                    step = OWN;
                    count = 0;
                    event = new Reason.CadenceOwn(measured.getAsDouble(), target);
                    continue;
                }
                event = new Reason.FadeHeld(measured.getAsDouble(), target, 0);
            } else {
                count++;
                event = s.recording().isPresent() ? new Reason.RecordingWithoutCadence(s.date()) : null;
            }
            if (step < CHECK && count >= SESSIONS[step]) {
                step++;
                count = 0;
            }
        }
        if (!sameCadence(next.cadencePercent(), cadence)) {
            return new Result(100, Optional.empty());
        }
        long off = previous == null ? 0 : ChronoUnit.DAYS.between(previous, today);
        if (Gap.isGap(off) && step > 0) {
            step = afterGap(step, off);
            // A cadence of the runner's own steps back to a check without clicks, not to "0% clicks".
            return new Result(PERCENT[step], Optional.of(step == CHECK ? new Reason.CadenceCheck(nextTargetSpm)
                    : new Reason.ClicksBackAfterGap((int) off, PERCENT[step])));
        }
        return new Result(PERCENT[step], Optional.ofNullable(reason(step, event, nextTargetSpm)));
    }

    /** NaN (no run yet) is no cadence at all. */
    private static boolean sameCadence(double a, double b) {
        return Math.abs(a - b) <= 1e-9;
    }

    private static int afterGap(int step, long days) {
        if (days >= Gap.RESTART_FROM) {
            return 0;
        }
        return step == OWN ? CHECK : step == CHECK ? CHECK - 1 : Math.max(0, step - 1);
    }

    private static Reason reason(int step, Reason event, double nextTargetSpm) {
        if (event instanceof Reason.ClicksBack b) {
            return new Reason.ClicksBack(b.measuredSpm(), b.targetSpm(), PERCENT[step]);
        }
        if (step == OWN) {
            // Said once, when the check held; after that the runs are simply silent.
            return event instanceof Reason.CadenceOwn ? event : null;
        }
        if (step == CHECK) {
            return new Reason.CadenceCheck(nextTargetSpm);
        }
        if (event instanceof Reason.RecordingWithoutCadence) {
            return event;
        }
        if (step == 0) {
            return null;
        }
        if (event instanceof Reason.FadeHeld h) {
            return new Reason.FadeHeld(h.measuredSpm(), h.targetSpm(), PERCENT[step]);
        }
        return new Reason.FadeByCalendar(PERCENT[step]);
    }
}
