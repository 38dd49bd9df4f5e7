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
        TrackPoints p = new TrackPoints("f");
        for (int i = 0; i < secondsFromT0.length; i++) {
            p.add(T0 + secondsFromT0[i] * 1000, 84, 3, Double.NaN, i + 1, 0);
        }
        return p.build(null, (a, b) -> "f: point " + a);
    }

    private static double[] seconds(Activity a) {
        return IntStream.range(0, a.size()).mapToDouble(a::seconds).toArray();
    }

    /**
     * A 140 MB GPX of 600,000 points took 429 MB and, with 48 MB of heap, ended in an OutOfMemoryError's stack trace.
     * Past 48 hours at one point a second the file is refused before memory grows further.
     */
    @Test
    void moreThanFortyEightHoursOfPointsAreRefusedAsNoRun() {
        TrackPoints p = new TrackPoints("big.gpx");
        for (int i = 0; i < TrackPoints.MAX_POINTS; i++) {
            p.add(T0 + i * 1000L, 84, 3, Double.NaN, i + 1, 0);
        }
        CadenceException e = assertThrows(CadenceException.class,
                () -> p.add(T0 + TrackPoints.MAX_POINTS * 1000L, 84, 3, Double.NaN, 0, 0));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals("big.gpx: more than 172,800 track points (48 hours at one a second), more than any run holds;"
                + " export the run alone, or a shorter part of it", e.getMessage());
        assertEquals(TrackPoints.MAX_POINTS, p.build(null, (a, b) -> "").size(), "a file of 48 hours is read whole");
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
