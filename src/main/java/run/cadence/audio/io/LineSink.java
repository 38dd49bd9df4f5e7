package run.cadence.audio.io;

import java.io.IOException;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import run.cadence.CadenceException;
import run.cadence.audio.AudioSink;
import run.cadence.audio.RenderFormat;

/**
 * Live output through a {@link SourceDataLine} with a small buffer. {@link #write} blocks while the line is
 * full, which paces the render loop. When the line ran dry before a write (an underrun), the frames the
 * device missed are reported through {@link #takeFramesLost()} so the renderer catches up in sample time.
 */
public final class LineSink implements AudioSink {
    private final RenderFormat format;
    private final SourceDataLine line;
    private final byte[] bytes;
    private final int frameBytes;
    private final int bufferFrames;
    private long lastWriteNanos;
    private int bufferedAfterLastWrite;
    private long lost;
    private long underruns;
    private boolean started;

    /**
     * Opens the line.
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
            throw new CadenceException(CadenceException.Kind.RUNTIME,
                    "no audio output device available (" + e.getMessage()
                            + "); render to a file instead with --out FILE.wav", e);
        }
        this.bufferFrames = line.getBufferSize() / frameBytes;
        this.bytes = new byte[maxBlockFrames * frameBytes];
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
        if (started && line.available() >= line.getBufferSize()) {
            // The line drained: it played silence for however long it had nothing.
            double elapsedFrames = (System.nanoTime() - lastWriteNanos) / 1e9 * format.sampleRate();
            long missed = Math.round(elapsedFrames - bufferedAfterLastWrite);
            if (missed > 0) {
                lost += missed;
                underruns++;
            }
        }
        int n = Pcm16.encode(interleaved, frames * format.channels(), bytes);
        int off = 0;
        while (off < n) {
            off += line.write(bytes, off, n - off);
            if (!started && line.available() < frameBytes * 64) {
                line.start();
                started = true;
            }
        }
        if (!started) {
            line.start();
            started = true;
        }
        lastWriteNanos = System.nanoTime();
        bufferedAfterLastWrite = (line.getBufferSize() - line.available()) / frameBytes;
    }

    @Override
    public long takeFramesLost() {
        long l = lost;
        lost = 0;
        return l;
    }

    @Override
    public long underruns() {
        return underruns;
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
