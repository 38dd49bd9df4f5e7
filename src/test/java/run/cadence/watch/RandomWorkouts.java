package run.cadence.watch;

import java.time.Duration;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;
import run.cadence.session.SessionSettings;
import run.cadence.session.Workout;
import run.cadence.session.WorkoutParser;

/**
 * Random workouts as a coach would write them, in the workout format, every step kind and cadence form, read by
 * the project's own parser; and runners to play them.
 */
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
        Arbitrary<String> header = Combinators.combine(
                Arbitraries.of("Warmup", "Main set", "Cooldown", "Hip work", "A section name over fifteen bytes"),
                Arbitraries.integers().between(1, 6)).as((name, n) -> name + (n > 1 ? " " + n + "x" : ""));
        Arbitrary<String> section = Combinators.combine(header, stepLine().list().ofMinSize(1).ofMaxSize(4))
                .as((h, steps) -> h + "\n" + String.join("", steps));
        return Combinators.combine(Arbitraries.of("", "# Flat walk-run\n"), section.list().ofMinSize(1).ofMaxSize(4))
                .as((description, sections) -> description + String.join("", sections))
                .map(RandomWorkouts::parseUnlessTooLong)
                .filter(java.util.Objects::nonNull);
    }

    /** The parsed workout, or null when it runs over the format's 6 hours; any other refusal is a bug here. */
    private static Workout parseUnlessTooLong(String text) {
        try {
            return WorkoutParser.parse("random", "random-workout", text);
        } catch (run.cadence.session.WorkoutSyntaxException e) {
            if (e.getMessage().contains("hour limit")) {
                return null;
            }
            throw e;
        }
    }

    /** "- 2m30s run +5% click 50% "relaxed"", "- 10x hold 5s rest 5s "glute bridge"", ... */
    private static Arbitrary<String> stepLine() {
        Arbitrary<String> timed = Combinators.combine(duration(1, 1200), Arbitraries.of("run", "walk", "easy", "medium",
                "hard", "sprint"), cadence(), click(), note())
                // A faded click needs a cadence written on the step, as the format requires.
                .filter((d, kind, cadence, click, note) -> click.isEmpty() || !cadence.isEmpty()
                        && !cadence.equals(" silent"))
                .as((d, kind, cadence, click, note) -> "- " + d + " " + kind + cadence + click + note + "\n");
        Arbitrary<String> rest = Combinators.combine(duration(1, 600), note()).as((d, note) -> "- " + d + " rest" + note
                + "\n");
        Arbitrary<String> hold = Combinators.combine(Arbitraries.integers().between(1, 100), duration(1, 120),
                duration(1, 120), note()).as((n, h, r, note) -> "- " + n + "x hold " + h + " rest " + r + note + "\n");
        Arbitrary<String> reps = Combinators.combine(Arbitraries.integers().between(1, 10),
                Arbitraries.integers().between(1, 100), duration(1, 10), duration(1, 180), note())
                .as((sets, n, per, r, note) -> "- " + sets + "x" + n + " reps " + per + " rest " + r + note + "\n");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, timed), net.jqwik.api.Tuple.of(1, rest),
                net.jqwik.api.Tuple.of(1, hold), net.jqwik.api.Tuple.of(1, reps));
    }

    /** A duration in the format's words, whole seconds or milliseconds: "45s", "2m", "1m30s", "2.125s". */
    private static Arbitrary<String> duration(int minSeconds, int maxSeconds) {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(minSeconds, maxSeconds).map(s -> s % 60 == 0 ? s / 60 + "m"
                        : s > 60 ? s / 60 + "m" + s % 60 + "s" : s + "s"),
                Arbitraries.integers().between(minSeconds * 1000, maxSeconds * 1000).map(ms -> Duration.ofMillis(ms))
                        .map(d -> d.toMillis() / 1000 + "." + String.format("%03d", d.toMillis() % 1000) + "s"));
    }

    /** " 172spm", " 166-172.5spm", " +5%", " baseline", " target", " silent", or nothing (the kind's default). */
    private static Arbitrary<String> cadence() {
        Arbitrary<String> spm = Arbitraries.integers().between(4000, 25000).map(c -> c % 100 == 0 ? c / 100 + ""
                : c / 100 + "." + String.format("%02d", c % 100));
        return Arbitraries.oneOf(Arbitraries.of("", " silent", " target", " baseline"),
                spm.map(s -> " " + s + "spm"),
                Combinators.combine(spm, spm).filter((a, b) -> !a.equals(b)).as((a, b) -> " " + a + "-" + b + "spm"),
                Arbitraries.integers().between(-1000, 1000).filter(p -> p != 0)
                        .map(p -> " " + (p > 0 ? "+" : "-") + Math.abs(p) / 100 + "." + String.format("%02d", Math.abs(p) % 100) + "%"));
    }

    private static Arbitrary<String> click() {
        return Arbitraries.of("", "", " click 50%", " click 25%");
    }

    /** Notes of every length up to the format's 100 characters, some with bytes beyond ASCII. */
    private static Arbitrary<String> note() {
        return Arbitraries.oneOf(Arbitraries.of("", " \"uphill 6 percent\"", " \"glute bridge; rest 3s\"",
                        " \"genou gauche, côté extérieur — doucement, sans douleur, et encore plus loin\""),
                Arbitraries.strings().withChars("abcdef ,;éß").ofMinLength(1).ofMaxLength(100).map(String::strip)
                        .filter(s -> !s.isEmpty()).map(s -> " \"" + s + "\""));
    }
}
