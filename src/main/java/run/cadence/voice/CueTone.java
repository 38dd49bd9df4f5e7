package run.cadence.voice;

/**
 * What a cue announces. Voices speak the phrase; with {@code --no-voice} each kind has its own tone, so a
 * runner can tell "run" from "walk" without words. The session's cue plan maps its cues onto these kinds.
 */
public enum CueTone {
    /** A run (or hard, sprint) segment starts: rising two notes. */
    RUN,
    /** A walk (or easy) segment starts: falling two notes. */
    WALK,
    /** A rest starts: one long low note. */
    REST,
    /**
     * One count of a countdown: a short beep. The cue plan sends "three", "two", "one" as three cues a
     * second apart, so the runner hears three beeps ending on the change.
     */
    COUNTDOWN,
    /** Halfway through the segment: two equal notes. */
    HALFWAY,
    /** The last repeat of a set starts: three quick rising notes. */
    LAST_REPEAT,
    /** The session is over: a rising major arpeggio held as a chord. */
    FINISH,
    /** A strength exercise (hold or reps) starts: a low double knock. */
    STRENGTH,
    /** One repetition's tempo within a reps step: a short high tick. */
    REP,
    /** Anything else spoken (a note such as "uphill 6 percent"): one soft mid note. */
    INFO
}
