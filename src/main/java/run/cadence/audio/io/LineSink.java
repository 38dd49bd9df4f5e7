package run.cadence.audio.io;

import java.io.IOException;
import java.util.function.LongSupplier;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import run.cadence.audio.AudioSink;
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
public final class LineSink implements AudioSink {
    /** Silence played before the first click while a new stream settles. */
    static final int SETTLE_MILLIS = 200;

    private final RenderFormat format;
    private final SourceDataLine line;
    private final LongSupplier nanoClock;
    private final byte[] bytes;
    private final int frameBytes;
    private final int bufferFrames;
    /** Made when the line starts; read by the status line's thread too. */
    private volatile UnderrunCounter underruns;

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
        this.format = format;
        this.line = line;
        this.nanoClock = nanoClock;
        this.frameBytes = 2 * format.channels();
        this.bufferFrames = line.getBufferSize() / frameBytes;
        this.bytes = new byte[Math.max(maxBlockFrames, bufferFrames) * frameBytes];
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
    private UnderrunCounter start() {
        long total = Math.max(bufferFrames, Math.round(SETTLE_MILLIS / 1000.0 * format.sampleRate()));
        java.util.Arrays.fill(bytes, 0, bufferFrames * frameBytes, (byte) 0);
        line.write(bytes, 0, bufferFrames * frameBytes);
        line.start();
        long written = bufferFrames;
        while (written < total) {
            line.write(bytes, 0, bufferFrames * frameBytes);
            written += bufferFrames;
        }
        UnderrunCounter counter = new UnderrunCounter(LineReadout.of(line), format.sampleRate(), nanoClock, written);
        underruns = counter;
        return counter;
    }

    @Override
    public RenderFormat format() {
        return format;
    }

    /** The buffer the device actually granted, in milliseconds. */
    public double latencyMillis() {
        return bufferFrames * 1000.0 / format.sampleRate();
    }

    @Override
    public void write(float[] interleaved, int frames) throws IOException {
        UnderrunCounter counter = underruns;
        if (counter == null) {
            counter = start();
        }
        counter.beforeWrite();
        for (long back = counter.takeFramesGivenBack(); back > 0; ) {
            int n = (int) Math.min(back, bufferFrames);
            java.util.Arrays.fill(bytes, 0, n * frameBytes, (byte) 0);
            play(n * frameBytes);
            back -= n;
        }
        play(Pcm16.encode(interleaved, frames * format.channels(), bytes));
        counter.afterWrite(frames);
    }

    private void play(int n) throws IOException {
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

    /** Converts a block as {@link #write} would, without playing it: the JIT's warm-up before the line starts. */
    @Override
    public void rehearse(float[] interleaved, int frames) {
        Pcm16.encode(interleaved, frames * format.channels(), bytes);
    }

    @Override
    public long takeFramesLost() {
        UnderrunCounter counter = underruns;
        return counter == null ? 0 : counter.takeFramesLost();
    }

    @Override
    public long underruns() {
        UnderrunCounter counter = underruns;
        return counter == null ? 0 : counter.underruns();
    }

    @Override
    public long lostFrames() {
        UnderrunCounter counter = underruns;
        return counter == null ? 0 : counter.lostFrames();
    }

    @Override
    public void finish() {
        line.drain();
        UnderrunCounter counter = underruns;
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
