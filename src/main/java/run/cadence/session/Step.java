package run.cadence.session;

import java.time.Duration;
import java.util.Optional;

/**
 * One line of a workout, as written. Strength steps expand to several timeline segments; the others to one.
 */
public sealed interface Step permits Step.Walk, Step.Run, Step.Rest, Step.Effort, Step.Hold, Step.Reps {

    /**
     * Strength steps start with this long to get into position while their name and dose are spoken, so
     * the first hold or rep is not counted before the runner is ready.
     */
    Duration STRENGTH_LEAD_IN = Duration.ofSeconds(15);

    /**
     * A note is spoken with its step, after the section name and the step's kind, length and cadence: 100
     * characters, with {@link Section#MAX_NAME_CHARS}, keeps the longest announcement under the voice's
     * 300-character phrase limit, so a long note is refused where it is written, not when the session plays.
     */
    int MAX_NOTE_CHARS = 100;

    /** The rest between sets of a reps step when none is written. */
    Duration DEFAULT_SET_REST = Duration.ofSeconds(60);

    /** The time this step takes on the timeline, lead-in and rests included. */
    Duration duration();

    /** A note to speak with the step ("uphill 6 percent", "glute bridge"). */
    Optional<String> note();

    record Walk(Duration length, CadenceTarget cadence, double clickShare, Optional<String> note) implements Step {
        public Walk {
            length = positive(length, "walk");
            cadence = clickedCadence(cadence, CadenceTarget.WALK_CADENCE, clickShare);
            note = cleanNote(note);
        }

        @Override
        public Duration duration() {
            return length;
        }
    }

    record Run(Duration length, CadenceTarget cadence, double clickShare, Optional<String> note) implements Step {
        public Run {
            length = positive(length, "run");
            cadence = clickedCadence(cadence, CadenceTarget.RUNNER_TARGET, clickShare);
            notWalkCadence(cadence, "run");
            note = cleanNote(note);
        }

        @Override
        public Duration duration() {
            return length;
        }
    }

    record Rest(Duration length, Optional<String> note) implements Step {
        public Rest {
            length = positive(length, "rest");
            note = cleanNote(note);
        }

        @Override
        public Duration duration() {
            return length;
        }
    }

    record Effort(PerceivedEffort level, Duration length, CadenceTarget cadence, double clickShare,
            Optional<String> note) implements Step {
        public Effort {
            if (level == null) {
                throw new IllegalArgumentException("an effort step needs an effort level");
            }
            length = positive(length, level.word());
            cadence = clickedCadence(cadence, CadenceTarget.NONE, clickShare);
            notWalkCadence(cadence, level.word());
            note = cleanNote(note);
        }

        @Override
        public Duration duration() {
            return length;
        }
    }

    /** "10x hold 5s rest 5s": holds separated by rests; no rest after the last hold. */
    record Hold(int count, Duration hold, Duration rest, Optional<String> note) implements Step {
        public static final int MAX_COUNT = 100;

        public Hold {
            if (count < 1 || count > MAX_COUNT) {
                throw new IllegalArgumentException("hold count " + count + " is outside 1-" + MAX_COUNT);
            }
            hold = positive(hold, "hold");
            rest = positive(rest, "rest between holds");
            note = cleanNote(note);
        }

        @Override
        public Duration duration() {
            return STRENGTH_LEAD_IN.plus(hold.multipliedBy(count)).plus(rest.multipliedBy(count - 1L));
        }
    }

    /** "3x15 reps 3s": sets of repetitions at a tempo of one rep per {@code perRep}; rests between sets. */
    record Reps(int sets, int reps, Duration perRep, Duration setRest, Optional<String> note) implements Step {
        public static final int MAX_SETS = 10;
        public static final int MAX_REPS = 100;

        public Reps {
            if (sets < 1 || sets > MAX_SETS) {
                throw new IllegalArgumentException("set count " + sets + " is outside 1-" + MAX_SETS);
            }
            if (reps < 1 || reps > MAX_REPS) {
                throw new IllegalArgumentException("rep count " + reps + " is outside 1-" + MAX_REPS);
            }
            perRep = positive(perRep, "rep");
            setRest = positive(setRest, "rest between sets");
            note = cleanNote(note);
        }

        public Duration setLength() {
            return perRep.multipliedBy(reps);
        }

        @Override
        public Duration duration() {
            return STRENGTH_LEAD_IN.plus(setLength().multipliedBy(sets)).plus(setRest.multipliedBy(sets - 1L));
        }
    }

    private static Duration positive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("zero-length " + what + " step; give it a duration like 30s or 4m");
        }
        return d;
    }

    /**
     * The cadence a clicked step (walk, run, effort) plays: the written one, or its kind's default when none
     * is written, checked against the step's click share.
     */
    private static CadenceTarget clickedCadence(CadenceTarget written, CadenceTarget kindDefault, double share) {
        CadenceTarget cadence = written == null ? kindDefault : written;
        checkShare(share, cadence);
        return cadence;
    }

    /** The walking cadence is the walk's default only: the parser never gives it to another kind of step. */
    private static void notWalkCadence(CadenceTarget cadence, String kind) {
        if (cadence instanceof CadenceTarget.WalkCadence) {
            throw new IllegalArgumentException("a " + kind + " step cannot follow the walking cadence");
        }
    }

    private static void checkShare(double share, CadenceTarget cadence) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("click share " + share + " is outside (0, 1]");
        }
        // A faded click needs a rate written on the step; a walk's default may resolve to none at all.
        if (share < 1 && (cadence instanceof CadenceTarget.None || cadence instanceof CadenceTarget.WalkCadence)) {
            throw new IllegalArgumentException("'click' needs a cadence on the step to click at");
        }
    }

    private static Optional<String> cleanNote(Optional<String> note) {
        if (note == null) {
            return Optional.empty();
        }
        Optional<String> clean = note.map(String::strip).filter(n -> !n.isEmpty());
        if (clean.isPresent() && clean.get().length() > MAX_NOTE_CHARS) {
            throw new IllegalArgumentException("note is " + clean.get().length() + " characters, more than "
                    + MAX_NOTE_CHARS + "; shorten it (it is spoken with the step)");
        }
        return clean;
    }
}
