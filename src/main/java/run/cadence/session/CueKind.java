package run.cadence.session;

/** What a cue is for; with {@code --no-voice} each kind maps to its own tone. */
public enum CueKind {
    /** What starts now: kind, length, cadence, note. */
    ANNOUNCE,
    /** "three", "two", "one" before a change. */
    COUNTDOWN,
    /** Halfway through a long step. */
    HALFWAY,
    /** Before the last pass of a repeated section. */
    LAST_REPEAT,
    /** A hold starts. */
    HOLD,
    /** A rest between holds or sets starts. */
    REST,
    /** A set of reps is about to start. */
    SET,
    /** The tempo of a reps set: the rep number, at the start of each rep. */
    REP_COUNT,
    /** After the last segment: what was done. */
    SUMMARY
}
