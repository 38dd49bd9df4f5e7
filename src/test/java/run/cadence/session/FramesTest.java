package run.cadence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FramesTest {
    @Test
    void roundsToTheNearestFrameHalvesUp() {
        assertEquals(44_100, Frames.at(Duration.ofSeconds(1), 44_100));
        // 10.5 us at 48 kHz is 0.504 frames.
        assertEquals(1, Frames.at(Duration.ofNanos(10_500), 48_000));
        assertEquals(0, Frames.at(Duration.ofNanos(10_400), 48_000));
        // Exactly half a frame at 8 kHz (62.5 us) rounds up.
        assertEquals(1, Frames.at(Duration.ofNanos(62_500), 8_000));
    }

    @Test
    void sixHoursAt192kHzIsExact() {
        assertEquals(6L * 3600 * 192_000, Frames.at(Duration.ofHours(6), 192_000));
        assertEquals(6L * 3600 * 192_000 + 1, Frames.at(Duration.ofHours(6).plusNanos(5_208), 192_000));
    }

    @Test
    void refusesANonPositiveRate() {
        assertThrows(IllegalArgumentException.class, () -> Frames.at(Duration.ZERO, 0));
    }
}
