package run.cadence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import run.cadence.Cadence;
import run.cadence.CadenceException;
import run.cadence.CadenceIncrease;

class TimelineTest {
    private static final Cadence BASELINE = new Cadence(164);

    private static Timeline compile(String text, SessionSettings settings) {
        return Timeline.compile(WorkoutParser.parse("t.workout", "t", text), settings);
    }

    @Test
    void issueExampleExpandsRepeatsWithExactStartsAndResolvedCadences() {
        Timeline t = compile("Warmup\n- 5m walk\nMain set 6x\n- 1m run +5%\n- 4m walk\nCooldown\n- 5m walk\n",
                SessionSettings.withBaseline(BASELINE));
        List<TimelineSegment> s = t.segments();
        assertEquals(14, s.size());
        assertEquals(Duration.ofMinutes(40), t.total());
        assertEquals(SegmentKind.WALK, s.get(0).kind());
        assertEquals(ResolvedCadence.SILENT, s.get(0).cadence());
        assertFalse(s.get(0).clicks());
        TimelineSegment firstRun = s.get(1);
        assertEquals(Duration.ofMinutes(5), firstRun.start());
        assertEquals(SegmentKind.RUN, firstRun.kind());
        assertEquals(164 * 1.05, firstRun.cadence().startSpm(), 1e-9);
        assertTrue(firstRun.clicks());
        assertEquals(firstRun.length(), firstRun.clickLength());
        assertEquals("Main set", firstRun.section());
        assertEquals(1, firstRun.repeat());
        assertEquals(6, firstRun.repeats());
        TimelineSegment lastRun = s.get(11);
        assertEquals(SegmentKind.RUN, lastRun.kind());
        assertEquals(6, lastRun.repeat());
        assertEquals(Duration.ofMinutes(30), lastRun.start());
        assertEquals("Cooldown", s.get(13).section());
        assertEquals(2, s.get(13).sectionIndex());
    }

    @Test
    void relativeCadenceWithoutBaselineIsOneLineBadInput() {
        CadenceProblem.NeedsBaseline e = assertThrows(CadenceProblem.NeedsBaseline.class,
                () -> compile("Main set 6x\n- 1m run +5%\n- 4m walk\n", SessionSettings.NO_BASELINE));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals("Main set", e.section());
        assertEquals(new CadenceTarget.Relative(5), e.asked());
    }

    @Test
    void runStepWithoutCadenceFollowsTheRunnersTargetOrStaysSilentWithoutBaseline() {
        String text = "- 1m run\n";
        SessionSettings plus8 = new SessionSettings(Optional.of(BASELINE), new CadenceIncrease.Absolute(8),
                Optional.empty());
        assertEquals(new ResolvedCadence.Steady(new Cadence(172)), compile(text, plus8).segments().get(0).cadence());
        TimelineSegment silent = compile(text, SessionSettings.NO_BASELINE).segments().get(0);
        assertEquals(ResolvedCadence.SILENT, silent.cadence());
        assertFalse(silent.clicks());
    }

    @Test
    void walksClickOnlyWithAWalkCadence() {
        SessionSettings walking = new SessionSettings(Optional.empty(), CadenceIncrease.DEFAULT,
                Optional.of(new Cadence(130)));
        assertEquals(new ResolvedCadence.Steady(new Cadence(130)),
                compile("- 5m walk\n", walking).segments().get(0).cadence());
        // A cadence written on the walk wins over --walk-cadence.
        assertEquals(new ResolvedCadence.Steady(new Cadence(125)),
                compile("- 5m walk 125spm\n", walking).segments().get(0).cadence());
        // An explicit 'silent' stays silent: it means no metronome, whatever --walk-cadence says.
        assertEquals(ResolvedCadence.SILENT, compile("- 5m walk silent\n", walking).segments().get(0).cadence());
        assertEquals(ResolvedCadence.SILENT, compile("- 5m walk\n", SessionSettings.withBaseline(BASELINE))
                .segments().get(0).cadence());
    }

