package run.cadence.audio;

/** The metronome over music: full clicks, none, or a quieter click on each step (the default with music). */
public enum ClickMode {
    ON(1f),
    OFF(0f),
    QUIET(0.4f);

    /** Multiplies the click volume. */
    public final float gain;

    ClickMode(float gain) {
        this.gain = gain;
    }
}
