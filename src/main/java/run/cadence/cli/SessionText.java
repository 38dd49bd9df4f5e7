package run.cadence.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import run.cadence.DurationText;
import run.cadence.NumberText;
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
                .append(Plural.of(timeline.segments().size(), "step"));
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
            return String.format(Locale.ROOT, "Prepared %s (%s) with %s in %.1f s.", Plural.of(p.cues(), "cue"),
                    Plural.of(p.phrases(), "distinct phrase"), p.speech(), p.took().toNanos() / 1e9);
        }
        if (event instanceof PlayEvent.Rendered r) {
            double took = r.took().toNanos() / 1e9;
            return String.format(Locale.ROOT, "Rendered %s (%s, %s, %s) to %s in %.1f s (%.0fx real time).",
                    DurationText.clock(r.timeline().total()), Plural.of(r.timeline().segments().size(), "step"),
                    Plural.of(r.clicks(), "click"), Plural.of(r.cues(), "cue"), r.file(), took,
                    r.seconds() / Math.max(took, 1e-9));
        }
        if (event instanceof PlayEvent.TrackSkipped t) {
            return "Skipped " + t.track() + " (" + t.reason() + "); the next track played instead.";
        }
        if (event instanceof PlayEvent.MusicLate l) {
            return String.format(Locale.ROOT, "The music fell behind: %,d block%s played without it (the clicks kept"
                    + " time); the machine was too busy to stretch it ahead.", l.blocks(), l.blocks() == 1 ? "" : "s");
        }
        if (event instanceof PlayEvent.OutputRanDry d) {
            return "The sound output ran dry: " + LiveConsole.underruns(d.underruns(), d.silenceSeconds())
                    + "; the clicks after each kept their schedule.";
        }
        if (event instanceof PlayEvent.MusicStopped m) {
            return "Music stopped (" + m.reason() + "); the clicks went on alone.";
        }
        PlayEvent.Ended e = (PlayEvent.Ended) event;
        return describe(e.progress(), e.outcome());
    }

    static String describe(SessionProgress.Report r, PlayOutcome outcome) {
        String skipped = r.stepsSkipped() == 0 ? ""
                : "; skipped " + Plural.of(r.stepsSkipped(), "step") + " (" + DurationText.clock(r.skipped()) + ")";
        if (outcome instanceof PlayOutcome.Stopped stopped) {
            return String.format(Locale.ROOT, "Stopped%s after %s: %d of %s completed, %s running%s.",
                    stopped.reason() == PlayOutcome.StopReason.PAIN ? " for pain" : "",
                    DurationText.clock(r.played()), r.stepsCompleted(), Plural.of(r.steps(), "step"),
                    DurationText.clock(r.running()), skipped);
        }
        if (r.stepsSkipped() > 0) {
            return String.format(Locale.ROOT, "Reached the end with %s skipped (%s): %s played, %d of %s, %s running.",
                    Plural.of(r.stepsSkipped(), "step"), DurationText.clock(r.skipped()), DurationText.clock(r.played()),
                    r.stepsCompleted(), Plural.of(r.steps(), "step"), DurationText.clock(r.running()));
        }
        return String.format(Locale.ROOT, "Session complete: %s, %d of %s, %s running.",
                DurationText.clock(r.played()), r.stepsCompleted(), Plural.of(r.steps(), "step"),
                DurationText.clock(r.running()));
    }

    /** "Run 172.2 spm  0:42 left  |  21:12 to go  |  next: Walk 2:00" */
    static String status(LiveStatus status) {
        StringBuilder b = new StringBuilder(96);
        status(status, b);
        return b.toString();
    }

    /**
     * Appends the status line to {@code b}, built without {@code String.format}: it is redrawn five times a second
     * for as long as a run lasts, and its garbage would bring the collector, which stops the audio thread too.
     */
    static void status(LiveStatus status, StringBuilder b) {
        if (status instanceof LiveStatus.Metronome m) {
            b.append(m.paused() ? "PAUSED " : "playing").append("  ");
            tenths(m.spm(), b);
            b.append(" spm  ");
            DurationText.clock(m.elapsed(), b);
            b.append("  ").append(m.beats()).append(m.beats() == 1 ? " step" : " steps");
            return;
        }
        if (status.paused()) {
            b.append("PAUSED  ");
        }
        if (status instanceof LiveStatus.Finished f) {
            b.append("Finished  ");
            DurationText.clock(f.total(), b);
            return;
        }
        LiveStatus.InStep s = (LiveStatus.InStep) status;
        b.append(s.step().kind().word());
        if (s.spm().isPresent()) {
            tenths(s.spm().getAsDouble(), b.append(' '));
            b.append(" spm");
        }
        DurationText.clock(s.stepLeft(), b.append("  "));
        DurationText.clock(s.toGo(), b.append(" left  |  "));
        b.append(" to go  |  next: ");
        if (s.next().isPresent()) {
            TimelineSegment next = s.next().get();
            DurationText.clock(next.length(), b.append(next.kind().word()).append(' '));
            if (next.clicks()) {
                b.append(' ').append(next.cadence().describe());
            }
        } else {
            b.append("finish");
        }
    }

    /**
     * "172.2", or "172" for a whole number: a cadence as everywhere else (no trailing ".0"), to one decimal,
     * appended without allocating.
     */
    static void tenths(double value, StringBuilder b) {
        long t = Math.round(value * 10);
        b.append(t / 10);
        if (t % 10 != 0) {
            b.append('.').append(Math.abs(t % 10));
        }
    }
}
