package run.cadence.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When the next run is due: every other day, never a fourth run in 7 days (a third in a lighter week), two rest
 * days after a severe flare, and only on a day the load limits allow.
 */
final class Schedule {
    static final int DAYS_BETWEEN = 2;
    static final int MAX_RUNS_PER_WEEK = 3;
    static final int MAX_RUNS_LIGHTER_WEEK = 2;
    /** Every fourth week is lighter (CLINICAL.md: common every third or fourth week). */
    static final int LIGHTER_EVERY = 4;
    /** A block of weeks starts over after this long without a run. */
    static final int NEW_BLOCK_AFTER_DAYS = 14;
    /** Windows reach back 6 weeks at most (two fortnights before a fortnight). */
    private static final int LOOK_BACK_DAYS = 3 * 14 + 14;

    /** The day, the session (the one asked for, or the hold instead), and why. */
    record When(LocalDate day, PlannedSession session, List<Reason> reasons) {}

    private final LoadLimit limit;

    Schedule(LoadLimit limit) {
        this.limit = limit;
    }

    /**
     * The first day {@code session} may be run. When the load limit stops it on that day and {@code hold} (the
     * level the runner is at, for an advance) fits, the hold is run instead: the runner keeps the rhythm and the
     * week's load catches up, rather than waiting with the harder session.
     */
    When when(List<PastSession> done, PlannedSession session, Optional<PlannedSession> hold, Decision decision,
            LocalDate today) {
        LocalDate earliest = today;
        Reason.RestRule rule = null;
        if (!done.isEmpty()) {
            PastSession last = done.get(done.size() - 1);
            boolean rest = decision == Decision.STEP_BACK;
            LocalDate rested = last.date().plusDays(rest ? Progression.REST_DAYS_AFTER_SEVERE + 1 : DAYS_BETWEEN);
            if (rested.isAfter(earliest)) {
                earliest = rested;
                rule = rest ? Reason.RestRule.AFTER_STEP_BACK : Reason.RestRule.EVERY_OTHER_DAY;
            }
            if (done.size() >= MAX_RUNS_PER_WEEK) {
                LocalDate weekFull = done.get(done.size() - MAX_RUNS_PER_WEEK).date().plusDays(7);
                if (weekFull.isAfter(earliest)) {
                    earliest = weekFull;
                    rule = Reason.RestRule.THREE_IN_SEVEN;
                }
            }
        }
        Optional<LocalDate> anchor = blockStart(done, today);
        NavigableMap<LocalDate, Double> daily = dailyLoad(done, today.minusDays(LOOK_BACK_DAYS));
        List<Reason> reasons = new ArrayList<>();
        LocalDate day = earliest;
        PlannedSession chosen = session;
        // The lighter week and the load limit can each move the day; repeat until neither does.
        for (int guard = 0; guard < 100; guard++) {
            LocalDate lighterEnd = anchor.isEmpty() ? null : fullLighterWeek(anchor.get(), done, day).orElse(null);
            if (lighterEnd != null) {
                day = lighterEnd;
                rule = Reason.RestRule.LIGHTER_WEEK;
                continue;
            }
            Optional<LoadLimit.Window> over = limit.violation(daily, day, chosen.load());
            if (over.isEmpty()) {
                break;
            }
            if (hold.isPresent() && limit.violation(daily, day, hold.get().load()).isEmpty()) {
                reasons.add(new Reason.LoadHold(session, hold.get(), over.get()));
                chosen = hold.get();
                break;
            }
            LocalDate fits = limit.firstAllowedDay(daily, day, chosen.load());
            reasons.add(new Reason.LoadWait(day, fits, over.get()));
            day = fits;
        }
        if (day.isAfter(today) && rule != null && reasons.stream().noneMatch(r -> r instanceof Reason.LoadWait)) {
            reasons.add(new Reason.RestDay(day, rule));
        }
        LocalDate at = day;
        anchor.filter(a -> lighter(a, at)).ifPresent(a -> reasons.add(new Reason.LighterWeek(weekStart(a, at),
                weekStart(a, at).plusDays(6))));
        return new When(day, chosen, reasons);
    }

    /**
     * The first day of the current block of weeks: the first run with running after the last break of two weeks
     * or more. Empty before any running, or when the next run starts a block of its own.
     */
    static Optional<LocalDate> blockStart(List<PastSession> done, LocalDate today) {
        LocalDate anchor = null;
        LocalDate previous = null;
        for (PastSession s : done) {
            if (previous != null && ChronoUnit.DAYS.between(previous, s.date()) >= NEW_BLOCK_AFTER_DAYS) {
                anchor = null;
            }
            if (anchor == null && s.session().hasRunning()) {
                anchor = s.date();
            }
            previous = s.date();
        }
        if (previous != null && ChronoUnit.DAYS.between(previous, today) >= NEW_BLOCK_AFTER_DAYS) {
            return Optional.empty();
        }
        return Optional.ofNullable(anchor);
    }

    static boolean lighter(LocalDate anchor, LocalDate day) {
        long week = ChronoUnit.DAYS.between(anchor, day) / 7;
        return week % LIGHTER_EVERY == LIGHTER_EVERY - 1;
    }

    private static LocalDate weekStart(LocalDate anchor, LocalDate day) {
        return anchor.plusDays(ChronoUnit.DAYS.between(anchor, day) / 7 * 7);
    }

    /** The day after a lighter week that already holds its runs, when {@code day} falls in one. */
    private static Optional<LocalDate> fullLighterWeek(LocalDate anchor, List<PastSession> done, LocalDate day) {
        if (!lighter(anchor, day)) {
            return Optional.empty();
        }
        LocalDate start = weekStart(anchor, day);
        int runs = 0;
        for (PastSession s : done) {
            if (!s.date().isBefore(start) && s.date().isBefore(day)) {
                runs++;
            }
        }
        return runs >= MAX_RUNS_LIGHTER_WEEK ? Optional.of(start.plusDays(7)) : Optional.empty();
    }

    /** The tissue load done per day from {@code from} on. */
    static NavigableMap<LocalDate, Double> dailyLoad(List<PastSession> done, LocalDate from) {
        NavigableMap<LocalDate, Double> daily = new TreeMap<>();
        for (PastSession s : done) {
            if (!s.date().isBefore(from)) {
                daily.merge(s.date(), s.loadDone(), Double::sum);
            }
        }
        return daily;
    }
}
