package run.cadence.audio.io;

import com.sun.jna.Callback;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * The few libasound calls {@link AlsaSink} makes, bound directly (JNA direct mapping: no proxy, no allocation per
 * call, arguments passed as they are). {@code snd_pcm_sframes_t} and {@code snd_pcm_uframes_t} are C {@code long}s,
 * which is why {@link #unusable()} refuses a JVM that is not 64-bit.
 */
final class Alsa {
    static final int STREAM_PLAYBACK = 0;
    static final int NONBLOCK = 1;
    static final int FORMAT_S16_LE = 2;
    static final int ACCESS_RW_INTERLEAVED = 3;
    /** {@code SND_PCM_STATE_PREPARED}: ready, not yet started (until the start threshold, a full buffer). */
    static final int STATE_PREPARED = 2;
    static final int ENOENT = 2;
    static final int EINTR = 4;
    static final int EAGAIN = 11;
    static final int EPIPE = 32;
    static final int ESTRPIPE = 86;

    /**
     * libasound prints its own diagnostics to stderr ("ALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM x");
     * the command says what went wrong in one line of its own. Held here so the callback is never collected.
     */
    private static final ErrorHandler QUIET = (file, line, function, err, fmt) -> { };
    private static final Throwable LOAD_FAILURE = load();

    private Alsa() {}

    private static Throwable load() {
        try {
            if (Native.LONG_SIZE != 8) { // touching Native loads JNA's own library: inside the try
                return new UnsupportedOperationException("not a 64-bit JVM");
            }
            // The unversioned libasound.so comes only with the -dev package; every system with ALSA has .so.2.
            NativeLibrary lib;
            try {
                lib = NativeLibrary.getInstance("libasound.so.2");
            } catch (UnsatisfiedLinkError e) {
                lib = NativeLibrary.getInstance("asound");
            }
            Native.register(Alsa.class, lib);
            snd_lib_error_set_handler(QUIET);
            return null;
        } catch (LinkageError | RuntimeException e) {
            return e;
        }
    }

    /** Why libasound cannot be used here (not Linux, not installed, JNA's own library refused), or null. */
    static Throwable unusable() {
        return LOAD_FAILURE;
    }

    /** libasound's error handler; the C one is variadic, and the arguments after {@code fmt} are left unread. */
    interface ErrorHandler extends Callback {
        void invoke(String file, int line, String function, int err, String fmt);
    }

    static native int snd_lib_error_set_handler(ErrorHandler handler);

    static native int snd_pcm_open(Pointer pcmOut, String name, int stream, int mode);

    static native int snd_pcm_set_params(Pointer pcm, int format, int access, int channels, int rate,
            int softResample, int latencyMicros);

    static native int snd_pcm_get_params(Pointer pcm, Pointer bufferFramesOut, Pointer periodFramesOut);

    static native long snd_pcm_writei(Pointer pcm, Pointer buffer, long frames);

    static native int snd_pcm_wait(Pointer pcm, int timeoutMillis);

    static native long snd_pcm_avail_update(Pointer pcm);

    static native int snd_pcm_state(Pointer pcm);

    static native int snd_pcm_recover(Pointer pcm, int err, int silent);

    static native int snd_pcm_nonblock(Pointer pcm, int nonblock);

    static native int snd_pcm_drain(Pointer pcm);

    static native int snd_pcm_drop(Pointer pcm);

    static native int snd_pcm_close(Pointer pcm);

    static native String snd_strerror(int err);
}
