package run.cadence.audio;

import java.io.IOException;

/**
 * Drives a {@link Renderer} into an {@link AudioSink} until the plan ends or a stop is requested. The sink's
 * blocking write paces the loop: no sleeping, no wall clock. The same loop renders a file as fast as the disk
 * takes it.
 */
public final class Playback {
    /** What happened: frames of timeline played, beats, underruns, and whether the plan ran to its end. */
    public record Result(long frames, long beats, long underruns, boolean completed) {}

    private Playback() {}

    /**
     * Runs on the render thread (REALTIME: after the two buffers below, nothing is allocated).
     * The sink is finished on success; on an exception the caller closes it, abandoning the output.
     */
    public static Result run(Renderer renderer, AudioSink sink, PlaybackControl control, int blockFrames)
            throws IOException {
        int channels = renderer.format().channels();
        float[] buffer = new float[blockFrames * channels];
        float[] silence = new float[blockFrames * channels];
        while (!control.stopRequested()) {
            long lost = sink.takeFramesLost();
            if (lost > 0 && !control.paused()) {
                renderer.catchUp(lost, buffer);
            }
            if (control.paused()) {
                sink.write(silence, blockFrames);
                continue;
            }
            int n = renderer.render(buffer, blockFrames);
            if (n == 0) {
                break;
            }
            if (renderer.lastBlockSilent()) {
                sink.writeSilence(buffer, n);
            } else {
                sink.write(buffer, n);
            }
        }
        sink.finish();
        return new Result(renderer.position(), renderer.beatsPlayed(), sink.underruns(), renderer.finished());
    }
}
