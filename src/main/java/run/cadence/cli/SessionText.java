package run.cadence.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import run.cadence.DurationText;
import run.cadence.play.LiveStatus;
import run.cadence.play.PlayEvent;
import run.cadence.plan.PlayOutcome;
import run.cadence.session.SessionProgress;
import run.cadence.session.SessionSettings;
import run.cadence.session.Timeline;
import run.cadence.session.TimelineSegment;

/** How a session's play reads on the terminal: its headline, what the player reports, the live status line. */
final class SessionText {
    /** The keys a live session takes, as its intro names them. */
    static final String LIVE_KEYS = "Playing. Keys: space pause, n next step, p stop for pain, q stop.";

    private SessionText() {}

    /** "run-walk-2-3: 36:00, 16 steps, 12:00 running; runs at 172.2 spm = baseline 164 spm +5%" */
    static String headline(Timeline timeline, SessionSettings settings) {
        StringBuilder b = new StringBuilder();
        b.append(timeline.name()).append(": ").append(DurationText.clock(timeline.total())).append(", ")
                .append(timeline.segments().size()).append(" steps");
        if (!timeline.runningTime().isZero()) {
            b.append(", ").append(DurationText.clock(timeline.runningTime())).append(" running");
        }
        if (settings.baseline().isPresent()) {
            b.append("; runs at ").append(settings.target().get().format()).append(" spm = baseline ")
                    .append(settings.baseline().get().format()).append(" spm ").append(settings.increase().describe());
        } else {
            b.append("; no --baseline, so steps without a cadence of their own are silent");
        }
        settings.walkCadence().ifPresent(w -> b.append("; walks at ").append(w.format()).append(" spm"));
        return b.toString();
    }

    /** Prints what the player reports, as it reports it. */
    static Consumer<PlayEvent> printer(PrintWriter out) {
        return event -> {
            out.println(describe(event));
            out.flush();
        };
    }

    static String describe(PlayEvent event) {
        if (event instanceof PlayEvent.UnusedRecording u) {
            return "cue folder: '" + u.file().getFileName() + "' matches no cue in this session (see cadence cue name"
                    + " TEXT)";
        }
        if (event instanceof PlayEvent.CuesPrepared p) {
            return String.format(Locale.ROOT, "Prepared %d cues (%d distinct phrases) with %s in %.1f s.", p.cues(),
                    p.phrases(), p.speech(), p.took().toNanos() / 1e9);
        }
        if (event instanceof PlayEvent.Rendered r) {
            double took = r.took().toNanos() / 1e9;
            return String.format(Locale.ROOT, "Rendered %s (%d steps, %d clicks, %d cues) to %s in %.1f s (%.0fx real"
                    + " time).", DurationText.clock(r.timeline().total()), r.timeline().segments().size(), r.clicks(),
                    r.cues(), r.file(), took, r.seconds() / Math.max(took, 1e-9));
        }
        if (event instanceof PlayEvent.TrackSkipped t) {
            return "Skipped " + t.track() + " (" + t.reason() + "); the next track played instead.";
        }
        if (event instanceof PlayEvent.MusicLate l) {
            return String.format(Locale.ROOT, "The music fell behind: %,d block%s played without it (the clicks kept"
                    + " time); the machine was too busy to stretch it ahead.", l.blocks(), l.blocks() == 1 ? "" : "s");
        }
        if (event instanceof PlayEvent.MusicStopped m) {
            return "Music stopped (" + m.reason() + "); the clicks went on alone.";
        }
        PlayEvent.Ended e = (PlayEvent.Ended) event;
        return describe(e.progress(), e.outcome());
    }

    static String describe(SessionProgress.Report r, PlayOutcome outcome) {
        String skipped = r.stepsSkipped() == 0 ? ""
                : String.format(Locale.ROOT, "; skipped %d step%s (%s)", r.stepsSkipped(),
                        r.stepsSkipped() == 1 ? "" : "s", DurationText.clock(r.skipped()));
        if (outcome instanceof PlayOutcome.Stopped stopped) {
            return String.format(Locale.ROOT, "Stopped%s after %s: %d of %d steps completed, %s running%s.",
                    stopped.reason() == PlayOutcome.StopReason.PAIN ? " for pain" : "",
                    DurationText.clock(r.played()), r.stepsCompleted(), r.steps(), DurationText.clock(r.running()),
                    skipped);
        }
        return String.format(Locale.ROOT, "Session complete: %s, %d of %d steps, %s running%s.",
                DurationText.clock(r.played()), r.stepsCompleted(), r.steps(), DurationText.clock(r.running()),
                skipped);
    }

    /** "Run 172.2 spm  0:42 left  |  21:12 to go  |  next: Walk 2:00" */
    static String status(LiveStatus status) {
        String state = status.paused() ? "PAUSED  " : "";
        if (status instanceof LiveStatus.Finished f) {
            return state + "Finished  " + DurationText.clock(f.total());
        }
        if (status instanceof LiveStatus.Metronome m) {
            return String.format(Locale.ROOT, "%s  %5.1f spm  %s  %d steps", m.paused() ? "PAUSED " : "playing",
                    m.spm(), DurationText.clock(m.elapsed()), m.beats());
        }
        LiveStatus.InStep s = (LiveStatus.InStep) status;
        String cadence = s.spm().isPresent() ? String.format(Locale.ROOT, " %.1f spm", s.spm().getAsDouble()) : "";
        String next = s.next().map(SessionText::describeNext).orElse("finish");
        return String.format(Locale.ROOT, "%s%s%s  %s left  |  %s to go  |  next: %s", state, s.step().kind().word(),
                cadence, DurationText.clock(s.stepLeft()), DurationText.clock(s.toGo()), next);
    }

    private static String describeNext(TimelineSegment s) {
        String cadence = s.clicks() ? " " + s.cadence().describe() : "";
        return s.kind().word() + " " + DurationText.clock(s.length()) + cadence;
    }
}
