package run.cadence.audio.io;

import java.io.IOException;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import run.cadence.audio.AudioSink;
import run.cadence.audio.RenderFormat;

/**
 * Live output through a {@link SourceDataLine} with a small buffer. {@link #write} blocks while the line is
 * full, which paces the render loop. When the line ran dry before a write (an underrun), the frames the
 * device missed are reported through {@link #takeFramesLost()} so the renderer catches up in sample time; how
 * they are counted is the {@link UnderrunCounter}'s business.
 */
public final class LineSink implements AudioSink {
    /** Silence played before the first click while a new stream settles. */
    static final int SETTLE_MILLIS = 200;

    private final RenderFormat format;
    private final SourceDataLine line;
    private final byte[] bytes;
    private final int frameBytes;
    private final int bufferFrames;
    private final UnderrunCounter underruns;

    /**
     * Opens the line.
     *
     * @throws AudioOutputProblem when no line opens, or {@code device} names no single output
     *
     * @param device part of a device name from {@link AudioDevices#outputs}, or null for the default
     * @param latencyMillis the output buffer; smaller is tighter, larger survives a busy machine
     */
    public LineSink(RenderFormat format, String device, double latencyMillis, int maxBlockFrames) {
        this.format = format;
        this.frameBytes = 2 * format.channels();
        try {
            Mixer.Info mixer = AudioDevices.find(device, format);
            line = mixer == null ? AudioSystem.getSourceDataLine(AudioDevices.pcm16(format))
                    : AudioSystem.getSourceDataLine(AudioDevices.pcm16(format), mixer);
            int wanted = (int) Math.max(64, Math.round(latencyMillis / 1000.0 * format.sampleRate()));
            line.open(AudioDevices.pcm16(format), wanted * frameBytes);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new AudioOutputProblem.NoLine(device, e);
        }
        this.bufferFrames = line.getBufferSize() / frameBytes;
        this.bytes = new byte[Math.max(maxBlockFrames, bufferFrames) * frameBytes];
        primeWithSilence();
        this.underruns = UnderrunCounter.fromElapsedTime(line, format);
    }

    /**
     * Plays {@link #SETTLE_MILLIS} of silence before the first click. Measured with PulseAudio: a new stream
     * drops part of what it is given first while it settles (25 ms, sometimes 8 ms, seen here), which
     * shortened the first step; with silence in front, the loss falls on silence and every click keeps its
     * spacing.
     */
    private void primeWithSilence() {
        long total = Math.max(bufferFrames, Math.round(SETTLE_MILLIS / 1000.0 * format.sampleRate())) * frameBytes;
        int chunk = bufferFrames * frameBytes;
        java.util.Arrays.fill(bytes, 0, chunk, (byte) 0);
        line.write(bytes, 0, chunk);
        line.start();
        for (long written = chunk; written < total; written += chunk) {
            line.write(bytes, 0, chunk);
        }
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
        underruns.beforeWrite();
        int n = Pcm16.encode(interleaved, frames * format.channels(), bytes);
        int off = 0;
        while (off < n) {
            int written = line.write(bytes, off, n - off);
            if (written == 0) {
                // A blocking write returns short only when the line was stopped or closed under it.
                throw new IOException("the audio line was closed");
            }
            off += written;
        }
        underruns.afterWrite();
    }

    @Override
    public long takeFramesLost() {
        return underruns.takeFramesLost();
    }

    @Override
    public long underruns() {
        return underruns.underruns();
    }

    @Override
    public void finish() {
        line.drain();
    }

    @Override
    public void close() {
        line.stop();
        line.close();
    }
}
