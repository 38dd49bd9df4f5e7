package run.cadence.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decides the next session from the runner's profile and history. Pain decides (0-10, during, after and
 * the next morning):
 * <ul>
 *   <li>a limp, pain above 5, or pain worse the next morning: back one stage, after a rest day;
 *   <li>pain 4-5: the same session again;
 *   <li>no report, a session stopped early, or no next-morning report yet: the same session again;
 *   <li>pain at most 3 and no worse next morning, twice in a row at this level: one variable up, unless the
 *       week's worst pain is above the week before's (pain must not rise week to week): then the same again.
 * </ul>
 * Sessions are about every other day, and never so close that running minutes break the {@link VolumeLimit}.
 */
public final class Planner {
    static final int SESSIONS_PER_LEVEL = 2;
    static final int DAYS_BETWEEN = 2;
    static final int DAYS_AFTER_STEP_BACK = 3;
    /** Every other day, but never a fourth session inside 7 days: whole sessions then fill windows evenly. */
    static final int MAX_SESSIONS_PER_WEEK = 3;
    /** How every plan message names a day: "Thu 26 Nov". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final VolumeLimit volume;

    public Planner(VolumeLimit volume) {
        this.volume = volume;
    }

    public Planner() {
        this(VolumeLimit.DEFAULT);
    }

    /** Today's (or the next due) session and why. */
    public PlanDecision next(Profile profile, List<PastSession> history, LocalDate today) {
        Program program = Program.rampingTo(profile.increasePercent());
        List<PastSession> done = new ArrayList<>();
        for (PastSession s : history) {
            if (s.didAnything()) {
                done.add(s);
            }
        }
        done.sort(Comparator.comparingLong(PastSession::id));
        List<PastSession> sinceStart = new ArrayList<>();
        for (PastSession s : done) {
            if (s.id() > profile.startAfterSession()) {
                sinceStart.add(s);
            }
        }

        List<String> reasons = new ArrayList<>();
        int level;
        Decision decision;
        LocalDate earliest = today;
        if (sinceStart.isEmpty()) {
            level = program.firstLevelOf(profile.startStage());
            decision = Decision.START;
            reasons.add("Starting stage " + profile.startStage().number() + " (" + profile.startStage().title()
                    + "): " + program.level(level).describe() + ".");
        } else {
            PastSession last = sinceStart.get(sinceStart.size() - 1);
            int lastLevel = program.levelOf(last.session());
            Optional<PainReport> pain = last.painReport();
            if (pain.isEmpty()) {
                level = lastLevel;
                decision = Decision.REPEAT;
                reasons.add("Repeating: no pain report for the session on " + DAY.format(last.date())
                        + ", so the planner cannot tell how it went. Log it: cadence log --during N --after N");
            } else if (stepBackSign(pain.get()).isPresent()) {
                level = program.stepBackFrom(lastLevel);
                decision = Decision.STEP_BACK;
                reasons.add("Stepping back: " + stepBackSign(pain.get()).get() + " → "
                        + program.level(level).describeChangeFrom(program.level(lastLevel))
                        + "; rest a day first.");
            } else if (pain.get().worst() > PainReport.HOLD_ABOVE) {
                level = lastLevel;
                decision = Decision.REPEAT;
                reasons.add("Repeating: " + pain.get().describe()
                        + "; 4-5/10 means hold this session until pain stays at 3 or below.");
            } else if (last.status() != SessionStatus.COMPLETED) {
                level = lastLevel;
                decision = Decision.REPEAT;
                reasons.add("Repeating: the session on " + DAY.format(last.date()) + " "
                        + (last.status() == SessionStatus.STOPPED_EARLY
                                ? "stopped early after " + minutes(last.doneSeconds()) + " of "
                                        + minutes(last.session().totalSeconds()) + " min"
                                : "was cut off before it finished") + ".");
            } else if (pain.get().morningPain().isEmpty()) {
                level = lastLevel;
                decision = Decision.REPEAT;
                reasons.add("Repeating until the next-morning pain is in (" + pain.get().describe()
                        + " so far). Log it: cadence log --morning N");
            } else {
                List<PastSession> good = goodRunAtLevel(sinceStart, program, lastLevel);
                Optional<String> rising = painRisingWeekToWeek(done, last.date());
                if (good.size() >= SESSIONS_PER_LEVEL && lastLevel < program.lastLevel() && rising.isPresent()) {
                    level = lastLevel;
                    decision = Decision.REPEAT;
                    reasons.add("Repeating: pain is rising week to week (" + rising.get()
                            + "); hold this session until it stops rising.");
                } else if (good.size() >= SESSIONS_PER_LEVEL && lastLevel < program.lastLevel()) {
                    level = lastLevel + 1;
                    decision = Decision.ADVANCE;
                    PastSession a = good.get(good.size() - 2);
                    reasons.add("Advancing: last two sessions pain " + a.pain().worst() + "/10 and "
                            + last.pain().worst() + "/10 → "
                            + program.level(level).describeChangeFrom(program.level(lastLevel)) + ".");
                } else if (good.size() >= SESSIONS_PER_LEVEL) {
                    level = lastLevel;
                    decision = Decision.REPEAT;
                    reasons.add("Program complete: pain " + last.pain().worst()
                            + "/10. Keep this session, and add hills or speed only as pain allows.");
                } else {
                    level = lastLevel;
                    decision = Decision.REPEAT;
                    reasons.add("Repeating: each step is done " + SESSIONS_PER_LEVEL + " times before moving on ("
                            + good.size() + " of " + SESSIONS_PER_LEVEL + " so far, pain "
                            + last.pain().worst() + "/10).");
                }
            }
        }
        // The legs rest whatever the plan says: a restart with --stage moves where the runner is, not when the
        // last session was run, so the rest day and the 3-in-7 cap count every session done.
        if (!done.isEmpty()) {
            PastSession lastDone = done.get(done.size() - 1);
            LocalDate rested = lastDone.date().plusDays(
                    decision == Decision.STEP_BACK ? DAYS_AFTER_STEP_BACK : DAYS_BETWEEN);
            if (done.size() >= MAX_SESSIONS_PER_WEEK) {
                LocalDate weekFull = done.get(done.size() - MAX_SESSIONS_PER_WEEK).date().plusDays(7);
                if (weekFull.isAfter(rested)) {
                    rested = weekFull;
                }
            }
            if (rested.isAfter(earliest)) {
                earliest = rested;
            }
        }
        // The entry checks gate running, not walking (CLINICAL.md): stage 1 walking is always allowed, and the
        // first session with running waits for both checks, whichever way the runner got there.
        if (program.level(level).hasRunning() && !profile.entryChecksPassed()) {
            decision = Decision.NOT_READY;
            reasons.add(0, notReadyReason(profile, program.level(level).stage()));
        }

        PlannedSession session = program.level(level).withClickPercent(clickPercent(done, program.level(level)));
        if (session.hasRunning() && session.clickPercent() < 100) {
            reasons.add(session.clickPercent() == 0
                    ? "Cadence check: no clicks this time; hold " + session.targetCadence(profile.baseline()).format()
                            + " spm by feel."
                    : "Metronome fades: clicks during " + session.clickPercent()
                            + "% of each run, so the new cadence becomes your own.");
        }

        Map<LocalDate, Double> daily = dailyRunning(done);
        LocalDate day = earliest;
        Optional<String> tooMuch = volume.violation(daily, day, session.runningMinutes());
        if (tooMuch.isPresent()) {
            day = volume.firstAllowedDay(daily, earliest, session.runningMinutes());
            reasons.add("Resting until " + DAY.format(day) + ": on " + DAY.format(earliest) + ", "
                    + tooMuch.get() + ".");
        } else if (day.isAfter(today)) {
            reasons.add("Rest today; next session " + DAY.format(day) + " (every other day, at most "
                    + MAX_SESSIONS_PER_WEEK + " in 7 days).");
        }
        return new PlanDecision(session, day, decision, reasons);
    }

