package run.cadence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import run.cadence.Cadence;

class CuePlanTest {

    private static CuePlan plan(String text, SessionSettings settings) {
        return CuePlan.of(Timeline.compile(WorkoutParser.parse("t.workout", "t", text), settings));
    }

    private static List<Cue> ofKind(CuePlan plan, CueKind kind) {
        return plan.cues().stream().filter(c -> c.kind() == kind).collect(Collectors.toList());
    }

    private static Cue cue(CueKind kind, long seconds, CueAnchor anchor, String text, int segment) {
        return new Cue(kind, Duration.ofSeconds(seconds), anchor, text, segment);
    }

    @Test
    void announcesEveryChangeWithKindLengthAndCadenceInWords() {
        CuePlan p = plan("Warmup\n- 5m walk\nMain set 2x\n- 1m run 172spm\n- 4m walk\n", SessionSettings.NO_BASELINE);
        List<Cue> announce = ofKind(p, CueKind.ANNOUNCE);
        assertEquals(List.of(
                cue(CueKind.ANNOUNCE, 0, CueAnchor.STARTS_AT, "Warmup. Walk, five minutes", 0),
                cue(CueKind.ANNOUNCE, 300, CueAnchor.STARTS_AT, "Main set, two times. Run, one minute, one seventy two", 1),
                cue(CueKind.ANNOUNCE, 360, CueAnchor.STARTS_AT, "Walk, four minutes", 2),
                cue(CueKind.ANNOUNCE, 600, CueAnchor.STARTS_AT, "Run, one minute, one seventy two", 3),
                cue(CueKind.ANNOUNCE, 660, CueAnchor.STARTS_AT, "Walk, four minutes", 4)), announce);
    }

    @Test
    void countdownEndsExactlyOnEachChangeAndOnTheEnd() {
        CuePlan p = plan("- 1m walk\n- 1m run 170spm\n", SessionSettings.NO_BASELINE);
        assertEquals(List.of(
                cue(CueKind.COUNTDOWN, 57, CueAnchor.STARTS_AT, "three", 1),
                cue(CueKind.COUNTDOWN, 58, CueAnchor.STARTS_AT, "two", 1),
                cue(CueKind.COUNTDOWN, 59, CueAnchor.STARTS_AT, "one", 1),
                cue(CueKind.COUNTDOWN, 117, CueAnchor.STARTS_AT, "three", 1),
                cue(CueKind.COUNTDOWN, 118, CueAnchor.STARTS_AT, "two", 1),
                cue(CueKind.COUNTDOWN, 119, CueAnchor.STARTS_AT, "one", 1)), ofKind(p, CueKind.COUNTDOWN));
    }

    @Test
    void noCountdownAfterShortSegments() {
        CuePlan p = plan("- 9s walk\n- 1m run\n", SessionSettings.NO_BASELINE);
        List<Cue> countdown = ofKind(p, CueKind.COUNTDOWN);
        assertEquals(3, countdown.size());
        assertEquals(Duration.ofSeconds(66), countdown.get(0).at());
    }

    @Test
    void halfwayOnlyInLongSteps() {
        CuePlan p = plan("- 1m59s walk\n- 5m run\n", SessionSettings.NO_BASELINE);
        assertEquals(List.of(new Cue(CueKind.HALFWAY, Duration.ofSeconds(119 + 150), CueAnchor.STARTS_AT,
                "Halfway, two minutes thirty to go", 1)), ofKind(p, CueKind.HALFWAY));
    }

    @Test
    void lastRepeatEndsBeforeTheCountdownOfTheLastPass() {
        CuePlan p = plan("Main 3x\n- 1m run\n- 2m walk\n", SessionSettings.NO_BASELINE);
        assertEquals(List.of(new Cue(CueKind.LAST_REPEAT, Duration.ofMillis(360_000 - 3_500), CueAnchor.ENDS_AT,
                "Last repeat", 4)), ofKind(p, CueKind.LAST_REPEAT));
    }

    @Test
    void lastRepeatJoinsTheAnnouncementWhenTheSegmentBeforeIsShort() {
        CuePlan p = plan("Strides 2x\n- 20s run 180spm\n- 15s walk\n", SessionSettings.NO_BASELINE);
        assertTrue(ofKind(p, CueKind.LAST_REPEAT).isEmpty());
        assertEquals("Last repeat. Run, twenty seconds, one eighty", ofKind(p, CueKind.ANNOUNCE).get(2).text());
    }

    @Test
    void rampAndNoteAreSpoken() {
        CuePlan p = plan("- 5m run 166-172.5spm \"uphill 6 percent\"\n", SessionSettings.NO_BASELINE);
        assertEquals("Run, five minutes, one sixty six rising to one seventy two and a half. Uphill 6 percent",
                p.cues().get(0).text());
    }

