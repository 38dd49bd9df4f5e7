package run.cadence.audio;

import java.io.IOException;

/**
 * Where rendered samples go: a sound card line, a WAV or MP3 file, memory. The same renderer feeds
 * every sink, so a rendered file is a faithful record of live playback.
 *
 * <p>Lifecycle: {@code write}* then {@code finish()} to complete; {@code close()} without {@code finish()}
 * abandons the output (a file sink deletes its partial file).
 */
public interface AudioSink extends AutoCloseable {

    RenderFormat format();

    /**
     * Writes {@code frames} frames of interleaved float samples. A live sink blocks while its device
     * buffer is full: that blocking paces live playback. Must not allocate.
     */
    void write(float[] interleaved, int frames) throws IOException;

    /**
     * Writes {@code frames} frames known to be silent ({@code zeros} holds them, all zero). Files override it to
     * skip the conversion: most of a metronome track is silence between clicks.
     */
    default void writeSilence(float[] zeros, int frames) throws IOException {
        write(zeros, frames);
    }

    /**
     * Frames the output dropped since the last call because it ran dry (an underrun), so the caller can
     * catch up in sample time. Files and memory never lose frames.
     */
    default long takeFramesLost() {
        return 0;
    }

    /** How many underruns happened so far. Safe from any thread. */
    default long underruns() {
        return 0;
    }

    /** Frames the output played as silence in all its underruns so far. Safe from any thread. */
    default long lostFrames() {
        return 0;
    }

    /**
     * Takes a block through the conversion {@link #write} would do, without output: live sinks use it to have the
     * JIT compile their path before real time begins. Must not allocate.
     */
    default void rehearse(float[] interleaved, int frames) {}

    /** Completes the output: drains a line, or finalises a file and moves it into place. */
    void finish() throws IOException;

    /** Releases the sink; without a prior {@link #finish()} the output is abandoned. */
    @Override
    void close() throws IOException;
}
