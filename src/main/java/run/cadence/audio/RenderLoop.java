package run.cadence.audio;

import java.io.IOException;

/**
 * Drives a {@link Renderer} into an {@link AudioSink} until the plan ends or the transport stops. The sink's
 * blocking write paces the loop: no sleeping, no wall clock. The same loop renders a file as fast as the disk
 * takes it and feeds the live player's line, so a file is a faithful record of live playback.
 */
public final class RenderLoop {
    /**
     * What happened: frames of timeline played, beats, underruns and the frames of silence the output played in
     * them, and whether the plan ran to its end.
     */
    public record Result(long frames, long beats, long underruns, long lostFrames, boolean completed) {}

    /**
     * What the loop asks before every block: the live player's state machine answers it; a file render never
     * pauses or stops ({@link #TO_THE_END}). Read on the render thread, so answers must be lock-free.
     */
    public interface Transport {
        boolean paused();

        boolean stopped();
    }

    /** A render that runs until the plan ends: files, tests. */
    public static final Transport TO_THE_END = new Transport() {
        @Override
        public boolean paused() {
            return false;
        }

        @Override
        public boolean stopped() {
            return false;
        }
    };

    private RenderLoop() {}

    /**
     * Runs on the render thread (REALTIME: after the two buffers below, nothing is allocated).
     * The sink is finished on success; on an exception the caller closes it, abandoning the output.
     */
    public static Result run(Renderer renderer, AudioSink sink, Transport transport, int blockFrames)
            throws IOException {
        int channels = renderer.format().channels();
        float[] buffer = new float[blockFrames * channels];
        float[] silence = new float[blockFrames * channels];
        while (!transport.stopped()) {
            long lost = sink.takeFramesLost();
            if (lost > 0 && !transport.paused()) {
                renderer.catchUp(lost, buffer);
            }
            if (transport.paused()) {
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
        return new Result(renderer.position(), renderer.beatsPlayed(), sink.underruns(), sink.lostFrames(),
                renderer.finished());
    }
}
