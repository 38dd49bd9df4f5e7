package run.cadence.watch;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;
import run.cadence.session.CadenceTarget;
import run.cadence.session.Intensity;
import run.cadence.session.Section;
import run.cadence.session.SessionSettings;
import run.cadence.session.Step;
import run.cadence.session.Workout;

/** Random workouts of every step kind and cadence form, and runners to play them, for the round-trip properties. */
final class RandomWorkouts {
    private RandomWorkouts() {}

    static Arbitrary<SessionSettings> settings() {
        Arbitrary<Cadence> baseline = Arbitraries.integers().between(1400, 1900).map(c -> new Cadence(c / 10.0));
        Arbitrary<CadenceIncrease> increase = Arbitraries.of(CadenceIncrease.DEFAULT,
                new CadenceIncrease.Percent(7.5), new CadenceIncrease.Absolute(8));
        Arbitrary<Optional<Cadence>> walk = Arbitraries.of(Optional.empty(), Optional.of(new Cadence(122)));
        return Combinators.combine(baseline, increase, walk).as((b, i, w) -> new SessionSettings(Optional.of(b), i, w));
    }

    static Arbitrary<Workout> workouts() {
        Arbitrary<Section> section = Combinators.combine(
                Arbitraries.of("", "Warmup", "Main set", "Cooldown", "Hip work", "A section name over fifteen bytes"),
                Arbitraries.integers().between(1, 6),
                steps().list().ofMinSize(1).ofMaxSize(4))
                .as(Section::new);
        Arbitrary<List<Section>> sections = section.list().ofMinSize(1).ofMaxSize(4).filter(list -> list.stream()
                .map(Section::duration).reduce(Duration.ZERO, Duration::plus).compareTo(Workout.MAX_DURATION) <= 0);
        return Combinators.combine(Arbitraries.of("", "Flat walk-run"), sections)
                .as((description, list) -> new Workout("random-workout", description, list));
    }

    private static Arbitrary<Step> steps() {
        Arbitrary<Duration> length = Arbitraries.longs().between(1_000, 1_200_000).map(Duration::ofMillis);
        Arbitrary<Duration> shortLength = Arbitraries.longs().between(1, 120).map(Duration::ofSeconds);
        Arbitrary<Cadence> cadence = Arbitraries.integers().between(4_000, 25_000).map(c -> new Cadence(c / 100.0));
        Arbitrary<CadenceTarget> target = Arbitraries.oneOf(
                Arbitraries.just(CadenceTarget.NONE),
                Arbitraries.just(CadenceTarget.RUNNER_TARGET),
                cadence.map(CadenceTarget.Fixed::new),
                Arbitraries.integers().between(-1000, 1000).map(p -> new CadenceTarget.Relative(p / 100.0)),
                Combinators.combine(cadence, cadence).filter((a, b) -> !a.equals(b)).as(CadenceTarget.Ramp::new));
        Arbitrary<Double> share = Arbitraries.of(1.0, 0.75, 0.5, 0.25);
        Arbitrary<Optional<String>> note = Arbitraries.oneOf(
                Arbitraries.of(Optional.empty(), Optional.of("uphill 6 percent"), Optional.of("glute bridge; rest 3s"),
                        Optional.of("genou gauche, côté extérieur — doucement, sans douleur, et encore plus loin")),
                Arbitraries.strings().withChars("abcdef ,;éß").ofMinLength(1).ofMaxLength(100).map(String::strip)
                        .filter(s -> !s.isEmpty()).map(Optional::of));
        Arbitrary<Intensity> intensity = Arbitraries.of(Intensity.class);
        return Arbitraries.oneOf(
                Combinators.combine(length, target, share, note)
                        .filter((l, t, sh, n) -> sh == 1 || t != CadenceTarget.NONE).as(Step.Run::new),
                Combinators.combine(length, target.filter(t -> t != CadenceTarget.NONE), share, note)
                        .as(Step.Walk::new),
                Combinators.combine(length, note).as((l, n) -> new Step.Walk(l, CadenceTarget.WALK_CADENCE, 1, n)),
                Combinators.combine(length, note).as((l, n) -> new Step.Walk(l, CadenceTarget.NONE, 1, n)),
                Combinators.combine(intensity, length, target, note).as((i, l, t, n) -> new Step.Effort(i, l, t, 1, n)),
                Combinators.combine(length, note).as(Step.Rest::new),
                Combinators.combine(Arbitraries.integers().between(1, 100), shortLength, shortLength, note)
                        .as(Step.Hold::new),
                Combinators.combine(Arbitraries.integers().between(1, 10), Arbitraries.integers().between(1, 100),
                        shortLength, shortLength, note).as(Step.Reps::new));
    }
}
