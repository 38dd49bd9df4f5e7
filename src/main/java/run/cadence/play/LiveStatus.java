package run.cadence.play;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import run.cadence.session.TimelineSegment;

/** Where a live play is, for a status line. */
public sealed interface LiveStatus {
    boolean paused();

    /** A bare metronome: time played, the tempo of the last click, clicks so far. */
    record Metronome(boolean paused, Duration elapsed, double spm, long beats) implements LiveStatus {}

    /**
     * A session inside a step: the step, its click rate now (empty while silent), time left in it and in all,
     * and the step after it (empty for the last).
     */
    record InStep(boolean paused, TimelineSegment step, OptionalDouble spm, Duration stepLeft, Duration toGo,
            Optional<TimelineSegment> next) implements LiveStatus {}

    /** A session past its last step, playing its closing summary. */
    record Finished(boolean paused, Duration total) implements LiveStatus {}
}
