package run.cadence.play;

import java.time.Duration;
import java.util.Optional;
import run.cadence.audio.RenderLoop;
import run.cadence.plan.PlayOutcome;

/**
 * What a play did: the render loop's account, the tempo of the last click, the wall time it took (synthesis
 * excluded), and why the runner stopped it (empty when it ran to its end).
 */
public record Played(RenderLoop.Result result, double lastSpm, Duration took,
        Optional<PlayOutcome.StopReason> stoppedFor) {}
