package run.cadence.cli;

import static run.cadence.cli.PlanWords.LOG_RECORDING;
import static run.cadence.cli.PlanWords.clicks;
import static run.cadence.cli.PlanWords.day;
import static run.cadence.cli.PlanWords.spm;

import run.cadence.plan.PlanDecision;
import run.cadence.plan.Reason;
import run.cadence.plan.Stairs;

/** The reasons about what gates a run, the metronome, the day and the strength dose, in plain words. */
final class PlanNotes {
    private PlanNotes() {}

    static String say(Reason reason, PlanDecision decision) {
        if (reason instanceof Reason.NotReady r) {
            return PlanWords.notReady(r);
        }
        if (reason instanceof Reason.ChecksAgain r) {
            return "No run for " + r.days() + " days: before running again, the entry checks again. Can you walk"
                    + " briskly for 30 min, and do 10-20 single-leg hops on the sore side, without pain? Record them:"
                    + " cadence profile --walk-check pass|fail --hop-check pass|fail";
        }
        if (reason instanceof Reason.AwaitSettled r) {
            return "Before the next run: has the pain from " + (r.onExtraSession() ? "the session on " : "your run on ")
                    + day(r.flareDay()) + " settled (back to how it was before, walking and stairs comfortable)?"
                    + " Confirm with cadence log --settled, or answer when cadence next asks. Until then, "
                    + (decision.severeFlareUnsettled() ? "pain-free hip strength or deep-water running."
                    : "hip strength or cross-training.");
        }
        return metronome(reason, decision);
    }

    /** The reasons about how much the metronome clicks. */
    private static String metronome(Reason reason, PlanDecision decision) {
        if (reason instanceof Reason.FadeByCalendar r) {
            return "Metronome fades: " + clicks(r.clickPercent()) + ", so the new cadence becomes your own. A"
                    + " recording of your run (" + LOG_RECORDING + ") would let the planner check it holds before"
                    + " fading further.";
        }
        if (reason instanceof Reason.FadeHeld r) {
            return "Cadence on your last run " + spm(r.measuredSpm()) + " spm, target " + spm(r.targetSpm())
                    + ": it held, so the metronome fades: " + clicks(r.clickPercent()) + ".";
        }
        if (reason instanceof Reason.ClicksBack r) {
            return "Cadence on your last run " + spm(r.measuredSpm()) + " spm, target " + spm(r.targetSpm()) + ": "
                    + (r.clickPercent() == 100 ? "clicks stay on all of each run" : "clicks back to "
                    + r.clickPercent() + "% of each run") + ".";
        }
        if (reason instanceof Reason.ClicksNotFollowed r) {
            return "Cadence on your last run " + spm(r.measuredSpm()) + " spm, target " + spm(r.targetSpm()) + ": below"
                    + " the target " + r.runs() + " runs in a row with the clicks on all of each run, so you are not"
                    + " keeping to the clicks."
                    + " Check that you can hear them (cadence next --volume 100, or another --sound), try music at the"
                    + " step rate (cadence next --music), or take a smaller step first: cadence profile --increase 2.5%,"
                    + " then 5% once it holds.";
        }
        if (reason instanceof Reason.TargetChanged r) {
            return "Your target changed from " + spm(r.fromSpm()) + " to " + spm(r.toSpm()) + " spm (a new baseline):"
                    + " your recorded cadence is judged against the new target.";
        }
        if (reason instanceof Reason.ClicksBackAfterGap r) {
            return r.days() + " days without a run: the new cadence needs reminding, clicks back to "
                    + (r.clickPercent() == 100 ? "all" : r.clickPercent() + "%") + " of each run.";
        }
        if (reason instanceof Reason.ClicksHeldAfterFlare r) {
            return "Metronome holds: " + clicks(r.clickPercent()) + ". The run on " + day(r.day()) + " had a flare, and"
                    + " pain or a limp changes how you run, so it does not count towards fading the clicks.";
        }
        if (reason instanceof Reason.CadenceCheck r) {
            return "Cadence check: no clicks this time; hold " + spm(r.targetSpm()) + " spm by feel. Record the run"
                    + " and log it (" + LOG_RECORDING + "): if your cadence holds, it is your own.";
        }
        if (reason instanceof Reason.CadenceOwn r) {
            return "Cadence without clicks on your last run " + spm(r.measuredSpm()) + " spm, target "
                    + spm(r.targetSpm()) + ": it held, the new cadence is your own. Runs stay silent; a later slip"
                    + " brings the clicks back.";
        }
        if (reason instanceof Reason.RecordingWithoutCadence r) {
            return "The recording of " + day(r.day()) + " had no cadence on the runs to check, so the metronome"
                    + " fades by the calendar: " + clicks(decision.session().clickPercent()) + ".";
        }
        return schedule(reason);
    }

