package run.cadence.session;

/** What the runner does during a timeline segment; {@link #word()} is how a cue names it. */
public enum SegmentKind {
    WALK("Walk"),
    RUN("Run"),
    REST("Rest"),
    EASY("Easy"),
    MEDIUM("Medium"),
    HARD("Hard"),
    SPRINT("Sprint"),
    /** The lead-in of a strength step: get into position while the exercise is named. */
    GET_READY("Get ready"),
    HOLD("Hold"),
    HOLD_REST("Rest"),
    /** One set of a reps step; its reps are counted by cues. */
    REPS("Set"),
    SET_REST("Rest");

    private final String word;

    SegmentKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public boolean strength() {
        return this == GET_READY || this == HOLD || this == HOLD_REST || this == REPS || this == SET_REST;
    }

    static SegmentKind of(PerceivedEffort effort) {
        return switch (effort) {
            case EASY -> EASY;
            case MEDIUM -> MEDIUM;
            case HARD -> HARD;
            case SPRINT -> SPRINT;
        };
    }
}
