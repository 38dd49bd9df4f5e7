package run.cadence.watch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.cadence.session.Section;
import run.cadence.session.SessionLibrary;
import run.cadence.session.Step;
import run.cadence.session.Workout;

/** Step notes shortened so their meaning survives 49 bytes: the side first, words a runner knows, then a cut. */
class WatchNotesTest {

    /**
     * Cut to 49 bytes, hip-strength-early's two split squats were both "slow rear-foot-elevated split squat; rest
     * 45s" and a wall isometric "right leg pushes the; rest 5s". In every built-in session, two different steps never
     * read the same on the watch, and every "left" or "right" of a note is still there.
     */
    @Test
    void noTwoDifferentStepsOfABuiltInSessionReadTheSameAndEverySideSurvives() {
        for (String name : SessionLibrary.NAMES) {
            Workout workout = SessionLibrary.builtIn(name).orElseThrow();
            WatchWorkout watch = ToWatch.of(workout, FitWorkoutRoundTripTest.RUNNER);
            List<WatchStep> steps = watch.steps().stream().filter(s -> !(s instanceof WatchStep.Repeat)).toList();
            List<Step> original = new ArrayList<>();
            for (Section s : workout.sections()) {
                original.addAll(s.steps());
            }
            Map<String, Step> seen = new HashMap<>();
            for (int i = 0; i < steps.size(); i++) {
                // What the watch shows of a step: its name, its notes and (a timed step) its time.
                String shown = steps.get(i).name() + " | " + notes(steps.get(i)) + (steps.get(i) instanceof
                        WatchStep.Timed t ? " | " + t.length() : "");
                Step before = seen.putIfAbsent(shown, original.get(i));
                assertTrue(before == null || sameStep(before, original.get(i)), name + ": '" + shown + "' is both "
                        + before + " and " + original.get(i));
                String note = original.get(i).note().orElse("").toLowerCase(Locale.ROOT);
                for (String side : new String[] {"left", "right"}) {
                    assertTrue(!note.matches(".*\\b" + side + "\\b.*")
                            || notes(steps.get(i)).toLowerCase(Locale.ROOT).contains(side),
                            name + ": '" + notes(steps.get(i)) + "' lost '" + side + "' of '" + note + "'");
                }
            }
        }
    }

    private static String notes(WatchStep s) {
        return s instanceof WatchStep.Open o ? o.notes() : s instanceof WatchStep.Timed t ? t.notes() : "";
    }

    /** The same step written twice (a repeated section's steps, a walk in the warm-up and the cool-down). */
    private static boolean sameStep(Step a, Step b) {
        return a.equals(b) || a.getClass() == b.getClass() && a.duration().equals(b.duration())
                && a.note().equals(b.note());
    }

    @Test
    void theSideComesFirstWhereTheWholeNoteDoesNotFit() {
        assertEquals("Left leg fwd: slow Bulgarian split squat; r45s", WatchNotes.strength(
                "slow rear-foot-elevated split squat, left leg forward", Duration.ofSeconds(45),
                WatchNotes.levelFor("slow rear-foot-elevated split squat, right leg forward", Duration.ofSeconds(45))));
        assertEquals("Right leg pushes the wall: wall isometric; r5s", WatchNotes.strength(
                "wall isometric, right leg pushes the wall", Duration.ofSeconds(5),
                WatchNotes.levelFor("wall isometric, right leg pushes the wall", Duration.ofSeconds(5))));
        assertEquals("glute bridge; rest 5s", WatchNotes.strength("glute bridge", Duration.ofSeconds(5),
                WatchNotes.levelFor("glute bridge", Duration.ofSeconds(5))), "what fits is kept whole");
    }

    @Test
    void thePlannersTreadmillNoteKeepsItsMeaning() {
        assertEquals("treadmill incline 4-6%, no downhill going home", WatchNotes.shorten(
                "treadmill incline 4 to 6 percent, no downhill on the way home", 49),
                "it was cut to 'treadmill incline 4 to 6 percent, no downhill on'");
    }

    @Test
    void thePlannersStopRuleKeepsItsLimp() {
        assertEquals("Stop and walk if pain is over 3/10, or you limp", WatchNotes.shorten(
                run.cadence.plan.PlannedSession.STOP_RULE, 49), "it was cut to '... above 3 out of 10, or'");
    }

    @Test
    void bothRestFormsReadBack() {
        assertArrayEquals(new String[] {"Left leg fwd: slow Bulgarian split squat", "45s"},
                WatchNotes.exerciseAndRest("Left leg fwd: slow Bulgarian split squat; r45s"));
        assertArrayEquals(new String[] {"glute bridge", "5s"}, WatchNotes.exerciseAndRest("glute bridge; rest 5s"));
        assertArrayEquals(new String[] {"", "1m40"}, WatchNotes.exerciseAndRest("rest 1m40"));
        assertArrayEquals(new String[] {"run; relax", null}, WatchNotes.exerciseAndRest("run; relax"),
                "'; r' with no time after it is no rest");
    }
}
