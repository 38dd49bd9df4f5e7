package run.cadence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import run.cadence.Cadence;
import run.cadence.CadenceException;

class WorkoutParserTest {

    private static Workout parse(String text) {
        return WorkoutParser.parse("morning.workout", "morning", text);
    }

    private static WorkoutSyntaxException error(String text) {
        return assertThrows(WorkoutSyntaxException.class, () -> parse(text));
    }

    private static Step onlyStep(String line) {
        Workout w = parse(line);
        assertEquals(1, w.sections().size());
        assertEquals(1, w.sections().get(0).steps().size());
        return w.sections().get(0).steps().get(0);
    }

    @Test
    void issueExampleParsesIntoSectionsRepeatsAndSteps() {
        Workout w = parse("Warmup\n- 5m walk\nMain set 6x\n- 1m run +5%\n- 4m walk\nCooldown\n- 5m walk\n");
        assertEquals("morning", w.name());
        assertEquals(List.of("Warmup", "Main set", "Cooldown"), w.sections().stream().map(Section::name).toList());
        assertEquals(List.of(1, 6, 1), w.sections().stream().map(Section::repeats).toList());
        Section main = w.sections().get(1);
        assertEquals(new Step.Run(Duration.ofMinutes(1), new CadenceTarget.Relative(5), 1, Optional.empty()),
                main.steps().get(0));
        assertEquals(new Step.Walk(Duration.ofMinutes(4), CadenceTarget.WALK_CADENCE, 1, Optional.empty()),
                main.steps().get(1));
        assertEquals(Duration.ofMinutes(40), w.duration());
    }

