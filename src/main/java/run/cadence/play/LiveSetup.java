package run.cadence.play;

import run.cadence.audio.AudioSink;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.io.LiveOutputs;

/**
 * Where live audio goes and who attends it: the sink to open (the sound card, or a memory sink in tests), the
 * device and buffer, and the {@link Attendant} that takes the runner's keys and shows the status while it plays.
 */
public record LiveSetup(Sinks sinks, String device, double latencyMillis, Attendant attendant) {
    /** Opens the live output. */
    public interface Sinks {
        Sinks SOUND_CARD = LiveOutputs::open;

        AudioSink open(RenderFormat format, String device, double latencyMillis, int maxBlockFrames);
    }

    /**
     * Attends a live play from the caller's thread: reads the runner's keys and shows the status until
     * {@link LiveSession#awaitEnd} says the play is over (the plan ended, or a key stopped it).
     */
    public interface Attendant {
        void attend(LiveSession session) throws InterruptedException;
    }

    public LiveSetup {
        if (sinks == null || attendant == null) {
            throw new IllegalArgumentException("live playback needs a sink and an attendant");
        }
        if (!(latencyMillis >= 2 && latencyMillis <= 1000)) {
            throw new IllegalArgumentException("latency must be 2-1000 ms, not " + latencyMillis);
        }
    }

    /** Live blocks are a quarter of the output buffer, so the line never waits long for the next one. */
    public int blockFrames(RenderFormat format) {
        return (int) Math.max(64, Math.round(latencyMillis / 1000.0 * format.sampleRate() / 4));
    }
}
