package run.cadence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import run.cadence.Cadence;

class WorkoutWriterTest {

    @Test
    void writesTheFormatRunnersRead() {
        Workout w = WorkoutParser.parse("w", "w", "# Flat walk-run\nWarmup\n- 5m walk\nMain set 4x\n"
                + "- 2m run +7.5% click 50% \"relaxed\"\n- 1m30s walk 125spm\nGym\n- 3x15 reps 3s \"clamshell\"\n"
                + "- 10x hold 5s \"glute bridge\"\n- 10m easy 166-172.5spm\n");
        assertEquals("# Flat walk-run\nWarmup\n- 5m walk\nMain set 4x\n- 2m run +7.5% click 50% \"relaxed\"\n"
                + "- 1m30s walk 125spm\nGym\n- 3x15 reps 3s rest 1m \"clamshell\"\n"
                + "- 10x hold 5s rest 5s \"glute bridge\"\n- 10m easy 166-172.5spm\n", WorkoutWriter.write(w));
    }

    @Test
    void anExplicitSilentWalkStaysDistinctFromAnUnwrittenOne() {
        Workout w = WorkoutParser.parse("w", "w", "- 5m walk\n- 5m walk silent\n");
        assertEquals(CadenceTarget.WALK_CADENCE, ((Step.Walk) w.sections().get(0).steps().get(0)).cadence());
        assertEquals(CadenceTarget.NONE, ((Step.Walk) w.sections().get(0).steps().get(1)).cadence());
        assertEquals("- 5m walk\n- 5m walk silent\n", WorkoutWriter.write(w));
    }

    @Test
    void unnamedSectionsAndCountLikeNamesSurvive() {
        Step walk = new Step.Walk(Duration.ofMinutes(1), null, 1, Optional.empty());
        Workout w = new Workout("w", "", List.of(new Section("", 1, List.of(walk)), new Section("", 1, List.of(walk)),
                new Section("Round 2x", 1, List.of(walk)), new Section("", 3, List.of(walk))));
        String text = WorkoutWriter.write(w);
        assertEquals("- 1m walk\n1x\n- 1m walk\nRound 2x 1x\n- 1m walk\n3x\n- 1m walk\n", text);
    }

    @Test
    void refusesWhatTheFormatCannotCarry() {
        Step quoted = new Step.Rest(Duration.ofMinutes(1), Optional.of("say \"hi\""));
        assertEquals("note 'say \"hi\"' cannot be written: it contains '\"'", assertThrows(
                IllegalArgumentException.class, () -> WorkoutWriter.write(new Workout("w", "",
                        List.of(new Section("", 1, List.of(quoted)))))).getMessage());
        Step walk = new Step.Walk(Duration.ofMinutes(1), null, 1, Optional.empty());
        assertThrows(IllegalArgumentException.class, () -> WorkoutWriter.write(new Workout("w", "",
                List.of(new Section("5m walk", 1, List.of(walk))))));
        assertThrows(IllegalArgumentException.class, () -> WorkoutWriter.write(new Workout("w", "two\nlines",
                List.of(new Section("", 1, List.of(walk))))));
        assertThrows(IllegalArgumentException.class, () -> WorkoutWriter.write(new Workout("w", "",
                List.of(new Section("Main", 1, List.of(new Step.Walk(Duration.ofNanos(1_000_000_001L), null, 1,
                        Optional.empty())))))));
    }

    @Property(tries = 500)
    void whatIsWrittenParsesBackToAnEqualWorkout(@ForAll("workouts") Workout workout) {
        String text = WorkoutWriter.write(workout);
        assertEquals(workout, WorkoutParser.parse("round-trip", workout.name(), text), text);
        assertTrue(text.endsWith("\n"));
    }

    @Provide
    Arbitrary<Workout> workouts() {
        Arbitrary<Section> section = Combinators.combine(
                Arbitraries.of("", "Warmup", "Main set", "Cooldown", "Hip work", "Round 2x"),
                Arbitraries.integers().between(1, 4),
                steps().list().ofMinSize(1).ofMaxSize(4))
                .as(Section::new);
        Arbitrary<List<Section>> sections = section.list().ofMinSize(1).ofMaxSize(4).filter(list -> list.stream()
                .map(Section::duration).reduce(Duration.ZERO, Duration::plus).compareTo(Workout.MAX_DURATION) <= 0);
        return Combinators.combine(Arbitraries.of("", "Flat walk-run", "a # in a description"), sections)
                .as((description, list) -> new Workout("w", description, list));
    }

    private Arbitrary<Step> steps() {
        Arbitrary<Duration> length = Arbitraries.longs().between(1_000, 1_200_000).map(Duration::ofMillis);
        Arbitrary<Duration> shortLength = Arbitraries.longs().between(1_000, 30_000).map(Duration::ofMillis);
        Arbitrary<Cadence> cadence = Arbitraries.integers().between(4_000, 25_000).map(c -> new Cadence(c / 100.0));
        Arbitrary<CadenceTarget> target = Arbitraries.oneOf(
                Arbitraries.just(CadenceTarget.NONE),
                Arbitraries.just(CadenceTarget.RUNNER_TARGET),
                cadence.map(CadenceTarget.Fixed::new),
                Arbitraries.integers().between(-2000, 2000).map(p -> new CadenceTarget.Relative(p / 100.0)),
                Combinators.combine(cadence, cadence).filter((a, b) -> !a.equals(b)).as(CadenceTarget.Ramp::new));
        Arbitrary<Double> share = Arbitraries.oneOf(Arbitraries.just(1.0),
                Arbitraries.integers().between(1, 9999).map(p -> p / 100.0 / 100.0));
        Arbitrary<Optional<String>> note = Arbitraries.of(Optional.empty(), Optional.of("uphill 6 percent"),
                Optional.of("glute bridge # left"), Optional.of("-5m walk"));
        Arbitrary<PerceivedEffort> intensity = Arbitraries.of(PerceivedEffort.class);
        return Arbitraries.oneOf(
                Combinators.combine(length, target, share, note)
                        .filter((l, t, sh, n) -> sh == 1 || t != CadenceTarget.NONE).as(Step.Run::new),
                Combinators.combine(length, target.filter(t -> t != CadenceTarget.NONE), share, note)
                        .as(Step.Walk::new),
                Combinators.combine(length, target, note).as((l, t, n) -> new Step.Walk(l, t, 1, n)),
                Combinators.combine(length, note).as((l, n) -> new Step.Walk(l, CadenceTarget.WALK_CADENCE, 1, n)),
                Combinators.combine(intensity, length, target, note).as((i, l, t, n) -> new Step.Effort(i, l, t, 1, n)),
                Combinators.combine(length, note).as(Step.Rest::new),
                Combinators.combine(Arbitraries.integers().between(1, 12), shortLength, shortLength, note)
                        .as(Step.Hold::new),
                Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 30),
                        shortLength, length, note).as(Step.Reps::new));
    }
}