    @Test
    void firstCommentIsTheDescriptionAndOtherCommentsAreIgnored() {
        Workout w = parse("# Flat walk-run\n# not the description\nMain 2x # two rounds\n- 1m run # go\n\n");
        assertEquals("Flat walk-run", w.description());
        assertEquals("Main", w.sections().get(0).name());
        assertEquals(2, w.sections().get(0).repeats());
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreRead() {
        Workout w = parse("\uFEFF# desc\r\nMain 2x\r\n- 1m run\r\n");
        assertEquals("desc", w.description());
        assertEquals(Duration.ofMinutes(2), w.duration());
        assertEquals("morning.workout:2:10: expected a cadence (172spm, +5%, baseline, target, 166-172spm, silent), "
                + "'click 50%' or a \"note\", found '5x'", error("Main\r\n- 1m run 5x\r\n").getMessage());
    }

    @Test
    void silentRunHasNoMetronome() {
        assertEquals(CadenceTarget.NONE, ((Step.Run) onlyStep("- 10m run silent")).cadence());
    }

    @Test
    void stepsBeforeAnyHeaderFormAnUnnamedSection() {
        Workout w = parse("- 10m walk\n");
        assertEquals("", w.sections().get(0).name());
        assertEquals(Duration.ofMinutes(10), w.duration());
    }

    @Test
    void cadenceTargetsOfEveryForm() {
        assertEquals(new CadenceTarget.Fixed(new Cadence(172)), ((Step.Run) onlyStep("- 1m run 172spm")).cadence());
        assertEquals(new CadenceTarget.Fixed(new Cadence(172.5)),
                ((Step.Run) onlyStep("- 1m run 172.5SPM")).cadence());
        assertEquals(new CadenceTarget.Relative(7.5), ((Step.Run) onlyStep("- 1m run +7.5%")).cadence());
        assertEquals(new CadenceTarget.Relative(-3), ((Step.Run) onlyStep("- 1m run -3%")).cadence());
        assertEquals(new CadenceTarget.Relative(0), ((Step.Run) onlyStep("- 1m run baseline")).cadence());
        assertEquals(CadenceTarget.RUNNER_TARGET, ((Step.Run) onlyStep("- 1m run target")).cadence());
        assertEquals(CadenceTarget.RUNNER_TARGET, ((Step.Run) onlyStep("- 1m run")).cadence());
        assertEquals(new CadenceTarget.Ramp(new Cadence(166), new Cadence(172)),
                ((Step.Run) onlyStep("- 5m run 166-172spm")).cadence());
        assertEquals(new CadenceTarget.Fixed(new Cadence(130)), ((Step.Walk) onlyStep("- 5m walk 130spm")).cadence());
    }

    @Test
    void noteAndClickShareInAnyOrder() {
        Step.Run expected = new Step.Run(Duration.ofSeconds(90), new CadenceTarget.Fixed(new Cadence(170)), 0.5,
                Optional.of("uphill 6 percent"));
        assertEquals(expected, onlyStep("- 1m30s run 170spm click 50% \"uphill 6 percent\""));
        assertEquals(expected, onlyStep("- 1m30s RUN \"uphill 6 percent\" click 50% 170spm"));
    }

    @Test
    void effortWordsAreDeepWaterSteps() {
        assertEquals(new Step.Effort(PerceivedEffort.SPRINT, Duration.ofSeconds(30), CadenceTarget.NONE, 1,
                Optional.empty()), onlyStep("- 30s sprint"));
        assertEquals(PerceivedEffort.EASY, ((Step.Effort) onlyStep("- 10m easy")).level());
        assertEquals(PerceivedEffort.MEDIUM, ((Step.Effort) onlyStep("- 2m medium")).level());
        assertEquals(PerceivedEffort.HARD, ((Step.Effort) onlyStep("- 2m hard")).level());
        assertEquals(new Step.Rest(Duration.ofMinutes(1), Optional.of("breathe")), onlyStep("- 1m rest \"breathe\""));
    }

    @Test
    void holdsWithAndWithoutRest() {
        assertEquals(new Step.Hold(10, Duration.ofSeconds(5), Duration.ofSeconds(5), Optional.of("glute bridge")),
                onlyStep("- 10x hold 5s rest 5s \"glute bridge\""));
        // Without a rest, rest as long as the hold.
        assertEquals(new Step.Hold(3, Duration.ofSeconds(20), Duration.ofSeconds(20), Optional.empty()),
                onlyStep("- 3x hold 20s"));
    }

    @Test
    void setsOfRepsWithDefaultAndGivenRest() {
        assertEquals(new Step.Reps(3, 15, Duration.ofSeconds(3), Step.DEFAULT_SET_REST, Optional.of("clamshell")),
                onlyStep("- 3x15 reps 3s \"clamshell\""));
        assertEquals(new Step.Reps(2, 8, Duration.ofSeconds(4), Duration.ofSeconds(45), Optional.empty()),
                onlyStep("- 2x8 reps 4s rest 45s"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "Main\\n- 10x hold 5x|2:12|expected a duration like 30s, 4m or 1m30s, found '5x'",
        "- 1m run 5x|1:10|expected a cadence (172spm, +5%, baseline, target, 166-172spm, silent), 'click 50%' or a \"note\", found '5x'",
        "- walk 5m|1:3|expected a duration like 30s, 4m or 1m30s, or a count like 10x or 3x15, found 'walk'",
        "- 5m stroll|1:6|expected a step kind (walk, run, rest, easy, medium, hard, sprint), found 'stroll'",
        "- 5m|1:5|expected a step kind (walk, run, rest, easy, medium, hard, sprint), found end of line",
        "- 0s walk|1:3|zero-length step '0s'; give it at least 1s",
        "- 1m run 300spm|1:10|cadence 300 spm is outside 40-250 steps per minute",
        "- 1m run 172-172spm|1:10|a cadence ramp needs two different cadences, not 172-172spm; write 172spm instead",
        "- 1m rest 172spm|1:6|a rest has no cadence or clicks; use 'walk' for a paced recovery",
        "- 1m walk click 50%|1:6|'click' needs a cadence on the step to click at",
        "- 1m run click 150%|1:16|expected a click share above 0% and at most 100%, found '150%'",
        "- 1m run \"a\" \"b\"|1:14|expected one note per step, found \"b\"",
        "- 1m run \"open|1:10|unterminated note: add the closing '\"'",
        "Main 0x\\n- 1m run|1:6|repeat count 0 is outside 1-99",
        "Main 3x\\n# nothing here\\nCooldown\\n- 1m walk|1:1|section 'Main' has no steps; add step lines starting with '- ' below it",
        "5m walk|1:1|expected '- ' before a step (step lines start with '- '), found '5m'",
        "- 3x15 sets 3s|1:8|expected 'reps' after 3x15, found 'sets'",
        "- 11x15 reps 3s|1:3|set count 11 is outside 1-10",
        "# only a comment|1:1|no steps: write at least one step line such as '- 5m walk'",
    })
    void errorsNameLineColumnAndWhatWasExpected(String text, String at, String problem) {
        WorkoutSyntaxException e = error(text.replace("\\n", "\n"));
        assertEquals("morning.workout:" + at + ": " + problem, e.getMessage());
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals(problem, e.problem());
    }

    @Test
    void workoutOverSixHoursIsRefusedAtTheLineThatCrossesTheLimit() {
        WorkoutSyntaxException e = error("Warmup\n- 1h walk\nMain 6x\n- 50m run\n- 5m walk\n");
        assertEquals(5, e.line());
        assertTrue(e.problem().contains("6h") && e.problem().contains("over the 6 hour limit"), e.problem());
        // Exactly six hours is allowed.
        assertEquals(Duration.ofHours(6), parse("Main 6x\n- 50m run\n- 10m walk\n").duration());
    }

    @Test
    void longNotesAndSectionNamesAreRefusedWhereTheyAreWritten() {
        String note = "n".repeat(Step.MAX_NOTE_CHARS);
        assertEquals(Optional.of(note), onlyStep("- 1m run \"" + note + "\"").note());
        assertEquals("morning.workout:2:10: note is " + (Step.MAX_NOTE_CHARS + 1) + " characters, more than "
                + Step.MAX_NOTE_CHARS + "; shorten it (it is spoken with the step)",
                error("Main\n- 1m run \"" + note + "n\"\n").getMessage());
        assertEquals("morning.workout:1:15: note is 320 characters, more than " + Step.MAX_NOTE_CHARS
                + "; shorten it (it is spoken with the step)",
                error("- 10x hold 5s \"" + "h".repeat(320) + "\"").getMessage());
        String name = "S".repeat(Section.MAX_NAME_CHARS);
        assertEquals(name, parse(name + " 2x\n- 1m walk\n").sections().get(0).name());
        assertEquals("morning.workout:2:3: section name is " + (Section.MAX_NAME_CHARS + 1)
                + " characters, more than " + Section.MAX_NAME_CHARS + "; shorten it (it is spoken when the section "
                + "starts)", error("- 1m walk\n  " + name + "S 2x\n- 1m walk\n").getMessage());
    }

    @Test
    void theLongestNoteAndSectionNameStillMakeCuesAVoiceCanSay() {
        // The longest announcement the limits allow: last repeat, section with repeats, a ramp, a long
        // duration, a note; and a strength step's get-ready phrase with its dose.
        String name = "S".repeat(Section.MAX_NAME_CHARS);
        String note = "n".repeat(Step.MAX_NOTE_CHARS);
        Workout w = parse("- 1s walk\n" + name + " 2x\n- 1h57m57s medium 247.5-248.5spm \"" + note + "\"\n"
                + name + " 2x\n- 2x1 reps 27m57s rest 1m \"" + note + "\"\n");
        for (Cue c : CuePlan.of(Timeline.compile(w, SessionSettings.withBaseline(new Cadence(164)))).cues()) {
            assertTrue(c.text().length() <= run.cadence.voice.Phrase.MAX_CHARS, c.text().length() + ": " + c.text());
        }
    }

    @Test
    void stepLongerThanSixHoursIsRefused() {
        assertEquals("morning.workout:1:3: step of 7h is over the 6 hour limit", error("- 7h walk").getMessage());
    }

    @Property(tries = 2000)
    void arbitraryTextGivesAWorkoutOrItsOwnError(@ForAll("workoutish") String text) {
        try {
            Workout w = parse(text);
            assertTrue(w.duration().compareTo(Workout.MAX_DURATION) <= 0);
            // What parses also compiles for a runner and yields cues, or fails as bad input.
            Timeline t = Timeline.compile(w, SessionSettings.withBaseline(new Cadence(164)));
            assertEquals(w.duration(), t.total());
            CuePlan.of(t);
        } catch (WorkoutSyntaxException expected) {
            assertTrue(expected.line() >= 1 && expected.column() >= 1, expected.getMessage());
            assertTrue(expected.getMessage().startsWith("morning.workout:"), expected.getMessage());
        } catch (CadenceException badInputForThisRunner) {
            assertEquals(CadenceException.Kind.BAD_INPUT, badInputForThisRunner.kind());
        }
    }

    @Property(tries = 500)
    void arbitraryUnicodeNeverEscapesAsAnotherException(@ForAll @StringLength(max = 200) String text) {
        try {
            parse(text);
        } catch (WorkoutSyntaxException expected) {
            assertInstanceOf(WorkoutSyntaxException.class, expected);
        }
    }

    @Provide
    Arbitrary<String> workoutish() {
        Arbitrary<String> words = Arbitraries.of("- ", "-", "Main", "6x", "0x", "100x", "1m", "30s", "1m30s", "0s",
                "7h", "2h", "1.5s", "walk", "run", "rest", "easy", "medium", "hard", "sprint", "hold", "reps", "10x",
                "3x15", "11x3", "rest", "5s", "172spm", "300spm", "+5%", "-25%", "baseline", "target", "166-172spm",
                "170-170spm", "click", "50%", "0%", "\"note\"", "\"", "#", "# c", "\n", "\n", "\n", " ", "\t", "x",
                "99x");
        return words.list().ofMaxSize(40).map(list -> String.join(" ", list));
    }
}
