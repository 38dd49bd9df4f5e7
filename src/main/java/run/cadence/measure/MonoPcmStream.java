package run.cadence.measure;

import be.tarsos.dsp.io.TarsosDSPAudioFloatConverter;
import be.tarsos.dsp.io.TarsosDSPAudioFormat;
import be.tarsos.dsp.io.TarsosDSPAudioInputStream;
import java.io.IOException;
import run.cadence.audio.PcmSource;

/**
 * A decoded recording as TarsosDSP's input: channels averaged to mono, as 16-bit samples (what its
 * {@code fromFloatArray} made of a whole recording held in memory, now one block at a time). Reads stop after
 * {@code maxFrames}, noting whether the recording went on.
 */
final class MonoPcmStream implements TarsosDSPAudioInputStream {
    private static final int BLOCK = 4096;

    private final PcmSource source;
    private final TarsosDSPAudioFormat format;
    private final TarsosDSPAudioFloatConverter converter;
    private final long maxFrames;
    private final float[] frames;
    private final float[] mono = new float[BLOCK];
    private final byte[] bytes = new byte[2 * BLOCK];
    private int at;
    private int end;
    private long framesRead;
    private boolean longer;
    private IOException failure;

    MonoPcmStream(PcmSource source, long maxFrames) {
        this.source = source;
        this.format = new TarsosDSPAudioFormat(source.sampleRate(), 16, 1, true, false);
        this.converter = TarsosDSPAudioFloatConverter.getConverter(format);
        this.maxFrames = maxFrames;
        this.frames = new float[BLOCK * source.channels()];
    }

    /** Frames handed to the detector so far. */
    long framesRead() {
        return framesRead;
    }

    /** Whether the recording had more than {@code maxFrames}. */
    boolean longer() {
        return longer;
    }

    /**
     * A decoder's read failure, kept and reported after the detector has stopped: TarsosDSP turns an IOException
     * into an Error after logging a warning to the console.
     */
    IOException failure() {
        return failure;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        try {
            if (at == end && (failure != null || !refill())) {
                return -1;
            }
        } catch (IOException e) {
            failure = e;
            return -1;
        }
        int n = Math.min(len, end - at);
        System.arraycopy(bytes, at, b, off, n);
        at += n;
        return n;
    }

    private boolean refill() throws IOException {
        int want = (int) Math.min(BLOCK, maxFrames - framesRead);
        if (want == 0) {
            longer = source.read(frames, 1) > 0;
            return false;
        }
        int n = source.read(frames, want);
        if (n == 0) {
            return false;
        }
        PcmSource.downmix(frames, n, source.channels(), mono, 0);
        converter.toByteArray(mono, 0, n, bytes, 0);
        framesRead += n;
        at = 0;
        end = 2 * n;
        return true;
    }

    @Override
    public long skip(long n) {
        long skipped = 0;
        byte[] scratch = new byte[1024];
        while (skipped < n) {
            int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    @Override
    public TarsosDSPAudioFormat getFormat() {
        return format;
    }

    @Override
    public long getFrameLength() {
        return -1;
    }
}
