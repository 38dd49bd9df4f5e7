package run.cadence.audio;

import java.io.IOException;

/**
 * A decoded track as stereo frames at the output rate: mono is doubled, more than two channels keep the first two,
 * and another sample rate is converted by a windowed-sinc low-pass ({@link SincKernel}) as the frames stream by.
 * Producer side.
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
    private final SincKernel kernel;
    private final float[] coefficients;
    /**
     * The last {@code 2 x half} source frames (stereo), each written twice (at i and i + taps) so the window, oldest
     * first from {@link #oldest}, is always one contiguous run.
     */
    private final float[] history;
    private int oldest;
    private long historyEnd;
    private double sourcePosition;

    public TrackReader(PcmSource source, int outputRate) {
        this.source = source;
        this.inChannels = source.channels();
        this.step = source.sampleRate() / (double) outputRate;
        this.block = new float[BLOCK * inChannels];
        this.kernel = step == 1.0 ? null : new SincKernel(source.sampleRate(), outputRate);
        int taps = kernel == null ? 0 : 2 * kernel.half;
        this.coefficients = new float[taps];
        this.history = new float[2 * taps * 2];
    }

    @Override
    public int read(float[] into, int offsetFrames, int frames) throws IOException {
        if (step == 1.0) {
            return readDirect(into, offsetFrames, frames);
        }
        int n = 0;
        int taps = coefficients.length;
        while (n < frames) {
            long needed = (long) Math.floor(sourcePosition) + kernel.half + 1; // frames floor-half+1 .. floor+half
            while (historyEnd < needed) {
                if (!pushSourceFrame()) {
                    return n;
                }
            }
            kernel.coefficients(sourcePosition - Math.floor(sourcePosition), coefficients);
            float left = 0;
            float right = 0;
            for (int j = 0, h = oldest * 2; j < taps; j++, h += 2) {
                left += coefficients[j] * history[h];
                right += coefficients[j] * history[h + 1];
            }
            into[(offsetFrames + n) * 2] = left;
            into[(offsetFrames + n) * 2 + 1] = right;
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
        int taps = coefficients.length;
        stereo(blockAt, history, oldest);
        stereo(blockAt++, history, oldest + taps);
        oldest = (oldest + 1) % taps;
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
