package run.cadence.audio.io;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import run.cadence.audio.RenderFormat;

/**
 * A libasound playback PCM opened non-blocking: {@link AlsaSink} waits for room with {@code snd_pcm_wait}, which
 * polls the device's own descriptors (for PulseAudio's plug-in, a wake-up when the server asks for more), as a
 * blocking write inside libasound would, so its thread can still be told to stop.
 */
final class AlsaPcm implements Pcm {
    /** Bytes of a C pointer or long: {@link Alsa} binds only on a 64-bit JVM. */
    private static final int WORD = 8;

    private final Pointer handle;
    private final Memory buffer;
    private final int frameBytes;
    private final int bufferFrames;

    private AlsaPcm(Pointer handle, int frameBytes, int maxFrames, int bufferFrames) {
        this.handle = handle;
        this.frameBytes = frameBytes;
        this.bufferFrames = bufferFrames;
        this.buffer = new Memory((long) Math.max(maxFrames, bufferFrames) * frameBytes);
    }

    /**
     * Opens {@code name} ("default", "pulse", "hw:0", any PCM in the ALSA configuration) for 16-bit playback with a
     * buffer of about {@code latencyMillis}, in four periods (libasound's {@code snd_pcm_set_params}, aplay's
     * layout too).
     *
     * @throws AudioOutputProblem.NoLine when libasound is missing or the device refuses
     */
    static AlsaPcm open(String name, RenderFormat format, double latencyMillis, int maxFrames) {
        Throwable unusable = Alsa.unusable();
        if (unusable != null) {
            throw new AudioOutputProblem.NoLine(AlsaSink.PREFIX + name, "libasound could not be loaded", unusable);
        }
        Memory slot = new Memory(WORD);
        int err = Alsa.snd_pcm_open(slot, name, Alsa.STREAM_PLAYBACK, Alsa.NONBLOCK);
        if (err == -Alsa.ENOENT) {
            throw new AudioOutputProblem.NoSuchDevice(AlsaSink.PREFIX + name, java.util.List.of());
        }
        if (err < 0) {
            throw noLine(name, err);
        }
        Pointer handle = slot.getPointer(0);
        int latencyMicros = (int) Math.round(latencyMillis * 1000);
        err = Alsa.snd_pcm_set_params(handle, Alsa.FORMAT_S16_LE, Alsa.ACCESS_RW_INTERLEAVED, format.channels(),
                format.sampleRate(), 1, latencyMicros);
        Memory sizes = new Memory(2L * WORD);
        if (err >= 0) {
            err = Alsa.snd_pcm_get_params(handle, sizes, sizes.share(WORD));
        }
        if (err < 0) {
            Alsa.snd_pcm_close(handle);
            throw noLine(name, err);
        }
        return new AlsaPcm(handle, 2 * format.channels(), maxFrames, (int) sizes.getLong(0));
    }

    /** Whether the PCM {@code name} opens for playback now (it is closed again at once). */
    static boolean opens(String name) {
        if (Alsa.unusable() != null) {
            return false;
        }
        Memory slot = new Memory(WORD);
        if (Alsa.snd_pcm_open(slot, name, Alsa.STREAM_PLAYBACK, Alsa.NONBLOCK) < 0) {
            return false;
        }
        Alsa.snd_pcm_close(slot.getPointer(0));
        return true;
    }

    private static AudioOutputProblem.NoLine noLine(String name, int err) {
        return new AudioOutputProblem.NoLine(AlsaSink.PREFIX + name, "ALSA: " + Alsa.snd_strerror(err), null);
    }

    @Override
    public long writei(byte[] bytes, int offsetFrames, int frames) {
        buffer.write(0, bytes, offsetFrames * frameBytes, frames * frameBytes);
        return Alsa.snd_pcm_writei(handle, buffer, frames);
    }

    @Override
    public int awaitRoom(int timeoutMillis) {
        return Alsa.snd_pcm_wait(handle, timeoutMillis);
    }

    @Override
    public long avail() {
        return Alsa.snd_pcm_avail_update(handle);
    }

    @Override
    public int state() {
        return Alsa.snd_pcm_state(handle);
    }

    @Override
    public int recover(int err) {
        return Alsa.snd_pcm_recover(handle, err, 1);
    }

    @Override
    public int drain() {
        // In non-blocking mode snd_pcm_drain returns at once with -EAGAIN; blocking, it waits for the last frame.
        Alsa.snd_pcm_nonblock(handle, 0);
        return Alsa.snd_pcm_drain(handle);
    }

    @Override
    public void close() {
        Alsa.snd_pcm_drop(handle);
        Alsa.snd_pcm_close(handle);
    }

    @Override
    public int bufferFrames() {
        return bufferFrames;
    }

    @Override
    public String describe(int err) {
        return Alsa.snd_strerror(err);
    }
}
