package run.cadence.audio.io;

import run.cadence.audio.AudioSink;
import run.cadence.audio.RenderFormat;

/**
 * Which live output a play opens. On Linux, with no {@code --device}, libasound's default PCM directly
 * ({@link AlsaSink}): measured through PulseAudio, it kept a 10-15 ms buffer fed where Java Sound's ALSA client ran
 * dry. {@code --device alsa:NAME} names an ALSA PCM; any other {@code --device} is a Java Sound device
 * ({@link LineSink}), which is also the default where libasound cannot be used.
 */
public final class LiveOutputs {
    private LiveOutputs() {}

    /** Opens the live output for {@code device} (null: the default). */
    public static AudioSink open(RenderFormat format, String device, double latencyMillis, int maxBlockFrames) {
        if (device != null && device.startsWith(AlsaSink.PREFIX)) {
            String name = device.substring(AlsaSink.PREFIX.length());
            return new AlsaSink(format, name.isBlank() ? "default" : name, latencyMillis, maxBlockFrames);
        }
        if (device == null && Alsa.unusable() == null) {
            try {
                return new AlsaSink(format, "default", latencyMillis, maxBlockFrames);
            } catch (AudioOutputProblem e) {
                // ALSA has no default output here; Java Sound may still have one (or will say there is none).
            }
        }
        return new LineSink(format, device, latencyMillis, maxBlockFrames);
    }

    /** Whether libasound can be called here, so {@code alsa:} devices can be named. */
    public static boolean alsaUsable() {
        return Alsa.unusable() == null;
    }

    /** Whether ALSA's default output opens now: what plays when no {@code --device} is given. */
    public static boolean alsaDefaultOpens() {
        return AlsaPcm.opens("default");
    }
}
