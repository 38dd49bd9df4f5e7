package run.cadence.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import run.cadence.Cadence;
import run.cadence.measure.Activity;
import run.cadence.measure.Alignment;
import run.cadence.measure.RecordingAligner;
import run.cadence.measure.RunStepWindow;
import run.cadence.measure.SessionRecording;
import run.cadence.measure.StepCadence;
import run.cadence.session.SegmentKind;
import run.cadence.session.Timeline;
import run.cadence.session.TimelineSegment;

/**
 * What {@code cadence log --activity FILE} does: lays a watch recording over the run it recorded (by the run's
 * own timeline and the time it started playing) and keeps the cadence measured on each run step and the minutes
 * actually run. {@link #prepare} decides without writing anything, so a recording that does not fit leaves the
 * history as it was; {@link #save} then writes it in one transaction.
 */
public final class LogActivity {
    /** The file, by name for people and by hash and size for "the same file again". */
    public record FileId(String name, String sha256, long sizeBytes) {
        /** Reads {@code file} once through a SHA-256 digest, a buffer at a time (bounded memory). */
        public static FileId of(Path file) throws IOException {
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
            long size = 0;
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                    size += n;
                }
            }
            return new FileId(String.valueOf(file.getFileName()), HexFormat.of().formatHex(sha.digest()), size);
        }
    }

    public sealed interface Outcome {
        /** No run to attach it to yet. */
        record NoRun() implements Outcome {}

        /** {@code --session N} names no run (no such session, or a strength or cross-training one). */
        record NotARun(long id) implements Outcome {}

        /** This very file is attached to this run already: nothing changes. */
        record AlreadyLogged(PastSession run) implements Outcome {}

        /** This file is attached to another run. */
        record LoggedElsewhere(PastSession run, long otherId) implements Outcome {}

        /**
         * A run rendered for a phone has no live start to check the recording's time against, so its day is
         * checked: a recording that starts more than a day from the run's date is another run's.
         */
        record OtherDay(PastSession run, Instant recorded) implements Outcome {}

        /** It cannot be laid over the run, and why. */
        record Refused(PastSession run, Alignment.Refused why) implements Outcome {}

        /** Ready to keep: the run, the recording as the planner keeps it, and how it was laid over the run. */
        record Ready(PastSession run, RunRecording recording, SessionRecording aligned) implements Outcome {}
    }

    /**
     * A recording of a rendered run may start this many days from the run's date (a run late in the evening, in
     * another time zone than the day was counted in), not more.
     */
    static final int MAX_DAYS_FROM_RENDERED_RUN = 1;

    private LogActivity() {}

    public static Outcome prepare(SessionLog log, Activity activity, FileId file, Optional<Long> sessionId) {
        History history = log.history();
        Optional<PastSession> run;
        if (sessionId.isPresent()) {
            run = history.runs().stream().filter(s -> s.id() == sessionId.get() && s.didAnything()).findFirst();
            if (run.isEmpty()) {
                return new Outcome.NotARun(sessionId.get());
            }
        } else {
            List<PastSession> done = history.runsDone();
            if (done.isEmpty()) {
                return new Outcome.NoRun();
            }
            run = Optional.of(done.get(done.size() - 1));
        }
        PastSession s = run.get();
        Optional<Long> holder = log.sessionWithRecording(file.sha256(), file.sizeBytes());
        if (holder.isPresent()) {
            return holder.get() == s.id() ? new Outcome.AlreadyLogged(s) : new Outcome.LoggedElsewhere(s, holder.get());
        }
        Optional<Instant> liveStart = log.liveStart(s.id());
        if (liveStart.isEmpty() && Math.abs(ChronoUnit.DAYS.between(s.date(),
                activity.start().atOffset(ZoneOffset.UTC).toLocalDate())) > MAX_DAYS_FROM_RENDERED_RUN) {
            return new Outcome.OtherDay(s, activity.start());
        }
        Cadence target = s.target() != null ? s.target() : new Cadence(170);
        Timeline timeline = s.session().timeline(target.beforePercent(s.session().cadencePercent()));
        Alignment a = RecordingAligner.align(activity, timeline.total().toMillis() / 1000.0,
                windows(timeline, s, target), liveStart);
        if (a instanceof Alignment.Refused r) {
            return new Outcome.Refused(s, r);
        }
        SessionRecording aligned = ((Alignment.Aligned) a).recording();
        List<RunRecording.StepCadence> steps = new ArrayList<>();
        for (StepCadence c : aligned.steps()) {
            steps.add(new RunRecording.StepCadence(c.targetSpm(), c.measuredSpm(), c.secondsMeasured()));
        }
        Instant start = aligned.recordingStart().plusMillis(Math.round(aligned.sessionOffsetSeconds() * 1000));
        return new Outcome.Ready(s, new RunRecording(file.name(), file.sha256(), file.sizeBytes(), Optional.of(start),
                aligned.minutesRun(), steps), aligned);
    }

    /** Keeps a ready recording; false when the same file was attached meanwhile. */
    public static boolean save(SessionLog log, Outcome.Ready ready) {
        return log.saveRecording(ready.run().id(), ready.recording());
    }

    /**
     * The main set's run steps, as far as the session got: their cadence is the target (strides and intervals set
     * their own, so they are left out).
     */
    static List<RunStepWindow> windows(Timeline timeline, PastSession s, Cadence target) {
        List<RunStepWindow> out = new ArrayList<>();
        double done = s.status() == SessionStatus.STOPPED_EARLY ? s.doneSeconds() : Double.MAX_VALUE;
        for (TimelineSegment seg : timeline.segments()) {
            double start = seg.start().toMillis() / 1000.0;
            double length = seg.length().toMillis() / 1000.0;
            if (seg.kind() == SegmentKind.RUN && seg.sectionIndex() == PlannedSession.MAIN_SET_SECTION
                    && start + length <= done) {
                out.add(new RunStepWindow(seg.index(), start, length, target.stepsPerMinute()));
            }
        }
        return out;
    }
}