    /**
     * The next {@code ahead} sessions if every one goes well (pain 0 during, after and next morning).
     */
    public List<PlanDecision> preview(Profile profile, List<PastSession> history, LocalDate today, int ahead) {
        List<PastSession> simulated = new ArrayList<>(history);
        long id = 0;
        for (PastSession s : history) {
            id = Math.max(id, s.id());
        }
        id = Math.max(id, profile.startAfterSession());
        List<PlanDecision> out = new ArrayList<>();
        LocalDate day = today;
        for (int i = 0; i < ahead; i++) {
            PlanDecision d = next(profile, simulated, day);
            out.add(d);
            if (d.decision() == Decision.NOT_READY) {
                break;
            }
            simulated.add(new PastSession(++id, d.session(), d.date(), SessionStatus.COMPLETED,
                    d.session().totalSeconds(), new PainReport(0, 0, 0, false, null)));
            day = d.date();
        }
        return out;
    }

    /** Running minutes per day, for the volume limits. */
    public static Map<LocalDate, Double> dailyRunning(List<PastSession> history) {
        Map<LocalDate, Double> daily = new TreeMap<>();
        for (PastSession s : history) {
            if (s.status().wasRun()) {
                daily.merge(s.date(), s.runningMinutesDone(), Double::sum);
            }
        }
        return daily;
    }

