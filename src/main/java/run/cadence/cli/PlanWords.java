package run.cadence.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import run.cadence.Cadence;
import run.cadence.DurationText;
import run.cadence.plan.EntryCheck;
import run.cadence.plan.FlareCause;
import run.cadence.plan.Gap;
import run.cadence.plan.LoadLimit;
import run.cadence.plan.Load;
import run.cadence.plan.PainReport;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.PlannedSession;
import run.cadence.plan.Reason;
import run.cadence.plan.Stairs;

/** The planner's reasons in plain words, as a physio would explain them to the runner. */
final class PlanWords {
    /** How every plan message names a day: "Thu 26 Nov". */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    static final String LOG_RECORDING = "cadence log --activity FILE";

    private PlanWords() {}

    static String day(LocalDate d) {
        return DAY.format(d);
    }

    /** "pain 2/10 during, 1/10 after, 0/10 next morning, limping". */
    static String pain(PainReport p) {
        StringBuilder b = new StringBuilder();
        b.append("pain ").append(p.during()).append("/10 during, ").append(p.after()).append("/10 after");
        if (p.morning() != null) {
            b.append(", ").append(p.morning()).append("/10 next morning");
        }
        if (p.limp()) {
            b.append(", limping");
        }
        return b.toString();
    }

    static String spm(double v) {
        return new Cadence(v).format();
    }

    /** "clicks during 75% of each run", "clicks on all of each run", "no clicks". */
    static String clicks(int percent) {
        return percent == 100 ? "clicks on all of each run" : percent == 0 ? "no clicks"
                : "clicks during " + percent + "% of each run";
    }

    /**
     * One branch per kind of reason about the level (the rest are in {@link PlanNotes}): a dispatch over the
     * sealed type, longer than 60 lines because each reason's words belong in one place, read top to bottom.
     */
    static String say(Reason reason, PlanDecision decision) {
        if (reason instanceof Reason.Start r) {
            return "Starting stage " + r.stage().number() + " (" + PlannedText.stageTitle(r.stage()) + "): "
                    + PlannedText.describe(r.session()) + ".";
        }
        if (reason instanceof Reason.Advance r) {
            String because = r.reclimb() ? "pain " + r.painLast() + "/10, and you ran this level before the setback,"
                    + " so one good session is enough" : "last two sessions pain " + r.painBefore() + "/10 and "
                    + r.painLast() + "/10";
            return "Advancing: " + because + " → " + PlannedText.change(r.from(), r.to()) + ".";
        }
        if (reason instanceof Reason.RepeatForSecond r) {
            return "Repeating: each step is done " + r.needed() + " times before moving on (" + r.good() + " of "
                    + r.needed() + " so far, pain " + r.pain() + "/10).";
        }
        if (reason instanceof Reason.NoPainReport r) {
            return "Repeating: no pain report for the session on " + day(r.day()) + ", so the planner cannot tell how"
                    + " it went. Log it: cadence log --during N --after N";
        }
        if (reason instanceof Reason.AwaitingMorning r) {
            return "Repeating until the next-morning pain is in (" + pain(r.pain()) + " so far): pain must settle by"
                    + " the next morning. Log it: cadence log --morning N";
        }
        if (reason instanceof Reason.StoppedEarly r) {
            return "Repeating: the session on " + day(r.day()) + " stopped early after "
                    + Math.round(r.doneSeconds() / 60.0) + " of " + r.totalSeconds() / 60 + " min.";
        }
        if (reason instanceof Reason.SkippedRunning r) {
            return "Repeating: on " + day(r.day()) + " you skipped " + Plural.of(r.stepsSkipped(), "step") + " and ran "
                    + DurationText.clock(Duration.ofSeconds(r.runningSeconds())) + " of the session's "
                    + DurationText.clock(Duration.ofSeconds(r.plannedRunningSeconds())) + " of running; it counts once"
                    + " it is run through.";
        }
        if (reason instanceof Reason.CutOff r) {
            return "Repeating: the session on " + day(r.day()) + " was cut off before it finished.";
        }
        if (reason instanceof Reason.PainRising r) {
            return "Repeating: pain is rising week to week (worst " + r.twoWeeksBefore() + "/10, then "
                    + r.weekBefore() + "/10, then " + r.thisWeek() + "/10 in the 7 days to " + day(r.lastDay())
                    + "); hold this session until it stops rising.";
        }
        if (reason instanceof Reason.MildFlareHold r) {
            return "Holding: " + pain(r.pain()) + " on " + day(r.day()) + ". Up to 5/10 that settles by the next"
                    + " morning is what tissue tolerates, but above 3/10 the return to running waits: the same"
                    + " session again.";
        }
        if (reason instanceof Reason.MildFlareBack r) {
            String why = r.again() ? "pain of 4-5/10 a second time in a row at this level"
                    : r.pain().morning() > r.pain().after() ? "worse the next morning than just after, so it had not settled"
                    : "still " + r.pain().morning() + "/10 the next morning, so it had not settled";
            if (r.from().level() == r.to().level()) {
                return "Holding: " + pain(r.pain()) + " on " + day(r.day()) + ", " + why + ". The level before differs"
                        + " only in a lower cadence target, which is no relief (a quicker step unloads the knee): the"
                        + " same session again.";
            }
            return "One level back: " + pain(r.pain()) + " on " + day(r.day()) + ", " + why + " → "
                    + PlannedText.change(r.from(), r.to()) + ".";
        }
        if (reason instanceof Reason.SevereFlare r) {
            return "Stepping back a stage: " + severe(r.cause(), r.pain()) + " on " + day(r.day()) + " → "
                    + PlannedText.change(r.from(), r.to()) + "; rest " + r.restDays() + " days first. If the pain"
                    + " does not settle within a few days, see a physiotherapist.";
        }
        if (reason instanceof Reason.TimeOff r) {
            String kept = r.keptOutdoors() ? ", but not back onto the treadmill after a week or two (a gap changes one"
                    + " thing at a time)" : "";
            return r.days() + " days since your last run: " + timeOff(r.rule()) + kept + " → "
                    + (r.from().level() == r.to().level() ? "the same session again, no progress after time off"
                    : PlannedText.change(r.from(), r.to())) + ".";
        }
        if (reason instanceof Reason.ProgramComplete r) {
            return "Program complete: pain " + r.pain() + "/10 at the last level. From here, maintenance.";
        }
        if (reason instanceof Reason.Maintenance r) {
            String m = "Maintenance: three runs a week at your new cadence, in turn on the flat, on rolling hills and"
                    + " with short faster stretches; add more only as pain allows.";
            return r.cadenceCheck() ? m + " This run is a cadence check: record it with your watch and log it ("
                    + LOG_RECORDING + ") so the planner can check your cadence holds." : m;
        }
        return PlanNotes.say(reason, decision);
    }

