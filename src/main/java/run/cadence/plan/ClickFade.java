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
 * Time off brings the clicks back too: a step after more than a week, all of them after four weeks. A run with a
 * severe flare (a limp, pain above 5, the pain key) moves the fade neither way: the gait changed.
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
    /**
     * Slips with the clicks on all of each run, in a row, after which the plan says the clicks are not being followed:
     * one can be a bad day, two in a row with the metronome on throughout mean it is not heard, or the step is too
     * big to hold.
     */
    static final int NOT_FOLLOWED_AFTER = 2;

    /** {@code targetChanged}: the baseline changed since the last run, so the fade was judged against the new target. */
    record Result(int percent, Optional<Reason> reason, Optional<Reason> targetChanged) {
        Result(int percent, Optional<Reason> reason) {
            this(percent, reason, Optional.empty());
        }
    }

    private ClickFade() {}

    /** Whether a measured cadence slipped below its target. */
    static boolean slipped(double measuredSpm, double targetSpm) {
        return measuredSpm < targetSpm - TOLERANCE_SPM;
    }

    /** The click share for {@code next} on {@code today}, from every run done so far. */
    static Result of(List<PastSession> done, PlannedSession next, LocalDate today, double nextTargetSpm) {
        Fade f = new Fade();
        for (PastSession s : done) {
            if (s.session().hasRunning()) {
                f.add(s, next, nextTargetSpm);
            }
        }
        if (!sameCadence(next.cadencePercent(), f.cadence)) {
            return new Result(100, Optional.empty());
        }
        long off = f.previous == null ? 0 : ChronoUnit.DAYS.between(f.previous, today);
        if (Gap.isGap(off) && f.step > 0) {
            int step = afterGap(f.step, off);
            // A cadence of the runner's own steps back to a check without clicks, not to "0% clicks".
            return new Result(PERCENT[step], Optional.of(step == CHECK ? new Reason.CadenceCheck(nextTargetSpm)
                    : new Reason.ClicksBackAfterGap((int) off, PERCENT[step])));
        }
        return new Result(PERCENT[f.step], Optional.ofNullable(reason(f.step, f.event, nextTargetSpm)),
                targetChanged(done, nextTargetSpm));
    }

    /** The fade as the runs so far left it: its step, the runs at that step, and what the last run showed. */
    private static final class Fade {
        int step;
        int count;
        double cadence = Double.NaN;
        LocalDate previous;
        Reason event;
        int slipsWithAllClicks;

        void add(PastSession s, PlannedSession next, double nextTargetSpm) {
            if (!sameCadence(s.session().cadencePercent(), cadence)) {
                step = 0;
                count = 0;
                slipsWithAllClicks = 0;
                cadence = s.session().cadencePercent();
            }
            if (previous != null && Gap.isGap(ChronoUnit.DAYS.between(previous, s.date()))) {
                step = afterGap(step, ChronoUnit.DAYS.between(previous, s.date()));
                count = 0;
            }
            previous = s.date();
            if (s.flare().filter(FlareCause::severe).isPresent()) {
                // A limp, pain above 5 or the pain key changes the gait: the run says nothing about the cadence, and
                // the step back that follows is no time to take clicks away. The fade holds where it was.
                event = new Reason.ClicksHeldAfterFlare(s.date(), 0);
                return;
            }
            OptionalDouble measured = s.recording().map(RunRecording::runCadence).orElse(OptionalDouble.empty());
            if (measured.isPresent() && s.target() != null) {
                // Judged against the target the next run has: a baseline changed since is what the runner and their
                // physio now aim for, and a cadence measured against the old one says nothing about the new.
                double target = sameCadence(s.session().cadencePercent(), next.cadencePercent()) ? nextTargetSpm
                        : s.target().stepsPerMinute();
                if (!judged(s, measured.getAsDouble(), target)) {
                    return;
                }
            } else {
                count++;
                event = s.recording().isPresent() ? new Reason.RecordingWithoutCadence(s.date()) : null;
            }
            if (step < CHECK && count >= SESSIONS[step]) {
                step++;
                count = 0;
            }
        }

        /** A measured run: a slip brings clicks back, a held check makes the cadence own; true when it counts. */
        private boolean judged(PastSession s, double measured, double target) {
            if (slipped(measured, target)) {
                step = step >= CHECK ? CHECK - 1 : Math.max(0, step - 1);
                count = 0;
                slipsWithAllClicks = s.session().clickPercent() == 100 ? slipsWithAllClicks + 1 : 0;
                event = slipsWithAllClicks >= NOT_FOLLOWED_AFTER
                        ? new Reason.ClicksNotFollowed(measured, target, slipsWithAllClicks)
                        : new Reason.ClicksBack(measured, target, PERCENT[step]);
                return false;
            }
            slipsWithAllClicks = 0;
            count++;
            if (step == CHECK) {
                step = OWN;
                count = 0;
                event = new Reason.CadenceOwn(measured, target);
                return false;
            }
            event = new Reason.FadeHeld(measured, target, 0);
            return true;
        }
    }

    /** The last run's target and the next's, when a baseline change moved it (more than a rounding). */
    private static Optional<Reason> targetChanged(List<PastSession> done, double nextTargetSpm) {
        for (int i = done.size() - 1; i >= 0; i--) {
            PastSession s = done.get(i);
            if (s.session().hasRunning() && s.target() != null) {
                double was = s.target().stepsPerMinute();
                return Math.abs(was - nextTargetSpm) > 0.05 ? Optional.of(new Reason.TargetChanged(was, nextTargetSpm))
                        : Optional.empty();
            }
        }
        return Optional.empty();
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
        if (event instanceof Reason.ClicksNotFollowed) {
            return event;
        }
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
        if (event instanceof Reason.ClicksHeldAfterFlare h) {
            return step == 0 ? null : new Reason.ClicksHeldAfterFlare(h.day(), PERCENT[step]);
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
