package run.cadence.audio;

/** Where the clicks sound: both ears at once (a mono render), or steps alternating left and right (stereo). */
public enum Pan {
    CENTER(1),
    ALTERNATE(2);

    /** The channels a render with this pan needs: alternating ears need two, centred clicks one. */
    public final int channels;

    Pan(int channels) {
        this.channels = channels;
    }
}