    private static String severe(FlareCause cause, PainReport p) {
        String report = p == null ? "" : " (" + pain(p) + ")";
        return switch (cause) {
            case STOPPED_FOR_PAIN -> "you stopped the session for pain" + report;
            case LIMP -> "a limp" + report;
            case PAIN_ABOVE_FIVE -> "pain above 5/10" + report;
            case MORNING_ABOVE_FIVE -> "next-morning pain above 5/10" + report;
            case MORNING_CLEARLY_WORSE -> "pain clearly worse the next morning" + report;
            // Milder signs hold or go one level back and a step back does not name them; worded all the same.
            case MORNING_WORSE -> "next-morning pain a little worse than just after" + report;
            case MORNING_NOT_SETTLED -> "next-morning pain still 4-5/10" + report;
            case PAIN_FOUR_TO_FIVE -> "pain of 4-5/10" + report;
        };
    }

    private static String timeOff(Gap.Rule rule) {
        return switch (rule) {
            case A_WEEK -> "a week off";
            case LEVELS_BACK -> "after the first week off, one level back for every 5 days";
            case SIXTY_PERCENT -> "2-3 weeks off, back to about 60% of your running";
            case HALF -> "3-4 weeks off, back to about half of your running";
            case RESTART -> "4 weeks or more off, walk-run starts again from the first jog";
            case CHECKS_AGAIN -> "8 weeks or more off, walk-run starts again from the first jog, after the entry"
                    + " checks";
        };
    }

    static String notReady(Reason.NotReady r) {
        if (r.walk() == EntryCheck.FAILED || r.hop() == EntryCheck.FAILED) {
            return "Not ready to run (stage " + r.stage().number() + "): an entry check was not pain-free (brisk 30"
                    + " min walk " + check(r.walk()) + ", single-leg hops " + check(r.hop()) + "). Keep to walking"
                    + " you can do without pain and the hip-strength work, then check again: cadence profile"
                    + " --walk-check pass --hop-check pass";
        }
        return "Before the first running (stage " + r.stage().number() + "), two checks: can you walk briskly for 30"
                + " min, and do 10-20 single-leg hops on the sore side, without pain? Record them: cadence profile"
                + " --walk-check pass|fail --hop-check pass|fail";
    }

    static String check(EntryCheck c) {
        return c == EntryCheck.NOT_ASKED ? "not asked" : c == EntryCheck.PASSED ? "pass" : "fail";
    }

    static String stairs(Stairs s) {
        return s == Stairs.NOT_ASKED ? "not asked" : s == Stairs.HURT ? "still hurt" : "fine";
    }

    /**
     * "the 7 days to Sat 28 Nov would carry a load of 200, more than the 180 a week may hold from a standing
     * start (...)" or "... more than 10% above the 204 your legs carried in the three weeks before (allowed 224)".
     */
    static String window(LoadLimit.Window w) {
        boolean floor = w.allowed() > w.reference() * (1 + w.growthPercent() / 100.0) + 1e-6;
        String what = w.days() == 7 ? "a week" : "a fortnight";
        String limit = floor ? String.format(Locale.ROOT, "more than the %.0f %s may hold from a standing start (%s)",
                w.allowed(), what, w.days() == 7 ? "one early walk-run week" : "two early walk-run weeks")
                : String.format(Locale.ROOT, "more than %d%% above the %.0f your legs carried in the %s before"
                        + " (allowed %.0f)", w.growthPercent(), w.reference(),
                        w.days() == 7 ? "three weeks" : "four weeks", w.allowed());
        return String.format(Locale.ROOT, "the %d days to %s would carry a load of %.0f, %s; load is minutes on your"
                + " feet with a running minute counted %s times", w.days(), day(w.end()), w.load(), limit,
                Load.RUN_MINUTE == 3 ? "three" : String.valueOf(Load.RUN_MINUTE));
    }

    /** The stop rule for a session with running; a walk gets the same sense in walking words. */
    static String stopRuleFor(PlannedSession s) {
        return s.hasRunning() ? stopRule() : "Stop if pain rises above 3 out of 10, or if you start to limp.";
    }

    static String stopRule() {
        return "Stop rule: " + PlannedSession.STOP_RULE.substring(0, 1).toLowerCase(Locale.ROOT)
                + PlannedSession.STOP_RULE.substring(1) + ".";
    }
}
