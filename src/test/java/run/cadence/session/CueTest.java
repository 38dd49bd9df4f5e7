package run.cadence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CueTest {
    @Test
    void anchorFrameIsTheTimeRoundedOnce() {
        Cue c = new Cue(CueKind.LAST_REPEAT, Duration.ofMillis(296_500), CueAnchor.ENDS_AT, "Last repeat", 4);
        assertEquals(13_075_650, c.frame(44_100));
    }

    @Test
    void estimatesOneHundredFiftyWordsAMinutePlusHalfASecond() {
        // Six words: 2.4 s, plus the margin.
        assertEquals(Duration.ofMillis(2_900),
                new Cue(CueKind.ANNOUNCE, Duration.ZERO, CueAnchor.STARTS_AT, "Run, one minute, one seventy two", 0)
                        .estimatedLength());
        assertEquals(Duration.ofMillis(900), Cue.estimatedLength("three"));
    }

    @Test
    void refusesBlankTextAndNegativeTimes() {
        assertThrows(IllegalArgumentException.class,
                () -> new Cue(CueKind.ANNOUNCE, Duration.ZERO, CueAnchor.STARTS_AT, " ", 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Cue(CueKind.ANNOUNCE, Duration.ofSeconds(-1), CueAnchor.STARTS_AT, "Run", 0));
    }
}