    private static String schedule(Reason reason) {
        if (reason instanceof Reason.RestDay r) {
            return "Rest from running today; next run " + day(r.next()) + " (" + rule(r.rule()) + ").";
        }
        if (reason instanceof Reason.LoadWait r) {
            return "Resting until " + day(r.until()) + ": on " + day(r.tried()) + ", " + PlanWords.window(r.window())
                    + ".";
        }
        if (reason instanceof Reason.LoadHold r) {
            return "Holding: ready for " + PlannedText.describe(r.next()) + ", but " + PlanWords.window(r.window())
                    + ". The same session again while the body catches up.";
        }
        if (reason instanceof Reason.LighterWeek r) {
            return "A lighter week (" + day(r.from()) + " to " + day(r.to()) + "): two runs instead of three, so the"
                    + " body catches up with the last weeks.";
        }
        return strength(reason);
    }

    private static String rule(Reason.RestRule rule) {
        return switch (rule) {
            case EVERY_OTHER_DAY -> "every other day";
            case THREE_IN_SEVEN -> "at most 3 runs in 7 days";
            case AFTER_STEP_BACK -> "two rest days after a flare";
            case LIGHTER_WEEK -> "a lighter week: two runs instead of three";
        };
    }

    static String strength(Reason reason) {
        if (reason instanceof Reason.StrengthEarly r) {
            return r.stairs() == Stairs.HURT ? "Early-stage hip holds while stairs or downhill still hurt; once they"
                    + " don't, say so (cadence profile --stairs fine) and the Fredericson program starts."
                    : "Early-stage hip holds while stairs or downhill may still hurt. Do they? Say so: cadence profile"
                    + " --stairs hurt|fine (fine starts the Fredericson program).";
        }
        if (reason instanceof Reason.StrengthDose r && r.sets() == 3 && r.reps() == 30) {
            return "Fredericson program at its full dose, 3x30: keep it up two or three times a week.";
        }
        if (reason instanceof Reason.StrengthDose r) {
            return "Fredericson program at " + r.sets() + "x" + r.reps() + ": " + r.painFree() + " of " + r.needed()
                    + " sessions without pain before the dose grows (to 3x30 at most).";
        }
        if (reason instanceof Reason.StrengthUp r) {
            return "The dose grows to " + r.sets() + "x" + r.reps() + ": " + r.needed()
                    + " sessions without pain at the one before.";
        }
        if (reason instanceof Reason.StrengthBack r) {
            String reported = r.pain().isPresent() ? "pain " + r.pain().getAsInt() + "/10" : "";
            String why = r.stoppedForPain() ? "you stopped the last strength session for pain"
                    + (reported.isEmpty() ? "" : " (" + reported + ")")
                    : r.limp() ? "you limped during or after the last strength session (" + reported + ")"
                    : reported + " in the last strength session";
            return "The dose goes back to " + r.sets() + "x" + r.reps() + ": " + why + ". Stop short of pain.";
        }
        throw new IllegalStateException("no words for " + reason);
    }
}
