package run.cadence.audio.io;

import javax.sound.sampled.SourceDataLine;

/**
 * What a live line says about itself, in frames: the readings the {@link UnderrunCounter} goes by. Tests script
 * them with a fake line; in production they are the {@link SourceDataLine}'s own.
 */
interface LineReadout {
    /** Frames the device has played from this line since it opened. */
    long framePosition();

    /** Frames that can be written now without blocking; the whole buffer when the line has run dry. */
    int availableFrames();

    /** The line's buffer, in frames. */
    int bufferFrames();

    static LineReadout of(SourceDataLine line) {
        int frameBytes = line.getFormat().getFrameSize();
        int buffer = line.getBufferSize() / frameBytes;
        return new LineReadout() {
            @Override
            public long framePosition() {
                return line.getLongFramePosition();
            }

            @Override
            public int availableFrames() {
                return line.available() / frameBytes;
            }

            @Override
            public int bufferFrames() {
                return buffer;
            }
        };
    }
}
