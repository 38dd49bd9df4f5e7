package run.cadence.audio;

/**
 * Music the {@link Renderer} mixes after its clicks and cues: a bed locked to the same beat grid. The renderer
 * tells it where the timeline jumps (a skipped step) and where the grid's tempo changes (a live +/-), so the music
 * can follow. Every method runs on the render thread: REALTIME, allocation-free, no lock, no I/O.
 */
public interface MusicSource {
    /** No music. */
    MusicSource NONE = new MusicSource() {
        @Override
        public void mixInto(float[] out, long blockStart, int frames, int channels) {}

        @Override
        public void jumpedTo(long frame) {}

        @Override
        public void retempo(long beatFrame, double spm) {}
    };

    /** Adds the music of frames [blockStart, blockStart + frames) into {@code out}. */
    void mixInto(float[] out, long blockStart, int frames, int channels);

    /** The timeline jumped forward to {@code frame}. */
    void jumpedTo(long frame);

    /** From the beat at {@code beatFrame} on, the grid runs steadily at {@code spm}. */
    void retempo(long beatFrame, double spm);
}
