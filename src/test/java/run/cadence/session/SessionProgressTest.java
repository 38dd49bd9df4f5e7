package run.cadence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionProgressTest {
    static final int RATE = 8_000;
    /** walk 1m, run 2m, walk 1m, run 2m, walk 1m: 7 minutes, 4 of them running. */
    static final Timeline T = Timeline.compile(WorkoutParser.parse("t", "t",
            "Warmup\n- 1m walk\nMain 2x\n- 2m run 170spm\n- 1m walk\n"), SessionSettings.NO_BASELINE);

    static long frame(int seconds) {
        return (long) seconds * RATE;
    }

    static long[] starts() {
        return new long[] {0, frame(60), frame(180), frame(240), frame(360), frame(420)};
    }

    @Test
    void withoutSkipsTheReportIsThePosition() {
        SessionProgress p = new SessionProgress(T, RATE, starts());
        SessionProgress.Report r = p.report(frame(200));
        assertEquals(Duration.ofSeconds(200), r.played());
        assertEquals(2, r.stepsCompleted());
        assertEquals(5, r.steps());
        assertEquals(Duration.ofMinutes(2), r.running());
        assertEquals(0, r.stepsSkipped());
        assertFalse(r.completed());
    }

    @Test
    void aSkippedRunIsNeitherPlayedNorRunNorCompleted() {
        SessionProgress p = new SessionProgress(T, RATE, starts());
        assertEquals(frame(180), p.skipFrom(frame(90)));
        SessionProgress.Report r = p.report(frame(200));
        assertEquals(Duration.ofSeconds(110), r.played());
        assertEquals(Duration.ofSeconds(30), r.running());
        assertEquals(1, r.stepsCompleted());
        assertEquals(1, r.stepsSkipped());
        assertEquals(Duration.ofSeconds(90), r.skipped());
    }

    @Test
    void twoQuickSkipsMoveOnFromWhereTheFirstLands() {
        SessionProgress p = new SessionProgress(T, RATE, starts());
        assertEquals(frame(60), p.skipFrom(frame(10)));
        assertEquals(frame(180), p.skipFrom(frame(10)));
        SessionProgress.Report r = p.report(frame(180));
        assertEquals(Duration.ofSeconds(10), r.played());
        assertEquals(0, r.stepsCompleted());
        assertEquals(2, r.stepsSkipped());
    }

    @Test
    void skippingTheLastStepEndsTheSessionCompletedAndTheTailIsNotCounted() {
        SessionProgress p = new SessionProgress(T, RATE, starts());
        assertEquals(frame(420), p.skipFrom(frame(400)));
        SessionProgress.Report r = p.report(frame(425));
        assertTrue(r.completed());
        assertEquals(Duration.ofSeconds(400), r.played());
        assertEquals(Duration.ofMinutes(4), r.running());
        assertEquals(4, r.stepsCompleted());
        assertEquals(1, r.stepsSkipped());
        assertEquals(frame(420), p.skipFrom(frame(425)));
        assertEquals(r, p.report(frame(425)));
    }
}