    @Test
    void relativeCadenceOutsideTheRangeIsBadInput() {
        CadenceException e = assertThrows(CadenceException.class,
                // 220 +5% is a valid target (231); the step's own +20% (264) is not.
                () -> compile("- 1m run +20%\n", SessionSettings.withBaseline(new Cadence(220))));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("outside 40-250"), e.getMessage());
    }

    @Test
    void rampAndFadedClicks() {
        TimelineSegment s = compile("- 4m run 166-172spm click 25%\n", SessionSettings.NO_BASELINE).segments().get(0);
        assertEquals(new ResolvedCadence.Ramp(new Cadence(166), new Cadence(172)), s.cadence());
        assertEquals(Duration.ofMinutes(1), s.clickLength());
        assertEquals(44_100 * 60, s.clickEndFrame(44_100));
    }

    @Test
    void holdsExpandToLeadInHoldsAndRestsBetween() {
        Timeline t = compile("- 3x hold 5s rest 10s \"wall\"\n", SessionSettings.NO_BASELINE);
        assertEquals(List.of(SegmentKind.GET_READY, SegmentKind.HOLD, SegmentKind.HOLD_REST, SegmentKind.HOLD,
                SegmentKind.HOLD_REST, SegmentKind.HOLD), t.segments().stream().map(TimelineSegment::kind).toList());
        assertEquals(List.of(0L, 15L, 20L, 30L, 35L, 45L),
                t.segments().stream().map(s -> s.start().toSeconds()).toList());
        assertEquals(Duration.ofSeconds(50), t.total());
        assertEquals(3, t.segments().get(5).part());
        assertEquals(3, t.segments().get(5).parts());
    }

    @Test
    void repsExpandToSetsWithRestsBetween() {
        Timeline t = compile("- 3x15 reps 3s\n", SessionSettings.NO_BASELINE);
        assertEquals(List.of(SegmentKind.GET_READY, SegmentKind.REPS, SegmentKind.SET_REST, SegmentKind.REPS,
                SegmentKind.SET_REST, SegmentKind.REPS), t.segments().stream().map(TimelineSegment::kind).toList());
        assertEquals(Duration.ofSeconds(45), t.segments().get(1).length());
        assertEquals(Duration.ofSeconds(15 + 3 * 45 + 2 * 60), t.total());
    }

    @Test
    void segmentIndexAtFindsThePlayingSegment() {
        Timeline t = compile("- 1m walk\n- 2m run 170spm\n- 1m walk\n", SessionSettings.NO_BASELINE);
        assertEquals(0, t.segmentIndexAt(Duration.ZERO));
        assertEquals(0, t.segmentIndexAt(Duration.ofMillis(59_999)));
        assertEquals(1, t.segmentIndexAt(Duration.ofMinutes(1)));
        assertEquals(2, t.segmentIndexAt(Duration.ofMinutes(3)));
        assertEquals(2, t.segmentIndexAt(Duration.ofHours(1)));
        assertEquals(Duration.ofMinutes(2), t.runningTime());
        assertEquals(Duration.ZERO, t.runningTimeUntil(Duration.ofMinutes(1)));
        assertEquals(Duration.ofSeconds(90), t.runningTimeUntil(Duration.ofSeconds(150)));
        assertEquals(Duration.ofMinutes(2), t.runningTimeUntil(Duration.ofHours(1)));
    }

    /**
     * Starts come from the exact cumulative time, rounded once: summing rounded segment lengths would drift by up
     * to half a frame a segment.
     */
    @Property(tries = 300)
    void startFramesAreRoundedFromCumulativeTimeNeverSummed(@ForAll @IntRange(min = 1, max = 60) int repeats,
            @ForAll @IntRange(min = 1, max = 9999) int millis, @ForAll @IntRange(min = 8000, max = 192000) int rate) {
        String text = "Main " + repeats + "x\n- 1." + String.format("%03d", millis % 1000) + "s rest\n- 7.333s rest\n";
        Timeline t = compile(text, SessionSettings.NO_BASELINE);
        Duration at = Duration.ZERO;
        long previousEnd = 0;
        for (TimelineSegment s : t.segments()) {
            assertEquals(at, s.start());
            long expected = BigDecimal.valueOf(at.toNanos()).multiply(BigDecimal.valueOf(rate))
                    .divide(BigDecimal.valueOf(1_000_000_000L), 0, RoundingMode.HALF_UP).longValueExact();
            assertEquals(expected, s.startFrame(rate));
            assertEquals(previousEnd, s.startFrame(rate));
            previousEnd = s.endFrame(rate);
            at = at.plus(s.length());
        }
        assertEquals(previousEnd, t.totalFrames(rate));
    }

    @Test
    void summingRoundedLengthsWouldDriftButStartsDoNot() {
        // 1.333 s at 44.1 kHz is 58785.3 frames: summing rounded lengths would lose 0.3 frames a segment.
        Timeline t = compile("Main 99x\n- 1.333s rest\n", SessionSettings.NO_BASELINE);
        long summed = 0;
        for (TimelineSegment s : t.segments()) {
            summed += s.endFrame(44_100) - s.startFrame(44_100);
        }
        assertEquals(5_819_745L, t.totalFrames(44_100));
        assertEquals(5_819_745L, summed);
        assertEquals(5_760_959L, t.segments().get(98).startFrame(44_100));
        assertEquals(99 * 58_785L + 30, summed);
    }

    @Test
    void aTimelineRefusesGapsBetweenSegments() {
        Timeline t = compile("- 1m walk\n- 1m walk\n", SessionSettings.NO_BASELINE);
        TimelineSegment first = t.segments().get(0);
        TimelineSegment second = t.segments().get(1);
        TimelineSegment late = new TimelineSegment(1, second.start().plusMillis(1), second.length(), second.kind(),
                second.cadence(), second.clickLength(), second.step(), 0, "", 1, 1, 1, 1);
        assertThrows(IllegalArgumentException.class,
                () -> new Timeline("t", List.of(first, late), SessionSettings.NO_BASELINE));
    }
}
