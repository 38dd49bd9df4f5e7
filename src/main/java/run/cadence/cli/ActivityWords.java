package run.cadence.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import run.cadence.CadenceException;
import run.cadence.measure.Alignment;
import run.cadence.measure.SessionRecording;
import run.cadence.plan.LogActivity;
import run.cadence.plan.PastSession;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.Reason;

/** How {@code log --activity} reads: the recording kept, or why it was not. */
final class ActivityWords {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private ActivityWords() {}

    /** The recording ready to keep; anything else is the runner's file not fitting: one line, exit 2. */
    static LogActivity.Outcome.Ready readyOrRefuse(LogActivity.Outcome o, Path file) {
        if (o instanceof LogActivity.Outcome.Ready r) {
            return r;
        }
        if (o instanceof LogActivity.Outcome.NoRun) {
            throw CadenceException.badInput(file + ": no run to attach it to yet: play one with cadence next first");
        }
        if (o instanceof LogActivity.Outcome.NotARun n) {
            throw CadenceException.badInput("--session " + n.id() + " is not a run in your history (see cadence"
                    + " history)");
        }
        if (o instanceof LogActivity.Outcome.AlreadyLogged a) {
            return null;
        }
        if (o instanceof LogActivity.Outcome.LoggedElsewhere e) {
            throw CadenceException.badInput(file + " is already logged for session " + e.otherId()
                    + "; it can belong to one run only");
        }
        if (o instanceof LogActivity.Outcome.OtherDay d) {
            throw CadenceException.badInput(file + ": recorded " + DAY.format(d.recorded()) + ", more than a day from"
                    + " the run on " + PlanWords.day(d.run().date()) + " (session " + d.run().id() + "); for another"
                    + " run give --session N; nothing was logged");
        }
        LogActivity.Outcome.Refused r = (LogActivity.Outcome.Refused) o;
        throw CadenceException.badInput(file + ": " + refusal(r.why(), r.run()) + "; nothing was logged");
    }

    private static String refusal(Alignment.Refused why, PastSession run) {
        String session = "the run on " + PlanWords.day(run.date()) + " (session " + run.id() + ")";
        return switch (why.reason()) {
            case NO_STEPS -> "the recording has no step counts (the watch saved no cadence), so its running cannot be"
                    + " told from walking";
            case TOO_FAST -> "it moves faster than any runner: a ride, not a run";
            case NOT_AT_SESSION_TIME -> "recorded " + WHEN.format(why.recordingStart()) + ", not while " + session
                    + " was played; for another run give --session N";
            case NO_RUNNING -> String.format(Locale.ROOT, "no running in its %.0f minutes to match the runs of %s with",
                    why.recordingMinutes(), session);
            case NO_RUN_STEPS -> session + " had no running to measure";
            case DIFFERENT_SESSION -> String.format(Locale.ROOT, "its running (%.0f of %.0f minutes) does not follow"
                    + " the walk-run pattern of %s; for another run give --session N", why.recordedRunningMinutes(),
                    why.recordingMinutes(), session);
        };
    }

    /** "Recording run.fit laid over the run on Thu 26 Nov: cadence on the runs 168.3 spm (target 172.2), ...". */
    static String saved(LogActivity.Outcome.Ready r, boolean saved) {
        if (!saved) {
            return "The recording is already logged for the run on " + PlanWords.day(r.run().date()) + "; nothing"
                    + " changed.";
        }
        SessionRecording a = r.aligned();
        String by = a.alignedBy() == SessionRecording.AlignedBy.RUNNING ? "by its running" : "by its start time";
        OptionalDouble measured = r.recording().runCadence();
        String cadence = measured.isPresent() ? "cadence on the runs " + PlanWords.spm(measured.getAsDouble())
                + " spm (target " + r.run().target().format() + ")"
                : "no cadence could be measured on the runs (too little steady running recorded on them)";
        String replaces = r.run().recording().map(old -> " It replaces the recording logged before, " + old.fileName()
                + (old.runCadence().isPresent() ? " (" + PlanWords.spm(old.runCadence().getAsDouble()) + " spm)" : "")
                + ".").orElse("");
        return String.format(Locale.ROOT, "Recording %s laid over the run on %s (%s): %s, %.1f min of running.%s",
                r.recording().fileName(), PlanWords.day(r.run().date()), by, cadence, r.recording().minutesRun(),
                replaces);
    }

    /** After logging, the plan's answer: its first reason, and what the metronome does when a recording came in. */
    static List<Reason> worthSaying(PlanDecision next, boolean recordingLogged) {
        List<Reason> out = new ArrayList<>();
        out.add(next.reasons().get(0));
        next.reason(Reason.AwaitSettled.class).ifPresent(out::add);
        if (recordingLogged) {
            for (Reason r : next.reasons()) {
                if (r != next.reasons().get(0) && (r instanceof Reason.ClicksBack || r instanceof Reason.FadeHeld
                        || r instanceof Reason.ClicksNotFollowed || r instanceof Reason.ClicksHeldAfterFlare
                        || r instanceof Reason.CadenceOwn || r instanceof Reason.CadenceCheck
                        || r instanceof Reason.RecordingWithoutCadence || r instanceof Reason.FadeByCalendar)) {
                    out.add(r);
                }
            }
        }
        return out;
    }
}
