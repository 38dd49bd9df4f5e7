package run.cadence.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How far a runner got through a session, counting steps they skipped as not done: a skip moves the playing
 * position forward, but the skipped time was neither walked nor run and must not reach the history.
 *
 * <p>Used from one thread (the console that reads keys and prints the status line).
 */
public final class SessionProgress {
    /** A stopped or finished session's account. */
    public record Report(Duration played, int stepsCompleted, int steps, Duration running, int stepsSkipped,
            Duration skipped, boolean completed) {}

    private final Timeline timeline;
    private final int sampleRate;
    private final long[] stepStarts;
    private final long sessionEnd;
    private final List<long[]> skips = new ArrayList<>();
    /** Where the last requested skip lands: a second key press before it is played skips on from there. */
    private long skipTarget;

    /**
     * @param stepStarts the step starts of {@code play.Score#stepStarts()}, ending with the session end
     */
    public SessionProgress(Timeline timeline, int sampleRate, long[] stepStarts) {
        this.timeline = timeline;
        this.sampleRate = sampleRate;
        this.stepStarts = stepStarts.clone();
        this.sessionEnd = timeline.totalFrames(sampleRate);
    }

    /**
     * Notes a skip requested while the player was at {@code position}, and returns the frame it skips to (the
     * next step start, or the session end). Nothing is noted past the session's end.
     */
    public long skipFrom(long position) {
        long from = Math.max(position, skipTarget);
        long to = sessionEnd;
        for (long start : stepStarts) {
            if (start > from) {
                to = start;
                break;
            }
        }
        if (from < to) {
            skips.add(new long[] {from, to});
        }
        skipTarget = to;
        return to;
    }

    public Duration time(long frame) {
        return Duration.ofNanos(Math.round(frame * 1e9 / sampleRate));
    }

    /** The account at the playing {@code position} (frames of the timeline, tail included). */
    public Report report(long position) {
        long at = Math.min(position, sessionEnd);
        long skippedFrames = 0;
        Duration skippedRunning = Duration.ZERO;
        for (long[] s : skips) {
            long from = Math.min(s[0], at);
            long to = Math.min(s[1], at);
            skippedFrames += to - from;
            skippedRunning = skippedRunning.plus(timeline.runningTimeUntil(time(to))
                    .minus(timeline.runningTimeUntil(time(from))));
        }
        int completed = 0;
        int skippedSteps = 0;
        for (TimelineSegment seg : timeline.segments()) {
            long start = seg.startFrame(sampleRate);
            long end = seg.endFrame(sampleRate);
            if (end <= start || end > at) {
                continue;
            }
            if (wasSkipped(start, end)) {
                skippedSteps++;
            } else {
                completed++;
            }
        }
        Duration running = timeline.runningTimeUntil(time(at)).minus(skippedRunning);
        return new Report(time(at - skippedFrames), completed, timeline.segments().size(), running, skippedSteps,
                time(skippedFrames), at >= sessionEnd);
    }

    /** A step counts as skipped when a skip left it before its end. */
    private boolean wasSkipped(long start, long end) {
        for (long[] s : skips) {
            if (s[0] < end && s[1] > start) {
                return true;
            }
        }
        return false;
    }
}
