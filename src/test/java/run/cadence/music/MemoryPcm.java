package run.cadence.music;

import run.cadence.audio.PcmSource;

/** A generated track as a {@link PcmSource}, read in uneven blocks as a decoder would hand them out. */
final class MemoryPcm implements PcmSource {
    private final float[] interleaved;
    private final int rate;
    private final int channels;
    private int at;

    MemoryPcm(float[] interleaved, int rate, int channels) {
        this.interleaved = interleaved;
        this.rate = rate;
        this.channels = channels;
    }

    static MemoryPcm of(TestTracks.Track t) {
        return new MemoryPcm(t.interleaved(), t.sampleRate(), 2);
    }

    @Override
    public int sampleRate() {
        return rate;
    }

    @Override
    public int channels() {
        return channels;
    }

    @Override
    public int read(float[] out, int maxFrames) {
        int frames = Math.min(Math.min(maxFrames, 1000 + at % 3000), (interleaved.length - at) / channels);
        System.arraycopy(interleaved, at, out, 0, frames * channels);
        at += frames * channels;
        return frames;
    }

    @Override
    public void close() {}
}
