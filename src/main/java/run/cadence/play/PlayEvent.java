package run.cadence.play;

import java.nio.file.Path;
import java.time.Duration;
import run.cadence.plan.PlayOutcome;
import run.cadence.session.SessionProgress;
import run.cadence.session.Timeline;

/**
 * What a session's play tells its caller on the way: before the first sample, and when it is over. The caller
 * words them; the planner's port ({@link run.cadence.plan.SessionPlayer}) returns only the outcome.
 */
public sealed interface PlayEvent {
    /** A recording in the runner's cue folder that no cue of this session plays (likely misnamed). */
    record UnusedRecording(Path file) implements PlayEvent {}

    /** Every cue was synthesized: {@code cues} cues from {@code phrases} distinct phrases, by {@code speech}. */
    record CuesPrepared(int cues, int phrases, String speech, Duration took) implements PlayEvent {}

    /**
     * The whole session was rendered to {@code file}: {@code seconds} of audio (the closing summary included),
     * {@code clicks} clicks and {@code cues} cues, in {@code took}.
     */
    record Rendered(Timeline timeline, Path file, double seconds, long clicks, int cues, Duration took)
            implements PlayEvent {}

    /** A track could not be opened when its turn came ({@code reason}); the next one played instead. */
    record TrackSkipped(String track, String reason) implements PlayEvent {}

    /**
     * Live, the music fell behind: {@code blocks} output blocks found its stretch not ready and went without it
     * (the clicks kept time; the music stayed on its grid).
     */
    record MusicLate(long blocks) implements PlayEvent {}

    /**
     * The live output ran dry {@code underruns} times and played {@code silenceSeconds} of silence in all; the
     * renderer caught up each time, so later clicks kept their schedule. Sent before {@link Ended}, only if it did.
     */
    record OutputRanDry(long underruns, double silenceSeconds) implements PlayEvent {}

    /** The music stopped early and the clicks went on alone: a track could not be read any more. */
    record MusicStopped(String reason) implements PlayEvent {}

    /** A live session ended: how far it got, and the outcome recorded for it. */
    record Ended(SessionProgress.Report progress, PlayOutcome outcome) implements PlayEvent {}
}
