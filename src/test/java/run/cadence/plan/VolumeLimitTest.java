package run.cadence.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class VolumeLimitTest {
    private static final LocalDate D = LocalDate.of(2026, 11, 26);
    private final VolumeLimit limit = new VolumeLimit(20, 30);

    @Test
    void weekOneMayFillTheFloor() {
        assertTrue(limit.violation(Map.of(), D, 20).isEmpty());
        assertTrue(limit.violation(Map.of(), D, 21).isPresent());
    }

    @Test
    void tenPercentOverTheWeekBefore() {
        VolumeLimit weeklyOnly = new VolumeLimit(20, 1000);
        Map<LocalDate, Double> daily = new TreeMap<>();
        daily.put(D.minusDays(7), 50.0);
        // Every 7-day window holding D has the 50 min in the 7 days before it: 55 allowed.
        assertTrue(weeklyOnly.violation(daily, D, 55).isEmpty());
        String why = weeklyOnly.violation(daily, D, 56).orElseThrow();
        assertTrue(why.startsWith("56 running min in the 7 days to 2026-11-26 would be more than 10% above the 50"),
                why);
    }

    @Test
    void thirtyPercentOverTwoWeeks() {
        Map<LocalDate, Double> daily = new TreeMap<>();
        daily.put(D.minusDays(20), 40.0);
        daily.put(D.minusDays(8), 40.0);
        // Weekly: 0 now, 40 before → 44 allowed. 14 days: 40 now, 40 before → 52 allowed, so 12 more.
        assertTrue(limit.violation(daily, D, 12).isEmpty());
        String why = limit.violation(daily, D, 13).orElseThrow();
        assertTrue(why.contains("14 days"), why);
    }

    @Test
    void aWindowLaterInTheWeekCountsToo() {
        VolumeLimit weeklyOnly = new VolumeLimit(20, 1000);
        Map<LocalDate, Double> daily = new TreeMap<>();
        daily.put(D.minusDays(10), 50.0);
        // The 7 days to D+4 hold the new session but their week before no longer holds the 50.
        String why = weeklyOnly.violation(daily, D, 55).orElseThrow();
        assertTrue(why.contains("7 days to 2026-11-30"), why);
    }

    @Test
    void firstAllowedDayWaitsForRoom() {
        VolumeLimit limit = new VolumeLimit(20, 1000);
        Map<LocalDate, Double> daily = new TreeMap<>();
        daily.put(D, 20.0);
        assertEquals(D.plusDays(7), limit.firstAllowedDay(daily, D.plusDays(1), 20));
    }
}
