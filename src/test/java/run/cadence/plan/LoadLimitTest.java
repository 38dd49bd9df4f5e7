package run.cadence.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LoadLimitTest {
    private static final LocalDate D = LocalDate.of(2026, 11, 26);
    private final LoadLimit limit = new LoadLimit(100, 150);

    @Test
    void theFloorIsOneEarlyWalkRunWeek() {
        Program p = Program.rampingTo(5);
        LoadLimit l = LoadLimit.forProgram(p);
        assertEquals(3 * p.level(p.firstJog()).load(), l.weeklyFloor(), 1e-9);
        assertEquals(180, l.weeklyFloor(), 1e-9);
        for (int level = 0; level < p.firstJog(); level++) {
            assertTrue(3 * p.level(level).load() <= l.weeklyFloor(), "stage 1 fits the floor: " + p.level(level));
        }
    }

    @Test
    void weekOneMayFillTheFloor() {
        assertTrue(limit.violation(Map.of(), D, 100).isEmpty());
        assertTrue(limit.violation(Map.of(), D, 101).isPresent());
    }

    @Test
    void tenPercentOverTheHeaviestRecentWeek() {
        LoadLimit weeklyOnly = new LoadLimit(100, 100_000);
        Map<LocalDate, Double> daily = new TreeMap<>();
        // One heavy week two weeks back, a lighter one just before: the heavy one is the reference.
        daily.put(D.minusDays(14), 90.0);
        daily.put(D.minusDays(12), 90.0);
        daily.put(D.minusDays(10), 90.0);
        daily.put(D.minusDays(5), 90.0);
        // The 7 days to D hold 90 + the new session; 10% over 270 is 297.
        assertTrue(weeklyOnly.violation(daily, D, 200).isEmpty());
        LoadLimit.Window w = weeklyOnly.violation(daily, D.plusDays(1), 208).orElseThrow();
        assertEquals(7, w.days());
        assertEquals(270, w.reference(), 1e-9);
        assertEquals(297, w.allowed(), 1e-9);
    }

    @Test
    void threeOfTheHeaviestRunIsTheUsualWeek() {
        LoadLimit weeklyOnly = new LoadLimit(100, 100_000);
        Map<LocalDate, Double> daily = new TreeMap<>();
        // Only two runs a week lately, of 80: three of them (240) is the usual week, not growth.
        for (int d = 7; d <= 21; d += 3) {
            daily.put(D.minusDays(d), 80.0);
        }
        assertTrue(weeklyOnly.violation(daily, D, 80).isEmpty());
        daily.put(D.minusDays(2), 80.0);
        daily.put(D.minusDays(4), 80.0);
        assertTrue(weeklyOnly.violation(daily, D, 80).isEmpty(), "240 against 3 x 80");
        assertTrue(weeklyOnly.violation(daily, D, 105).isPresent(), "265 > 264");
    }

    @Test
    void thirtyPercentOverTheHeaviestRecentFortnight() {
        Map<LocalDate, Double> daily = new TreeMap<>();
        daily.put(D.minusDays(20), 60.0);
        daily.put(D.minusDays(8), 60.0);
        // 7 days: 3 x 60 = 180 allowed x 1.1. 14 days: the new one plus 60, against the heaviest fortnight
        // before (60, or 6 x 60 = 360 at the usual rhythm) x 1.3 = 468: the week binds first.
        assertTrue(limit.violation(daily, D, 198).isEmpty());
        assertEquals(7, limit.violation(daily, D, 199).orElseThrow().days());
    }

    @Test
    void firstAllowedDayWaitsForRoom() {
        LoadLimit l = new LoadLimit(40, 1000);
        Map<LocalDate, Double> daily = new TreeMap<>();
        daily.put(D, 40.0);
        // The floor is the limit (the heaviest day x 3 = 120 x 1.1 only once D lies in a reference window).
        assertEquals(D.plusDays(7), l.firstAllowedDay(daily, D.plusDays(1), 40));
    }
}