    @Test
    void holdsAreCuedHoldAndRest() {
        CuePlan p = plan("- 2x hold 5s rest 5s \"glute bridge\"\n", SessionSettings.NO_BASELINE);
        assertEquals(List.of(
                cue(CueKind.ANNOUNCE, 0, CueAnchor.STARTS_AT,
                        "Glute bridge. Two holds of five seconds, rest five seconds. Get ready.", 0),
                cue(CueKind.COUNTDOWN, 12, CueAnchor.STARTS_AT, "three", 1),
                cue(CueKind.COUNTDOWN, 13, CueAnchor.STARTS_AT, "two", 1),
                cue(CueKind.COUNTDOWN, 14, CueAnchor.STARTS_AT, "one", 1),
                cue(CueKind.HOLD, 15, CueAnchor.STARTS_AT, "Hold, one of two", 1),
                cue(CueKind.REST, 20, CueAnchor.STARTS_AT, "Rest", 2),
                cue(CueKind.HOLD, 25, CueAnchor.STARTS_AT, "Hold, two of two", 3),
                cue(CueKind.SUMMARY, 30, CueAnchor.STARTS_AT, "Session complete: thirty seconds. Well done.", 3)),
                p.cues());
    }

    @Test
    void repsAreAnnouncedBeforeTheSetAndCountedOnEveryRep() {
        CuePlan p = plan("- 2x3 reps 3s rest 20s \"clamshell\"\n", SessionSettings.NO_BASELINE);
        assertEquals(List.of(
                cue(CueKind.ANNOUNCE, 0, CueAnchor.STARTS_AT,
                        "Clamshell. Two sets of three reps, one every three seconds. Get ready.", 0),
                cue(CueKind.SET, 15, CueAnchor.ENDS_AT, "Set one of two, three reps", 1),
                cue(CueKind.REP_COUNT, 15, CueAnchor.STARTS_AT, "one", 1),
                cue(CueKind.REP_COUNT, 18, CueAnchor.STARTS_AT, "two", 1),
                cue(CueKind.REP_COUNT, 21, CueAnchor.STARTS_AT, "three", 1),
                cue(CueKind.REST, 24, CueAnchor.STARTS_AT, "Rest, twenty seconds", 2),
                cue(CueKind.SET, 44, CueAnchor.ENDS_AT, "Set two of two, three reps", 3),
                cue(CueKind.REP_COUNT, 44, CueAnchor.STARTS_AT, "one", 3),
                cue(CueKind.REP_COUNT, 47, CueAnchor.STARTS_AT, "two", 3),
                cue(CueKind.REP_COUNT, 50, CueAnchor.STARTS_AT, "three", 3),
                cue(CueKind.SUMMARY, 53, CueAnchor.STARTS_AT, "Session complete: fifty three seconds. Well done.", 3)),
                p.cues());
    }

    @Test
    void summaryCountsRunningTimeAndTheSharedCadence() {
        CuePlan p = plan("Main 4x\n- 2m run\n- 3m walk\n", SessionSettings.withBaseline(new Cadence(164)));
        Cue summary = p.cues().get(p.cues().size() - 1);
        assertEquals(CueKind.SUMMARY, summary.kind());
        assertEquals(Duration.ofMinutes(20), summary.at());
        assertEquals("Session complete: twenty minutes, eight minutes of running at one seventy two. Well done.",
                summary.text());
    }

    @Test
    void cuesAreInTimeOrderAndInsideTheSession() {
        for (String name : SessionLibrary.NAMES) {
            Timeline t = Timeline.compile(SessionLibrary.builtIn(name).orElseThrow(),
                    SessionSettings.withBaseline(new Cadence(164)));
            CuePlan p = CuePlan.of(t);
            Duration previous = Duration.ZERO;
            for (Cue c : p.cues()) {
                assertFalse(c.at().compareTo(previous) < 0, name + ": " + c);
                assertFalse(c.at().compareTo(t.total()) > 0, name + ": " + c);
                previous = c.at();
            }
            assertEquals(1, ofKind(p, CueKind.SUMMARY).size(), name);
        }
    }

    @Test
    void countdownAndHalfwayGiveWayToALongAnnouncement() {
        // Short words, so the longest note a step may carry (Step.MAX_NOTE_CHARS) is a long announcement.
        String note = "\"" + "a b ".repeat(25) + "\"";
        CuePlan p = plan("- 12s run 170spm " + note + "\n- 2m walk\n", SessionSettings.NO_BASELINE);
        // Fifty-odd words take about 22 s to say: no countdown over them at 9 s.
        assertEquals(Duration.ofSeconds(129), ofKind(p, CueKind.COUNTDOWN).get(0).at());
        assertEquals(3, ofKind(p, CueKind.COUNTDOWN).size());
    }
}
