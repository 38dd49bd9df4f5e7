package run.cadence.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * The tissue load ({@link Load}) in any 7 days at most 10% above what the tissue carried in the three weeks
 * before, and in any 14 days at most 30% above what it carried in the four weeks before (Nielsen 2014 linked
 * more than 30% over two weeks with injury).
 *
 * <p>"What the tissue carried" is the heaviest 7 (14) days ending 0-14 days before the window starts, or three
 * runs a week of the heaviest run in that span, whichever is more. Why not simply "the 7 days before": runs are
 * whole sessions two or three days apart, so a plain rolling week holds three of them or two depending on where
 * it falls, and a week that happens to hold two makes the next look 50% heavier. Every wait that causes thins the
 * next reference week, and the plan collapses to one or two runs a week for good (tried: it did, and no floor
 * small enough to matter in walk-run fixes it). Every published return-to-run program keeps its rhythm (every
 * other day) and progresses the session, so the ramp is on the session: three runs like the heaviest recent one
 * is the usual week, not growth, and a week may carry 10% more than that. A lighter week, a missed session or two
 * rest days after a flare therefore do not reset the ramp, and the 10% still binds whenever the sessions
 * themselves grow faster.
 *
 * <p>Floors let the first weeks start from nothing. The 7-day floor is one early walk-run week (three sessions
 * of the program's first walk-jog level); the 14-day floor is two of them. Below a floor the percentages do not
 * apply, so the whole of stage 1 and the first walk-jog week fit under it, and the limit binds from there on.
 */
public record LoadLimit(double weeklyFloor, double fortnightFloor) {
    static final double WEEK_GROWTH = 1.10;
    static final double FORTNIGHT_GROWTH = 1.30;
    private static final double SLACK = 1e-6;
    /** Reference windows end up to this many days before the window starts (see the class comment). */
    static final int REFERENCE_SPAN = 14;
    /** How far back a check reaches: a fortnight's reference windows lie up to 41 days before its end. */
    private static final int REACH = 42;

    /** A window that would break a limit: its load against the reference and what was allowed. */
    public record Window(int days, LocalDate end, double load, double reference, double allowed,
            int growthPercent) {}

    public LoadLimit {
        if (!(weeklyFloor > 0 && fortnightFloor >= weeklyFloor)) {
            throw new IllegalArgumentException("floors must be positive and the 14-day floor at least the 7-day one");
        }
    }

    /** Floors from one early walk-run week of the program: three sessions of its first jog. */
    public static LoadLimit forProgram(Program program) {
        double week = 3 * program.level(program.firstJog()).load();
        return new LoadLimit(week, 2 * week);
    }

    /**
     * The first window that {@code load} more on {@code day} would break, given the load already done per day;
     * empty when it fits. Every window that would contain the new session is checked.
     */
    public Optional<Window> violation(Map<LocalDate, Double> daily, LocalDate day, double load) {
        Days d = new Days(daily, day.minusDays(REACH), REACH + 14);
        d.add(day, load);
        for (int k = 0; k < 14; k++) {
            Optional<Window> broken = broken(d, day.plusDays(k));
            if (broken.isPresent()) {
                return broken;
            }
        }
        return Optional.empty();
    }

    /** The window of {@code days} ending on {@code end} against its reference, for load already done. */
    public Window measure(Map<LocalDate, Double> daily, LocalDate end, int days) {
        Days d = new Days(daily, end.minusDays(REACH), REACH + 1);
        double reference = reference(d, end, days);
        double growth = days == 7 ? WEEK_GROWTH : FORTNIGHT_GROWTH;
        double floor = days == 7 ? weeklyFloor : fortnightFloor;
        return new Window(days, end, d.sum(end, days), reference, Math.max(floor, reference * growth),
                (int) Math.round((growth - 1) * 100));
    }

    /** The first window ending on {@code end} that breaks a limit, for load already done. */
    public Optional<Window> brokenWindowEnding(Map<LocalDate, Double> daily, LocalDate end) {
        return broken(new Days(daily, end.minusDays(REACH), REACH + 1), end);
    }

    private Optional<Window> broken(Days d, LocalDate end) {
        Optional<Window> week = broken(d, end, 7, weeklyFloor, WEEK_GROWTH);
        return week.isPresent() ? week : broken(d, end, 14, fortnightFloor, FORTNIGHT_GROWTH);
    }

    private static Optional<Window> broken(Days d, LocalDate end, int days, double floor, double growth) {
        double window = d.sum(end, days);
        double reference = reference(d, end, days);
        double allowed = Math.max(floor, reference * growth);
        if (window > allowed + SLACK) {
            return Optional.of(new Window(days, end, window, reference, allowed, (int) Math.round((growth - 1) * 100)));
        }
        return Optional.empty();
    }

    /**
     * What the tissue recently carried: the heaviest window of the same length ending 0-14 days before this one
     * starts, or the program's usual rhythm (three runs a week) of the heaviest day in that span, if more.
     */
    private static double reference(Days d, LocalDate end, int days) {
        double heaviestWindow = 0;
        double heaviestDay = 0;
        for (int back = days; back <= days + REFERENCE_SPAN; back++) {
            heaviestWindow = Math.max(heaviestWindow, d.sum(end.minusDays(back), days));
        }
        for (int back = days; back < 2 * days + REFERENCE_SPAN; back++) {
            heaviestDay = Math.max(heaviestDay, d.sum(end.minusDays(back), 1));
        }
        return Math.max(heaviestWindow, heaviestDay * Schedule.MAX_RUNS_PER_WEEK * days / 7.0);
    }

    /** The first day from {@code earliest} on which {@code load} fits. */
    public LocalDate firstAllowedDay(Map<LocalDate, Double> daily, LocalDate earliest, double load) {
        if (load > weeklyFloor + SLACK) {
            throw new IllegalArgumentException("a session of load " + load + " can never fit a weekly floor of "
                    + weeklyFloor);
        }
        LocalDate day = earliest;
        while (violation(daily, day, load).isPresent()) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Load per day over a span, with prefix sums so every window is summed in constant time. */
    private static final class Days {
        final LocalDate first;
        final double[] perDay;
        double[] prefix;

        Days(Map<LocalDate, Double> daily, LocalDate first, int length) {
            this.first = first;
            perDay = new double[length];
            for (Map.Entry<LocalDate, Double> e : daily.entrySet()) {
                long i = ChronoUnit.DAYS.between(first, e.getKey());
                if (i >= 0 && i < length) {
                    perDay[(int) i] += e.getValue();
                }
            }
        }

        void add(LocalDate day, double load) {
            perDay[(int) ChronoUnit.DAYS.between(first, day)] += load;
            prefix = null;
        }

        /** The load of the {@code days} days ending on {@code end}; days outside the span count as nothing. */
        double sum(LocalDate end, int days) {
            if (prefix == null) {
                prefix = new double[perDay.length + 1];
                for (int i = 0; i < perDay.length; i++) {
                    prefix[i + 1] = prefix[i] + perDay[i];
                }
            }
            int hi = (int) Math.min(perDay.length, Math.max(0, ChronoUnit.DAYS.between(first, end) + 1));
            int lo = (int) Math.min(perDay.length, Math.max(0, ChronoUnit.DAYS.between(first, end) + 1 - days));
            return prefix[hi] - prefix[lo];
        }
    }
}
