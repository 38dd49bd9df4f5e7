package run.cadence.audio.io;

import java.io.IOException;
import java.util.function.LongSupplier;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import run.cadence.audio.RenderFormat;

/**
 * Live output through a {@link SourceDataLine} with a small buffer. {@link #write} blocks while the line is
 * full, which paces the render loop. When the line ran dry (an underrun), the frames the device played as
 * silence are reported through {@link #takeFramesLost()} so the renderer catches up in sample time; the
 * {@link UnderrunCounter} counts them from the line's own position.
 *
 * <p>The line starts on the render thread's first write, not when it is opened: whatever happens between the
 * two (the player's set-up, its warm-up) would otherwise eat into a buffer of a few milliseconds.
 */
public final class LineSink extends CountedLiveSink {
    /** Silence played before the first click while a new stream settles. */
    static final int SETTLE_MILLIS = 200;

    private final SourceDataLine line;
    private final LongSupplier nanoClock;

    /**
     * Opens the line.
     *
     * @throws AudioOutputProblem when no line opens, or {@code device} names no single output
     *
     * @param device part of a device name from {@link AudioDevices#outputs}, or null for the default
     * @param latencyMillis the output buffer; smaller is tighter, larger survives a busy machine
     */
    public LineSink(RenderFormat format, String device, double latencyMillis, int maxBlockFrames) {
        this(format, open(format, device, latencyMillis), maxBlockFrames, System::nanoTime);
    }

    /** Plays into {@code line}, already open; tests give a scripted line and clock. */
    LineSink(RenderFormat format, SourceDataLine line, int maxBlockFrames, LongSupplier nanoClock) {
        super(format, line.getBufferSize() / (2 * format.channels()), maxBlockFrames);
        this.line = line;
        this.nanoClock = nanoClock;
    }

    private static SourceDataLine open(RenderFormat format, String device, double latencyMillis) {
        try {
            Mixer.Info mixer = AudioDevices.find(device, format);
            SourceDataLine line = mixer == null ? AudioSystem.getSourceDataLine(AudioDevices.pcm16(format))
                    : AudioSystem.getSourceDataLine(AudioDevices.pcm16(format), mixer);
            int wanted = (int) Math.max(64, Math.round(latencyMillis / 1000.0 * format.sampleRate()));
            line.open(AudioDevices.pcm16(format), wanted * 2 * format.channels());
            return line;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new AudioOutputProblem.NoLine(device, e);
        }
    }

    /**
     * Plays {@link #SETTLE_MILLIS} of silence before the first click, then starts counting underruns. Measured
     * with PulseAudio: a new stream drops part of what it is given first while it settles (25 ms, sometimes 8 ms,
     * seen here), which shortened the first step; with silence in front, the loss falls on silence and every
     * click keeps its spacing.
     */
    @Override
    protected UnderrunCounter start() {
        long total = Math.max(bufferFrames, Math.round(SETTLE_MILLIS / 1000.0 * format.sampleRate()));
        java.util.Arrays.fill(bytes, 0, bufferFrames * frameBytes, (byte) 0);
        line.write(bytes, 0, bufferFrames * frameBytes);
        line.start();
        long written = bufferFrames;
        while (written < total) {
            line.write(bytes, 0, bufferFrames * frameBytes);
            written += bufferFrames;
        }
        return new UnderrunCounter(LineReadout.of(line), format.sampleRate(), nanoClock, written);
    }

    @Override
    protected void play(int frames, UnderrunCounter counter) throws IOException {
        int n = frames * frameBytes;
        int off = 0;
        while (off < n) {
            int written = line.write(bytes, off, n - off);
            if (written == 0) {
                // A blocking write returns short only when the line was stopped or closed under it.
                throw new IOException("the audio line was closed");
            }
            off += written;
        }
    }

    @Override
    public void finish() {
        line.drain();
        UnderrunCounter counter = counter();
        if (counter != null) {
            counter.drained();
        }
    }

    @Override
    public void close() {
        line.stop();
        line.close();
    }
}
