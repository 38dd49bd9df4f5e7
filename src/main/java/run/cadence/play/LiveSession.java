package run.cadence.play;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import run.cadence.audio.PlaybackControl;
import run.cadence.audio.Renderer;
import run.cadence.audio.io.LivePlayer;
import run.cadence.plan.PlayOutcome.StopReason;
import run.cadence.session.SessionProgress;
import run.cadence.session.Timeline;
import run.cadence.session.TimelineSegment;

/**
 * A live play as its {@link LiveSetup.Attendant} sees it: what the runner's keys can do, and where the play is.
 * Used from the attendant's thread only; the audio runs on the {@link LivePlayer}'s.
 */
public final class LiveSession {
    private final LivePlayer player;
    private final Renderer renderer;
    private final PlaybackControl control;
    private final Score score;
    /** The session being played, with the account of skipped steps; both null for a bare metronome. */
    private final Timeline timeline;
    private final SessionProgress progress;
    private final AtomicReference<StopReason> stoppedFor = new AtomicReference<>();
    private final Runnable nextTrack;

    LiveSession(LivePlayer player, Renderer renderer, PlaybackControl control, Score score, Timeline timeline,
            SessionProgress progress) {
        this(player, renderer, control, score, timeline, progress, () -> { });
    }

    /** @param nextTrack what the n key does in a bare metronome: the next music track, if music plays */
    LiveSession(LivePlayer player, Renderer renderer, PlaybackControl control, Score score, Timeline timeline,
            SessionProgress progress, Runnable nextTrack) {
        this.nextTrack = nextTrack;
        this.player = player;
        this.renderer = renderer;
        this.control = control;
        this.score = score;
        this.timeline = timeline;
        this.progress = progress;
    }

    /** Pauses or resumes everything (clicks, cues, the session's clock); returns whether it is paused now. */
    public boolean togglePause() {
        return player.togglePause();
    }

    /**
     * Skips to the next step of a session. The account decides where the skip lands and the renderer jumps
     * exactly there, so the report and what was played agree even when a step ends while the key is pressed.
     * A metronome has one step and no next: with music, the next track plays; without, nothing happens.
     */
    public void skipStep() {
        if (progress != null) {
            control.requestSkipTo(progress.skipFrom(renderer.position()));
        } else {
            nextTrack.run();
        }
    }

    /**
     * Changes a metronome's tempo by {@code spm} from the next beat on. A session ignores it: its plan sets the
     * tempo, and a steady retempo would flatten its walks and runs.
     */
    public void nudgeTempo(int spm) {
        if (progress == null) {
            control.nudgeTempo(spm);
        }
    }

    /** The runner stops. */
    public void stop() {
        stop(StopReason.RUNNER);
    }

    /**
     * The runner stops a session because it hurts: the report says so and the planner hears of it. A bare metronome
     * ignores it: "stopped for pain" means something only for a session ({@code q} stops a metronome).
     */
    public void stopForPain() {
        if (progress != null) {
            stop(StopReason.PAIN);
        }
    }

    private void stop(StopReason reason) {
        stoppedFor.compareAndSet(null, reason);
        player.stop();
    }

    /** Waits up to {@code timeout} for the play to end; true if it has. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return player.awaitEnd(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Times the live output has run dry so far. */
    public long underruns() {
        return player.underruns();
    }

    /** Seconds of silence the live output has played in its underruns so far. */
    public double silenceSeconds() {
        return score.tempo().format().seconds(player.lostFrames());
    }

    /** Why the runner stopped, if a key did. */
    Optional<StopReason> stoppedFor() {
        return Optional.ofNullable(stoppedFor.get());
    }

    /** Where the play is now. */
    public LiveStatus status() {
        boolean paused = player.paused();
        if (progress == null) {
            double seconds = score.tempo().format().seconds(renderer.position());
            Duration elapsed = Duration.ofMillis(Math.round(seconds * 1000));
            return new LiveStatus.Metronome(paused, elapsed, renderer.currentSpm(), renderer.beatsPlayed());
        }
        return statusAt(timeline, score, progress, renderer.position(), paused);
    }

    /** Where a session is at {@code position} (frames of the timeline played, skips included). */
    public static LiveStatus statusAt(Timeline timeline, Score score, SessionProgress progress, long position,
            boolean paused) {
        if (position >= score.sessionEndFrame()) {
            return new LiveStatus.Finished(paused, timeline.total());
        }
        Duration at = progress.time(position);
        List<TimelineSegment> segments = timeline.segments();
        TimelineSegment now = segments.get(timeline.segmentIndexAt(at));
        Duration inStep = at.minus(now.start());
        double fraction = inStep.toNanos() / (double) now.length().toNanos();
        OptionalDouble spm = now.clicks() && inStep.compareTo(now.clickLength()) < 0
                ? OptionalDouble.of(now.cadence().spmAt(fraction)) : OptionalDouble.empty();
        Optional<TimelineSegment> next = now.index() + 1 < segments.size()
                ? Optional.of(segments.get(now.index() + 1)) : Optional.empty();
        return new LiveStatus.InStep(paused, now, spm, nonNegative(now.end().minus(at)),
                nonNegative(timeline.total().minus(at)), next);
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
