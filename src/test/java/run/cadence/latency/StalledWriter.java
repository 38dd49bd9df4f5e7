package run.cadence.latency;

import java.io.IOException;
import run.cadence.audio.AudioSink;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.io.AlsaSink;
import run.cadence.audio.io.LineSink;

/**
 * Plays a click every 17,640 frames (150 spm) through a real {@link LineSink} or {@link AlsaSink} and holds its writer up once, on
 * purpose, so the device test can hear the underrun and compare it with what the sink reports. Run in its own
 * JVM so {@code PULSE_SINK} can send it to the test's own null sink.
 *
 * <p>Arguments: latency in ms, seconds to play, the second the stall comes at, the stall in ms, the output
 * ({@code javasound} or {@code alsa}). Prints
 * {@code underruns=N lost=FRAMES}.
 */
public final class StalledWriter {
    static final int PERIOD = 17_640;
    static final int CLICK_FRAMES = 200;

    private StalledWriter() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        double latency = Double.parseDouble(args[0]);
        double seconds = Double.parseDouble(args[1]);
        double stallAt = Double.parseDouble(args[2]);
        long stallMillis = Long.parseLong(args[3]);
        RenderFormat format = RenderFormat.MONO_44K;
        int block = (int) Math.round(latency / 1000 * format.sampleRate() / 4);
        AudioSink sink = args[4].equals("alsa") ? new AlsaSink(format, "default", latency, block)
                : new LineSink(format, null, latency, block);
        float[] buffer = new float[block];
        long frames = Math.round(seconds * format.sampleRate());
        long stallFrame = Math.round(stallAt * format.sampleRate());
        try {
            for (long at = 0; at < frames; at += block) {
                if (at <= stallFrame && stallFrame < at + block) {
                    Thread.sleep(stallMillis); // the point of this program: a writer held up
                }
                for (int i = 0; i < block; i++) {
                    buffer[i] = (at + i) % PERIOD < CLICK_FRAMES ? 0.5f : 0f;
                }
                sink.write(buffer, block);
            }
            sink.finish();
        } finally {
            sink.close();
        }
        System.out.println("underruns=" + sink.underruns() + " lost=" + sink.lostFrames());
    }
}
