package run.cadence.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.cadence.Cadence;
import run.cadence.plan.EntryCheck;
import run.cadence.plan.History;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.Planner;
import run.cadence.plan.Profile;
import run.cadence.session.SessionLibrary;
import run.cadence.session.SessionSettings;
import run.cadence.session.Workout;
import run.cadence.session.WorkoutParser;

/** Workout names that tell sessions apart and describe the main work; descriptions that say the runs truthfully. */
class WatchNamesTest {
    private static final SessionSettings RUNNER = FitWorkoutRoundTripTest.RUNNER;

    /** The reviewer's mixed workout: a warm-up ramp, a 5x main set, a 3x hill set, strength. */
    private static final Workout MIXED = WorkoutParser.parse("a.workout", "a", "# Mixed: repeats, ramp, silent\n"
            + "Warmup\n- 5m walk\n- 3m run 166-172spm \"build up\"\nMain set 5x\n- 90s run +5% click 50%\n"
            + "- 30s run silent\n- 1m walk\nHills 3x\n- 45s run 176spm\n- 2m15s walk 125spm\nStrength\n"
            + "- 10x hold 5s rest 5s \"glute bridge\"\nCooldown\n- 5m walk\n");

    private static WatchWorkout watch(Workout w) {
        return ToWatch.of(w, RUNNER);
    }

    @Test
    void aMixedWorkoutIsNamedAfterItsMainSetWithItsOtherWorkMarked() {
        assertEquals("R2:W1 x5+3x45s", watch(MIXED).name(), "the 5x main set, not the 3x hills it was named after");
    }

    @Test
    void theDescriptionNamesEveryDistinctRunTargetAndTheWarmUpRampAsARamp() {
        assertEquals("a: Mixed: repeats, ramp, silent (runs 166-172 spm ramp, alert outside 162-176 spm; 172 spm,"
                + " alert outside 168-176 spm; 176 spm, alert outside 172-180 spm)", watch(MIXED).description(),
                "it said 'runs 169 spm', the middle of the warm-up's ramp");
    }

    @Test
    void runsAtTwoTargetsAreNotNamedAfterTheFirst() {
        WatchWorkout w = watch(WorkoutParser.parse("b", "b", "Main 2x\n- 1m run baseline\n- 1m run 190spm\n"
                + "- 30s rest\n"));
        assertEquals("Run 4m 164/190", w.name(), "it was 'Run 4m 164'");
        assertTrue(w.description().endsWith("(runs 164 spm, alert outside 160-168 spm; 190 spm, alert outside"
                + " 186-194 spm)"), w.description());
    }

    @Test
    void continuousRunsSayTheirTerrainAndTheirStridesOrIntervals() {
        Workout flat = WorkoutParser.parse("p", "Stage 4: 30 min continuous run, flat", "Main set\n- 30m run +5%\n");
        Workout hills = WorkoutParser.parse("p", "Stage 5: 30 min continuous run, rolling hills",
                "Main set\n- 30m run +5%\n");
        Workout strides = WorkoutParser.parse("p", "Stage 6: 30 min continuous run, rolling hills, then 4 strides",
                "Main set\n- 30m run +5%\nMain set 4x\n- 20s hard \"stride\"\n- 1m40s walk\n");
        Workout intervals = WorkoutParser.parse("p", "Stage 6: 30 min continuous run, rolling hills, then 5 x 1 min"
                + " faster", "Main set\n- 30m run +5%\nMain set 5x\n- 1m hard\n- 2m walk\n");
        assertEquals(List.of("Run 30m 172", "Hills 30m 172", "Hills 30m+4x20s", "Hills 30m+5x1m"),
                List.of(watch(flat).name(), watch(hills).name(), watch(strides).name(), watch(intervals).name()),
                "all four were 'Run 30m 172'");
    }

    @Test
    void uphillWalkRunsSayUp() {
        assertEquals("Up R1:W3 x6 172", watch(SessionLibrary.builtIn("uphill-walk-jog").orElseThrow()).name());
        assertEquals("R2:W3 x4 172", watch(SessionLibrary.builtIn("run-walk-2-3").orElseThrow()).name());
        assertEquals("Hills 20m 172", watch(SessionLibrary.builtIn("rolling-hills").orElseThrow()).name());
    }

    /**
     * Every session the planner can give, for a runner who passes the entry checks and whose pain stays at 0: two
     * with the same watch name are the same workout on the watch. And every built-in session has its own name.
     */
    @Test
    void sessionsWithTheSameNameAreTheSameWorkout() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        Profile runner = Profile.startingWith(new Cadence(164), "test").withChecks(EntryCheck.PASSED,
                EntryCheck.PASSED, today);
        SessionSettings settings = new SessionSettings(Optional.of(runner.baseline()), runner.increase(),
                Optional.empty());
        Map<String, List<WatchStep>> byName = new HashMap<>();
        List<PlanDecision> plan = new Planner().preview(runner, History.EMPTY, today, 200);
        for (PlanDecision d : plan) {
            WatchWorkout w = ToWatch.of(d.session().workout(), settings);
            List<WatchStep> before = byName.putIfAbsent(w.name(), w.steps());
            assertTrue(before == null || before.equals(w.steps()), w.name() + " names two workouts: "
                    + d.session());
        }
        assertTrue(byName.size() >= 15, "the program has many different sessions: " + byName.keySet());
        Map<String, String> builtIn = new HashMap<>();
        for (String name : SessionLibrary.NAMES) {
            String watchName = watch(SessionLibrary.builtIn(name).orElseThrow()).name();
            String before = builtIn.putIfAbsent(watchName, name);
            assertEquals(null, before, watchName + " names both " + before + " and " + name);
        }
    }

    @Test
    void thePlannersTitleIsSaidOnce() {
        Workout planned = WorkoutParser.parse("planned session", "Stage 1: uphill treadmill walk 20 min",
                "# Stage 1: uphill treadmill walk 20 min\nWarmup\n- 5m walk\nMain set\n- 20m walk\n");
        assertEquals("Stage 1: uphill treadmill walk 20 min", watch(planned).description(),
                "it was 'Stage 1: uphill treadmill walk 20 min: Stage 1: uphill treadmill walk 20 min'");
    }

    /**
     * A title of 210 bytes or more made wkt_description longer than a FIT string may be (254 bytes) and the export
     * crashed. The title is cut after a whole word, never inside a character, and the runs' targets stay whole.
     */
    @Test
    void aLongTitleIsCutAtAWordSoTheDescriptionFitsAndKeepsItsTargets() {
        String title = "Séance très longue " + "avec des côtes et des foulées ".repeat(12);
        WatchWorkout w = watch(WorkoutParser.parse("t", "t", "# " + title + "\nMain set 6x\n- 1m run +5%\n"
                + "- 4m walk\n"));
        byte[] bytes = w.description().getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length <= 254, bytes.length + " bytes");
        assertEquals(w.description(), new String(bytes, StandardCharsets.UTF_8), "no character is split");
        assertTrue(w.description().endsWith("foulées... (runs 172 spm, alert outside 168-176 spm)")
                || w.description().matches("t: Séance très longue .*\\p{L}\\.\\.\\. \\(runs 172 spm, alert outside"
                + " 168-176 spm\\)"), w.description());
        FitWorkoutFile.encode(w, "t.fit", FitWorkoutRoundTripTest.CREATED);
    }
}
