package run.cadence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import run.cadence.Cadence;
import run.cadence.CadenceException;

class SessionLibraryTest {

    static List<String> names() {
        return SessionLibrary.NAMES;
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyBuiltInSessionParsesCompilesAndHasADescription(String name) {
        Workout w = SessionLibrary.builtIn(name).orElseThrow();
        assertEquals(name, w.name());
        assertFalse(w.description().isEmpty(), name);
        Timeline t = Timeline.compile(w, SessionSettings.withBaseline(new Cadence(164)));
        assertEquals(w.duration(), t.total());
        assertFalse(CuePlan.of(t).cues().isEmpty());
    }

    @Test
    void everyWorkoutFileInTheResourcesIsListedAndEveryNameHasAFile() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/sessions"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".workout"))
                    .map(f -> f.substring(0, f.length() - ".workout".length()))
                    .sorted().collect(Collectors.toList());
            assertEquals(SessionLibrary.NAMES.stream().sorted().collect(Collectors.toList()), onDisk);
        }
    }

    @Test
    void runWalkLaddersAreThirtyMinutesOfFourRepeats() {
        for (String name : List.of("run-walk-1-4", "run-walk-2-3", "run-walk-3-2", "run-walk-4-1")) {
            Workout w = SessionLibrary.builtIn(name).orElseThrow();
            assertEquals(Duration.ofMinutes(30), w.duration(), name);
            Section main = w.sections().get(1);
            assertEquals(4, main.repeats(), name);
            int run = Integer.parseInt(name.substring(9, 10));
            assertEquals(new Step.Run(Duration.ofMinutes(run), CadenceTarget.RUNNER_TARGET, 1, Optional.empty()),
                    main.steps().get(0), name);
            // The name reads run minutes first, like its content: run-walk-2-3 is run 2 min, walk 3 min.
            int walk = Integer.parseInt(name.substring(11, 12));
            assertEquals(Duration.ofMinutes(walk), main.steps().get(1).duration(), name);
            assertTrue(w.description().contains("run " + run + " min, walk " + walk + " min"), w.description());
        }
    }

    @Test
    void ladderContinuesFromFourOneThroughNineOneAndTwentyMinutesToThirtyContinuous() {
        // CLINICAL.md's table: ... 1/4 x4 -> 1/9 x2 -> 20+ min continuous; then the 30 min goal of stage 3.
        List<String> names = SessionLibrary.NAMES;
        assertEquals(List.of("run-walk-4-1", "run-walk-9-1", "continuous-20", "continuous-30"),
                names.subList(names.indexOf("run-walk-4-1"), names.indexOf("continuous-30") + 1));
        Workout nineOne = SessionLibrary.builtIn("run-walk-9-1").orElseThrow();
        assertTrue(nineOne.description().contains("2 x (run 9 min, walk 1 min)"), nineOne.description());
        assertEquals(Duration.ofMinutes(30), nineOne.duration());
        Section main = nineOne.sections().get(1);
        assertEquals(2, main.repeats());
        assertEquals(List.of(
                new Step.Run(Duration.ofMinutes(9), CadenceTarget.RUNNER_TARGET, 1, Optional.empty()),
                new Step.Walk(Duration.ofMinutes(1), CadenceTarget.WALK_CADENCE, 1, Optional.empty())), main.steps());
        Workout twenty = SessionLibrary.builtIn("continuous-20").orElseThrow();
        assertEquals(Duration.ofMinutes(30), twenty.duration());
        Section run = twenty.sections().get(1);
        assertEquals(1, run.repeats());
        assertEquals(1, run.steps().size());
        assertTrue(run.steps().get(0) instanceof Step.Run);
        assertEquals(Duration.ofMinutes(20), run.steps().get(0).duration());
        for (Workout w : List.of(nineOne, twenty)) {
            // Warm-up and cool-down walks, like the rest of the ladder.
            assertEquals(3, w.sections().size(), w.name());
            for (Section walk : List.of(w.sections().get(0), w.sections().get(2))) {
                assertEquals(List.of(new Step.Walk(Duration.ofMinutes(5), CadenceTarget.WALK_CADENCE, 1, Optional.empty())),
                        walk.steps(), w.name());
            }
        }
    }

    @Test
    void uphillWalksHoldThirtyAndFortyFiveMinutesUphill() {
        // CLINICAL.md: build uphill walking to 30-45 min; a flat 5 min either side.
        Workout thirty = SessionLibrary.builtIn("uphill-walk-30").orElseThrow();
        Workout fortyFive = SessionLibrary.builtIn("uphill-walk-45").orElseThrow();
        assertEquals(Duration.ofMinutes(30), thirty.sections().get(1).duration());
        assertEquals(Duration.ofMinutes(45), fortyFive.sections().get(1).duration());
        assertEquals(Duration.ofMinutes(40), thirty.duration());
        assertEquals(Duration.ofMinutes(55), fortyFive.duration());
    }

    @Test
    void deepWaterPyramidClimbsFromOneToFiveMinutesAndBackWithThirtySecondsEasy() {
        Workout w = SessionLibrary.builtIn("deep-water-pyramid").orElseThrow();
        List<Long> hard = w.sections().get(1).steps().stream()
                .filter(s -> s instanceof Step.Effort e && e.level() == PerceivedEffort.HARD)
                .map(s -> s.duration().toSeconds()).collect(Collectors.toList());
        assertEquals(List.of(60L, 90L, 120L, 150L, 180L, 210L, 240L, 270L, 300L, 270L, 240L, 210L, 180L, 150L, 120L,
                90L, 60L), hard);
        assertTrue(w.sections().get(1).steps().stream().filter(s -> s instanceof Step.Effort e
                && e.level() == PerceivedEffort.EASY).allMatch(s -> s.duration().equals(Duration.ofSeconds(30))));
        assertEquals(Duration.ofMinutes(10), w.sections().get(0).duration());
        assertEquals(Duration.ofMinutes(10), w.sections().get(2).duration());
    }

    @Test
    void deepWaterBungeeSessionsHaveTheirRoundsAndDoses() {
        assertEquals(10, SessionLibrary.builtIn("deep-water-springboard").orElseThrow().sections().get(1).repeats());
        assertEquals(4, SessionLibrary.builtIn("deep-water-race-simulation").orElseThrow().sections().get(1)
                .repeats());
        Section lactic = SessionLibrary.builtIn("deep-water-lactic-acid").orElseThrow().sections().get(1);
        assertEquals(12, lactic.repeats());
        assertEquals(List.of(
                new Step.Effort(PerceivedEffort.EASY, Duration.ofSeconds(90), CadenceTarget.NONE, 1, Optional.empty()),
                new Step.Effort(PerceivedEffort.SPRINT, Duration.ofMinutes(2), CadenceTarget.NONE, 1, Optional.empty()),
                new Step.Rest(Duration.ofSeconds(90), Optional.empty())), lactic.steps());
    }

    @Test
    void fredericsonProgramBuildsFromOneByFifteenToThreeByThirty() {
        Step start = SessionLibrary.builtIn("hip-strength-start").orElseThrow().sections().get(0).steps().get(0);
        Step full = SessionLibrary.builtIn("hip-strength-full").orElseThrow().sections().get(0).steps().get(0);
        assertEquals(1, ((Step.Reps) start).sets());
        assertEquals(15, ((Step.Reps) start).reps());
        assertEquals(3, ((Step.Reps) full).sets());
        assertEquals(30, ((Step.Reps) full).reps());
        Step bridge = SessionLibrary.builtIn("hip-strength-start").orElseThrow().sections().get(3).steps().get(0);
        assertEquals(new Step.Hold(10, Duration.ofSeconds(5), Duration.ofSeconds(5), Optional.of("glute bridge")),
                bridge);
    }

    @Test
    void unknownNameSuggestsTheClosest() {
        UnknownSession e = assertThrows(UnknownSession.class, () -> SessionLibrary.find("runwalk-2-3"));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals("runwalk-2-3", e.typed());
        assertEquals(Optional.of("run-walk-2-3"), e.closest());
        assertEquals(Optional.of("strides"), SessionLibrary.closest("stride"));
        assertEquals(Optional.empty(), SessionLibrary.closest("marathon"));
        assertEquals(Optional.empty(),
                assertThrows(UnknownSession.class, () -> SessionLibrary.find("marathon")).closest());
    }

    @Test
    void findReadsAWorkoutFileNamedAfterTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hills.workout");
        Files.writeString(file, "# my hills\n- 10m run 170spm\n", StandardCharsets.UTF_8);
        Workout w = SessionLibrary.find(file.toString());
        assertEquals("hills", w.name());
        assertEquals("my hills", w.description());
    }

    @Test
    void fileErrorsNameTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.workout");
        Files.writeString(file, "Main\n- 1m run 5x\n", StandardCharsets.UTF_8);
        WorkoutSyntaxException e = assertThrows(WorkoutSyntaxException.class, () -> SessionLibrary.find(file.toString()));
        assertTrue(e.getMessage().startsWith(file + ":2:10: "), e.getMessage());
        Path missing = dir.resolve("missing.workout");
        assertEquals("cannot read workout file '" + missing + "': no such file",
                assertThrows(CadenceException.class, () -> SessionLibrary.find(missing.toString())).getMessage());
        assertEquals("cannot read workout file '" + dir + "': it is a directory",
                assertThrows(CadenceException.class, () -> SessionLibrary.find(dir.toString())).getMessage());
        Path binary = dir.resolve("binary.workout");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertEquals("cannot read workout file '" + binary + "': it is not UTF-8 text",
                assertThrows(CadenceException.class, () -> SessionLibrary.find(binary.toString())).getMessage());
    }

    @Test
    void anEmptyNameIsNotTakenForTheCurrentDirectory() {
        for (String blank : List.of("", "  ")) {
            UnknownSession e = assertThrows(UnknownSession.class, () -> SessionLibrary.find(blank));
            assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
            assertEquals(blank, e.typed());
        }
    }

    @Test
    void levenshteinDistance() {
        assertEquals(0, SessionLibrary.distance("abc", "abc"));
        assertEquals(1, SessionLibrary.distance("walkrun", "walk-run"));
        assertEquals(3, SessionLibrary.distance("kitten", "sitting"));
    }
}
