package run.cadence.plan;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import run.cadence.session.Section;
import run.cadence.session.SessionLibrary;
import run.cadence.session.Step;
import run.cadence.session.Workout;

/**
 * Hip strength (CLINICAL.md): the early-stage holds while stairs or downhill still hurt, else the Fredericson
 * (2000) program at a dose of {@code sets} x {@code reps} of lying hip abduction and standing hip hike, with
 * clamshells and bridge and wall holds. The early session has one fixed dose (sets and reps 0).
 */
public record StrengthSession(Kind kind, int sets, int reps) implements ExtraSession {
    public enum Kind { EARLY, FREDERICSON }

    /** Fredericson: 1 set of 15 daily, building to 3 sets of 30, one step at a time. */
    public static final List<int[]> DOSES = List.of(new int[] {1, 15}, new int[] {2, 15}, new int[] {3, 15},
            new int[] {3, 20}, new int[] {3, 25}, new int[] {3, 30});

    public static final StrengthSession EARLY = new StrengthSession(Kind.EARLY, 0, 0);

    public StrengthSession {
        if (kind == null) {
            throw new IllegalArgumentException("a strength session needs a kind");
        }
        if (kind == Kind.EARLY ? sets != 0 || reps != 0 : doseIndex(sets, reps) < 0) {
            throw new IllegalArgumentException("no strength dose " + sets + "x" + reps);
        }
    }

    public static StrengthSession fredericson(int doseIndex) {
        int[] d = DOSES.get(doseIndex);
        return new StrengthSession(Kind.FREDERICSON, d[0], d[1]);
    }

    /** The dose's place in {@link #DOSES}, or -1. */
    public static int doseIndex(int sets, int reps) {
        for (int i = 0; i < DOSES.size(); i++) {
            if (DOSES.get(i)[0] == sets && DOSES.get(i)[1] == reps) {
                return i;
            }
        }
        return -1;
    }

    public int doseIndex() {
        return kind == Kind.EARLY ? -1 : doseIndex(sets, reps);
    }

    @Override
    public Workout workout() {
        if (kind == Kind.EARLY) {
            return SessionLibrary.builtIn("hip-strength-early").orElseThrow();
        }
        // Slow reps while the sets are short; the full dose at the library's 2 s a rep.
        Duration perRep = Duration.ofSeconds(reps <= 15 ? 3 : 2);
        Duration rest = Duration.ofSeconds(60);
        Duration hold = Duration.ofSeconds(5);
        return new Workout("hip-strength-" + sets + "x" + reps, "", List.of(
                new Section("Abduction", 1, List.of(reps(sets, perRep, rest, "lying hip abduction, left leg"),
                        reps(sets, perRep, rest, "lying hip abduction, right leg"))),
                new Section("Hip hike", 1, List.of(reps(sets, perRep, rest, "standing hip hike, left leg"),
                        reps(sets, perRep, rest, "standing hip hike, right leg"))),
                new Section("Clamshell", 1, List.of(
                        new Step.Reps(1, 15, Duration.ofSeconds(3), rest, Optional.of("clamshell, left leg")),
                        new Step.Reps(1, 15, Duration.ofSeconds(3), rest, Optional.of("clamshell, right leg")))),
                new Section("Holds", 1, List.of(
                        new Step.Hold(10, hold, hold, Optional.of("glute bridge")),
                        new Step.Hold(10, hold, hold, Optional.of("wall isometric, left leg pushes the wall")),
                        new Step.Hold(10, hold, hold, Optional.of("wall isometric, right leg pushes the wall"))))));
    }

    private Step reps(int count, Duration perRep, Duration rest, String note) {
        return new Step.Reps(count, reps, perRep, rest, Optional.of(note));
    }
}
