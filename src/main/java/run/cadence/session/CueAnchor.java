package run.cadence.session;

/** How a cue's time fixes its audio: the phrase starts at it, or ends at it (and starts as early as it must). */
public enum CueAnchor {
    STARTS_AT,
    ENDS_AT
}
