package run.cadence.plan;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Running minutes in any 7 days at most 10% above the 7 days before, and in any 14 days at most 30% above
 * the 14 before (Nielsen 2014 linked more than 30% over two weeks with injury). A floor lets week one start
 * from nothing: it must cover the longest single session, or a rest could never make room for it.
 *
 * <p>Why the default floors are 90 and 180 min: sessions are whole, so a rolling 10% limit with a floor
 * below a normal week can never add a session to the week (3 sessions need the week before to hold 2.7 of
 * them) and the program stalls at one session a week. 90 min is 3 x 30 min, the stage 4 goal; above it the
 * 10% and 30% limits bind, and they bind whenever a runner crowds sessions or comes back from a break.
 */
public record VolumeLimit(double weeklyFloorMinutes, double fortnightFloorMinutes) {
    public static final VolumeLimit DEFAULT = new VolumeLimit(90, 180);
    static final double WEEK_GROWTH = 1.10;
    static final double FORTNIGHT_GROWTH = 1.30;
    private static final double SLACK = 1e-6;

    public VolumeLimit {
        if (!(weeklyFloorMinutes > 0 && fortnightFloorMinutes >= weeklyFloorMinutes)) {
            throw new IllegalArgumentException("floors must be positive and the 14-day floor at least the 7-day one");
        }
    }

    /**
     * Why {@code minutes} of running on {@code day} would break a limit, given running already done per day;
     * empty when it fits. Every window that would contain the new session is checked.
     */
    public Optional<String> violation(Map<LocalDate, Double> daily, LocalDate day, double minutes) {
        TreeMap<LocalDate, Double> with = new TreeMap<>(daily);
        with.merge(day, minutes, Double::sum);
        for (int k = 0; k < 14; k++) {
            Optional<String> broken = brokenWindowEnding(with, day.plusDays(k));
            if (broken.isPresent()) {
                return broken;
            }
        }
        return Optional.empty();
    }

    /** The first window (ending on {@code end}) that breaks a limit. */
    public Optional<String> brokenWindowEnding(Map<LocalDate, Double> daily, LocalDate end) {
        Optional<String> week = brokenWindow(daily, end, 7, weeklyFloorMinutes, WEEK_GROWTH);
        return week.isPresent() ? week : brokenWindow(daily, end, 14, fortnightFloorMinutes, FORTNIGHT_GROWTH);
    }

    /**
     * The {@code days} ending on {@code end} against the {@code days} before them: the week and the fortnight
     * are the same rule with their own length, floor and growth.
     */
    private static Optional<String> brokenWindow(Map<LocalDate, Double> daily, LocalDate end, int days,
            double floorMinutes, double growth) {
        double window = sum(daily, end.minusDays(days - 1L), end);
        double before = sum(daily, end.minusDays(2L * days - 1), end.minusDays(days));
        double allowed = Math.max(floorMinutes, before * growth);
        if (window > allowed + SLACK) {
            // The percentage is read off the growth factor so the message cannot disagree with the limit.
            long percent = Math.round((growth - 1) * 100);
            return Optional.of(String.format(Locale.ROOT,
                    "%.0f running min in the %d days to %s would be more than %d%% above the %.0f min of the %d days"
                            + " before (allowed %.0f)", window, days, end, percent, before, days, allowed));
        }
        return Optional.empty();
    }

    /** The first day from {@code earliest} on which the session fits. */
    public LocalDate firstAllowedDay(Map<LocalDate, Double> daily, LocalDate earliest, double minutes) {
        if (minutes > weeklyFloorMinutes) {
            throw new IllegalArgumentException("a " + minutes + " min run can never fit a " + weeklyFloorMinutes
                    + " min weekly floor");
        }
        LocalDate day = earliest;
        while (violation(daily, day, minutes).isPresent()) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static double sum(Map<LocalDate, Double> daily, LocalDate from, LocalDate to) {
        double total = 0;
        for (Map.Entry<LocalDate, Double> e : daily.entrySet()) {
            if (!e.getKey().isBefore(from) && !e.getKey().isAfter(to)) {
                total += e.getValue();
            }
        }
        return total;
    }
}
