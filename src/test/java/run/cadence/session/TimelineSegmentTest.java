package run.cadence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.cadence.Cadence;

class TimelineSegmentTest {
    private static final Step RUN = new Step.Run(Duration.ofSeconds(90), null, 0.5, Optional.of("hill"));
    private static final ResolvedCadence STEADY = new ResolvedCadence.Steady(new Cadence(172.3));

    private static TimelineSegment segment(Duration start, Duration length, ResolvedCadence cadence, Duration clicks) {
        return new TimelineSegment(3, start, length, SegmentKind.RUN, cadence, clicks, RUN, 1, "Main", 2, 4, 1, 1);
    }

    @Test
    void framesComeFromExactTimes() {
        TimelineSegment s = segment(Duration.ofMillis(300_333), Duration.ofSeconds(90), STEADY,
                Duration.ofSeconds(45));
        assertEquals(13_244_685, s.startFrame(44_100));
        assertEquals(13_244_685 + 90 * 44_100, s.endFrame(44_100));
        assertEquals(13_244_685 + 45 * 44_100, s.clickEndFrame(44_100));
        assertEquals(Optional.of("hill"), s.note());
    }

    @Test
    void refusesClicksLongerThanTheSegmentOrOnASilentOne() {
        assertThrows(IllegalArgumentException.class,
                () -> segment(Duration.ZERO, Duration.ofSeconds(90), STEADY, Duration.ofSeconds(91)));
        assertThrows(IllegalArgumentException.class,
                () -> segment(Duration.ZERO, Duration.ofSeconds(90), ResolvedCadence.SILENT, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class,
                () -> segment(Duration.ZERO, Duration.ZERO, STEADY, Duration.ZERO));
    }
}
