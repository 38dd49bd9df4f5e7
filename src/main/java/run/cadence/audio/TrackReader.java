package run.cadence.audio;

import java.io.IOException;

/**
 * A decoded track as stereo frames at the output rate: mono is doubled, more than two channels keep the first two,
 * and another sample rate is converted by cubic (Catmull-Rom) interpolation as the frames stream by. Producer side.
 */
public final class TrackReader implements Wsola.Input {
    private static final int BLOCK = 4096;
    private final PcmSource source;
    private final int inChannels;
    private final double step;
    private final float[] block;
    private int blockFrames;
    private int blockAt;
    private boolean ended;
    /** The last four source frames (stereo), oldest first, for the interpolation. */
    private final float[] history = new float[8];
    private long historyEnd;
    private double sourcePosition;

    public TrackReader(PcmSource source, int outputRate) {
        this.source = source;
        this.inChannels = source.channels();
        this.step = source.sampleRate() / (double) outputRate;
        this.block = new float[BLOCK * inChannels];
    }

    @Override
    public int read(float[] into, int offsetFrames, int frames) throws IOException {
        if (step == 1.0) {
            return readDirect(into, offsetFrames, frames);
        }
        int n = 0;
        while (n < frames) {
            long needed = (long) Math.floor(sourcePosition) + 3; // frames floor-1 .. floor+2
            while (historyEnd < needed) {
                if (!pushSourceFrame()) {
                    return n;
                }
            }
            double t = sourcePosition - Math.floor(sourcePosition);
            for (int c = 0; c < 2; c++) {
                float p0 = history[c];
                float p1 = history[2 + c];
                float p2 = history[4 + c];
                float p3 = history[6 + c];
                into[(offsetFrames + n) * 2 + c] = (float) (p1 + 0.5 * t * (p2 - p0 + t * (2 * p0 - 5 * p1 + 4 * p2 - p3
                        + t * (3 * (p1 - p2) + p3 - p0))));
            }
            n++;
            sourcePosition += step;
        }
        return n;
    }

    private int readDirect(float[] into, int offsetFrames, int frames) throws IOException {
        int n = 0;
        while (n < frames && fetch()) {
            int take = Math.min(frames - n, blockFrames - blockAt);
            for (int i = 0; i < take; i++) {
                stereo(blockAt + i, into, offsetFrames + n + i);
            }
            blockAt += take;
            n += take;
        }
        return n;
    }

    /** Shifts one source frame into the interpolation history; false at the end of the track. */
    private boolean pushSourceFrame() throws IOException {
        if (!fetch()) {
            return false;
        }
        System.arraycopy(history, 2, history, 0, 6);
        stereo(blockAt++, history, 3);
        historyEnd++;
        return true;
    }

    private boolean fetch() throws IOException {
        if (blockAt < blockFrames) {
            return true;
        }
        if (ended) {
            return false;
        }
        blockFrames = source.read(block, BLOCK);
        blockAt = 0;
        ended = blockFrames <= 0;
        return !ended;
    }

    private void stereo(int frame, float[] into, int at) {
        float left = block[frame * inChannels];
        into[at * 2] = left;
        into[at * 2 + 1] = inChannels > 1 ? block[frame * inChannels + 1] : left;
    }
}
