package run.cadence.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.cadence.Cadence;

class ClickFadeTest {
    private static final LocalDate D = LocalDate.of(2026, 11, 26);
    private static final double TARGET = 172.2;
    private final PlannedSession level = Program.rampingTo(5).level(8);

    private PastSession run(int n, int clicks, Double measured) {
        Optional<RunRecording> r = measured == null ? Optional.empty() : Optional.of(new RunRecording("r.fit", "h" + n,
                1, Optional.empty(), level.runningMinutes(), List.of(
                        new RunRecording.StepCadence(TARGET, measured, level.runningMinutes() * 60))));
        return new PastSession(n, level.withClickPercent(clicks), D.plusDays(2L * n), SessionStatus.COMPLETED,
                level.totalSeconds(), PlannerTest.FINE, new Cadence(TARGET), Decision.REPEAT, false, r,
                Optional.empty(), PastSession.Played.UNKNOWN);
    }

    private ClickFade.Result after(List<PastSession> h) {
        LocalDate today = h.isEmpty() ? D : h.get(h.size() - 1).date().plusDays(2);
        return ClickFade.of(h, level, today, TARGET);
    }

    @Test
    void withoutRecordingsTheFadeFollowsTheCalendarAndSaysARecordingWouldCheck() {
        int[] expected = {100, 100, 100, 100, 75, 75, 50, 50, 25, 25, 0, 0, 0};
        List<PastSession> h = new ArrayList<>();
        for (int i = 0; i < expected.length; i++) {
            ClickFade.Result r = after(h);
            assertEquals(expected[i], r.percent(), "after " + i + " sessions");
            if (expected[i] > 0 && expected[i] < 100) {
                assertEquals(Optional.of(new Reason.FadeByCalendar(expected[i])), r.reason());
            }
            h.add(run(i + 1, expected[i], null));
        }
        assertEquals(Optional.of(new Reason.CadenceCheck(TARGET)), after(h).reason(), "checks without a recording");
    }

    @Test
    void aHeldRecordingFadesASlipBringsClicksBackAStep() {
        List<PastSession> h = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            h.add(run(i + 1, after(h).percent(), 172.0));
        }
        assertEquals(new ClickFade.Result(50, Optional.of(new Reason.FadeHeld(172.0, TARGET, 50))), after(h));
        h.add(run(7, 50, 168.3));
        assertEquals(new ClickFade.Result(75, Optional.of(new Reason.ClicksBack(168.3, TARGET, 75))), after(h));
        h.add(run(8, 75, 170.3));
        assertEquals(75, after(h).percent(), "1.9 spm short is within the tolerance: the fade goes on from 75%");
    }

    @Test
    void aCheckWithoutClicksThatHoldsMakesTheCadenceOwnAndALaterSlipBringsClicksBack() {
        List<PastSession> h = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            h.add(run(i + 1, after(h).percent(), 173.0));
        }
        assertEquals(Optional.of(new Reason.CadenceCheck(TARGET)), after(h).reason());
        h.add(run(11, 0, 171.5));
        assertEquals(new ClickFade.Result(0, Optional.of(new Reason.CadenceOwn(171.5, TARGET))), after(h));
        h.add(run(12, 0, null));
        assertEquals(0, after(h).percent(), "own: silent without a recording too");
        assertEquals(new ClickFade.Result(0, Optional.of(new Reason.CadenceCheck(TARGET))),
                ClickFade.of(h, level, h.get(h.size() - 1).date().plusDays(10), TARGET), "after time off: a check");
        h.add(run(13, 0, 166.0));
        assertEquals(new ClickFade.Result(25, Optional.of(new Reason.ClicksBack(166.0, TARGET, 25))), after(h));
    }

    @Test
    void timeOffBringsClicksBack() {
        List<PastSession> h = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            h.add(run(i + 1, after(h).percent(), null));
        }
        LocalDate last = h.get(h.size() - 1).date();
        assertEquals(50, ClickFade.of(h, level, last.plusDays(7), TARGET).percent());
        assertEquals(new ClickFade.Result(75, Optional.of(new Reason.ClicksBackAfterGap(10, 75))),
                ClickFade.of(h, level, last.plusDays(10), TARGET));
        assertEquals(100, ClickFade.of(h, level, last.plusDays(28), TARGET).percent());
    }

    @Test
    void aRecordingWithoutCadenceChecksNothing() {
        List<PastSession> h = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            h.add(run(i + 1, after(h).percent(), Double.NaN));
        }
        assertEquals(new ClickFade.Result(75, Optional.of(new Reason.RecordingWithoutCadence(D.plusDays(10)))),
                after(h));
    }

    @Test
    void aNewCadenceTargetStartsWithFullClicks() {
        List<PastSession> h = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            h.add(run(i + 1, after(h).percent(), null));
        }
        PlannedSession higher = Program.rampingTo(10).level(Program.rampingTo(10).firstLevelOf(Stage.FLAT_CONTINUOUS)
                + 1);
        assertEquals(100, ClickFade.of(h, higher, D.plusDays(20), 176.3).percent());
    }
}
