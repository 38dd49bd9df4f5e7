package run.cadence.audio.io;

import javax.sound.sampled.SourceDataLine;
import run.cadence.audio.RenderFormat;

/**
 * Counts how often a live line ran dry and how many frames it played as silence meanwhile, so the renderer can
 * catch up in sample time and the runner can be told. {@link LineSink} calls it around every write; this is the
 * one piece to replace to count underruns another way (from the line's own frame position, say).
 */
interface UnderrunCounter {
    /** Called before each write: notes an underrun if the line drained since the last one. */
    void beforeWrite();

    /** Called once each write has been accepted by the line. */
    void afterWrite();

    /** Frames lost since the last call. */
    long takeFramesLost();

    /** Underruns so far. */
    long underruns();

    /**
     * Estimates the loss from the wall time since the last write, minus what the line still held then: Java
     * Sound says only that the buffer is empty, not for how long.
     */
    static UnderrunCounter fromElapsedTime(SourceDataLine line, RenderFormat format) {
        return new UnderrunCounter() {
            private final int frameBytes = 2 * format.channels();
            private long lastWriteNanos = System.nanoTime();
            private int bufferedAfterLastWrite = buffered();
            private long lost;
            private long underruns;

            private int buffered() {
                return (line.getBufferSize() - line.available()) / frameBytes;
            }

            @Override
            public void beforeWrite() {
                if (line.available() >= line.getBufferSize()) {
                    double elapsedFrames = (System.nanoTime() - lastWriteNanos) / 1e9 * format.sampleRate();
                    long missed = Math.round(elapsedFrames - bufferedAfterLastWrite);
                    if (missed > 0) {
                        lost += missed;
                        underruns++;
                    }
                }
            }

            @Override
            public void afterWrite() {
                lastWriteNanos = System.nanoTime();
                bufferedAfterLastWrite = buffered();
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
        };
    }
}
