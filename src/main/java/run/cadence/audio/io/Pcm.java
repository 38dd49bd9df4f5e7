package run.cadence.audio.io;

/**
 * An open ALSA playback PCM, as {@link AlsaSink} uses it: libasound's calls with their C results (frames, or a
 * negative errno). {@link AlsaPcm} is the real one; tests script one.
 */
interface Pcm {
    /** Copies {@code frames} frames from {@code bytes} at frame {@code offsetFrames} into the device: frames taken, or -errno. */
    long writei(byte[] bytes, int offsetFrames, int frames);

    /** Waits up to {@code timeoutMillis} for room: 1 when there is, 0 on time-out, or -errno. */
    int awaitRoom(int timeoutMillis);

    /** Frames that can be written now, or -errno (-EPIPE once it has run dry). */
    long avail();

    /** libasound's state: {@link Alsa#STATE_PREPARED} while it fills before (re)starting. */
    int state();

    /** Restarts after -EPIPE (an underrun) or -ESTRPIPE (a suspend): 0, or -errno if it could not. */
    int recover(int err);

    /** Plays what is queued, blocking until it has been heard: 0 or -errno. */
    int drain();

    /** Stops at once, dropping what is queued, and releases the device. */
    void close();

    /** The buffer the device granted, in frames. */
    int bufferFrames();

    /** libasound's words for {@code -errno}. */
    String describe(int err);
}
