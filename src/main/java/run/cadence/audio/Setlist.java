package run.cadence.audio;

/** Chooses what plays next (the music package fills it from the runner's library). Producer side. */
public interface Setlist {
    /** The next track for a grid at {@code spm}, or null when no track fits (then the clicks play alone). */
    MusicTrack next(double spm);

    /**
     * Whether {@code track}, as laid (its steps per beat), may still be stretched to {@code spm}: a ramp moves the
     * grid's tempo under a playing track, and it ends where it would leave the stretch limit.
     */
    default boolean fits(MusicTrack track, double spm) {
        return true;
    }

    /** {@code track}, just handed out, cannot be opened (deleted, damaged): it is not offered again. */
    default void unplayable(MusicTrack track) {}
}
