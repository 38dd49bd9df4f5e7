package run.cadence.audio;

import java.io.IOException;

/**
 * Decoded audio pulled in blocks: a music track being read from disk. Used off the render thread only (it does
 * I/O); the stretcher pulls from it into a ring buffer the renderer reads.
 */
public interface PcmSource extends AutoCloseable {
    int sampleRate();

    int channels();

    /**
     * Reads up to {@code maxFrames} frames of interleaved samples in [-1, 1] into {@code out}; returns how many,
     * and 0 only at the end of the track.
     */
    int read(float[] out, int maxFrames) throws IOException;

    @Override
    void close() throws IOException;

    /**
     * The mean of each frame's channels: {@code frames} frames of {@code interleaved} into {@code mono} from
     * {@code monoOffset}. Allocates nothing.
     */
    static void downmix(float[] interleaved, int frames, int channels, float[] mono, int monoOffset) {
        for (int i = 0; i < frames; i++) {
            float sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += interleaved[i * channels + c];
            }
            mono[monoOffset + i] = sum / channels;
        }
    }
}