    /**
     * Pain is acceptable only if it "does not rise week to week" (Silbernagel et al. 2007): the worst pain
     * reported in the 7 days to {@code lastDay} against the 7 days before. Empty when it did not rise, or when
     * the week before has no report to compare with.
     */
    static Optional<String> painRisingWeekToWeek(List<PastSession> done, LocalDate lastDay) {
        int thisWeek = worstPain(done, lastDay.minusDays(6), lastDay);
        int weekBefore = worstPain(done, lastDay.minusDays(13), lastDay.minusDays(7));
        if (weekBefore < 0 || thisWeek <= weekBefore) {
            return Optional.empty();
        }
        return Optional.of("worst " + thisWeek + "/10 in the 7 days to " + DAY.format(lastDay) + ", " + weekBefore
                + "/10 in the 7 days before");
    }

    /** The worst pain reported for sessions dated {@code from} to {@code to}, or -1 without a report. */
    private static int worstPain(List<PastSession> sessions, LocalDate from, LocalDate to) {
        int worst = -1;
        for (PastSession s : sessions) {
            if (s.pain() != null && !s.date().isBefore(from) && !s.date().isAfter(to)) {
                worst = Math.max(worst, s.pain().worst());
            }
        }
        return worst;
    }

    /** Why this report calls for a step back, if it does. */
    static Optional<String> stepBackSign(PainReport pain) {
        if (pain.limp()) {
            return Optional.of("a limp (" + pain.describe() + ")");
        }
        if (pain.worst() > PainReport.STEP_BACK_ABOVE) {
            return Optional.of(pain.describe() + ", above 5/10");
        }
        if (pain.worseNextMorning()) {
            return Optional.of(pain.describe() + ": worse the next morning");
        }
        return Optional.empty();
    }

    /** A session that earns progress: completed, pain at most 3, no worse next morning, no limp. */
    static boolean good(PastSession s) {
        if (s.status() != SessionStatus.COMPLETED || s.pain() == null) {
            return false;
        }
        PainReport p = s.pain();
        return !p.limp() && p.worst() <= PainReport.HOLD_ABOVE && p.morning() != null && !p.worseNextMorning();
    }

    /** The good sessions at {@code level} at the end of the history, oldest first, unbroken by any other. */
    private static List<PastSession> goodRunAtLevel(List<PastSession> sessions, Program program, int level) {
        List<PastSession> run = new ArrayList<>();
        for (int i = sessions.size() - 1; i >= 0; i--) {
            PastSession s = sessions.get(i);
            if (program.levelOf(s.session()) != level || !good(s)) {
                break;
            }
            run.add(0, s);
        }
        return run;
    }

    /**
     * Faded feedback (Willy et al. 2016): clicks during every run for the first 4 sessions at a cadence
     * target, then 75%, 50% and 25% of run time for 2 sessions each, then checks without clicks.
     */
    static int clickPercent(List<PastSession> done, PlannedSession next) {
        if (!next.hasRunning()) {
            return 100;
        }
        int atTarget = 0;
        for (int i = done.size() - 1; i >= 0; i--) {
            if (!done.get(i).didAnything()) {
                continue;
            }
            PlannedSession s = done.get(i).session();
            if (!s.hasRunning()) {
                continue;
            }
            if (Math.abs(s.cadencePercent() - next.cadencePercent()) > 1e-9) {
                break;
            }
            atTarget++;
        }
        if (atTarget < 4) {
            return 100;
        }
        if (atTarget < 6) {
            return 75;
        }
        if (atTarget < 8) {
            return 50;
        }
        if (atTarget < 10) {
            return 25;
        }
        return 0;
    }

    private static String notReadyReason(Profile profile, Stage stage) {
        if (profile.walkCheck() == EntryCheck.FAILED || profile.hopCheck() == EntryCheck.FAILED) {
            return "Not ready to run (stage " + stage.number() + "): an entry check was not pain-free (brisk 30 min"
                    + " walk " + profile.walkCheck().label() + ", single-leg hops " + profile.hopCheck().label()
                    + "). Keep to walking you can do without pain and the hip-strength work, then check again:"
                    + " cadence profile --walk-check pass --hop-check pass";
        }
        return "Before the first running (stage " + stage.number() + "), two checks: can you walk briskly for 30"
                + " min, and do 10-20 single-leg hops on the sore side, without pain? Record them: cadence profile"
                + " --walk-check pass|fail --hop-check pass|fail";
    }

    private static String minutes(int seconds) {
        return String.valueOf(Math.round(seconds / 60.0));
    }
}
