package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import run.cadence.CadenceException;

class TrackPointsTest {
    private static final long T0 = 1_700_000_000_000L;

    private static Activity read(long... secondsFromT0) {
        TrackPoints p = new TrackPoints();
        for (int i = 0; i < secondsFromT0.length; i++) {
            p.add(T0 + secondsFromT0[i] * 1000, 84, 3, Double.NaN, i + 1, 0);
        }
        return p.build("f", null, (a, b) -> "f: point " + a);
    }

    private static double[] seconds(Activity a) {
        return IntStream.range(0, a.size()).mapToDouble(a::seconds).toArray();
    }

    @Test
    void aLoneForwardGlitchAndALoneBackwardGlitchAreDropped() {
        assertArrayEquals(new double[] {0, 1, 2, 3, 4}, seconds(read(0, 1, 90_000_000, 2, 3, 4)));
        assertArrayEquals(new double[] {0, 1, 2, 3, 4}, seconds(read(0, 1, 2, -5000, 3, 4)));
        assertArrayEquals(new double[] {0, 1, 2, 3}, seconds(read(90_000_000, 100, 101, 102, 103)),
                "a glitch on the very first point");
    }

    @Test
    void repeatedTimesAndStepsBackOfUpToTwoSecondsAreDropped() {
        assertArrayEquals(new double[] {0, 1, 2, 3}, seconds(read(0, 1, 1, 0, 2, 3)));
    }

    @Test
    void aReversedRecordingIsRefusedAtItsSecondPoint() {
        CadenceException e = assertThrows(CadenceException.class, () -> read(100, 90, 80, 70, 60));
        assertEquals("f: point 2: time runs backwards: 2023-11-14T22:14:50Z comes after 2023-11-14T22:15:00Z,"
                + " 0.2 min later; the points are out of order or the track is repeated, so its running cannot be"
                + " timed; export the activity again", e.getMessage());
    }

    @Test
    void theStartIsTheFirstKeptPoint() {
        assertEquals(java.time.Instant.ofEpochMilli(T0 + 100_000), read(90_000_000, 100, 101, 102).start());
    }
}
