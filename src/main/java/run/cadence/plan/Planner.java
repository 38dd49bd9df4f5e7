package run.cadence.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides the next running session from the runner's profile and history: a pure function of (profile,
 * history, today), so thousands of simulated runners can be checked as properties.
 *
 * <ul>
 *   <li>Pain decides ({@link FlareCause}): a severe flare goes back a stage after two rest days; a mild one holds
 *       the level, or goes one level back when it had not settled by the next morning (or came twice in a row);
 *       no report, a session not finished or no next-morning report yet: the same session again; two good
 *       sessions at a level (one, re-climbing levels run before a setback): one variable harder, unless the
 *       week's worst pain is above the week before's.
 *   <li>Time off ({@link Gap}) never advances and steps back by how long it was.
 *   <li>Before the next run after a flare, the runner confirms it has settled.
 *   <li>The metronome fades with the cadence a watch measured ({@link ClickFade}).
 *   <li>Runs are every other day, three in 7 days, two in every fourth week, within the {@link LoadLimit}.
 *   <li>After the program, maintenance: the new cadence kept, with a check now and then.
 * </ul>
 */
public final class Planner {
    private final LoadLimit limit;

    public Planner(LoadLimit limit) {
        this.limit = limit;
    }

    /** The planner with the floors of the runner's own program ({@link LoadLimit#forProgram}). */
    public Planner() {
        this(null);
    }

    /** Today's (or the next due) session and why. */
    public PlanDecision next(Profile profile, History history, LocalDate today) {
        Program program = Program.rampingTo(profile.increasePercent());
        List<PastSession> done = history.runsDone();
        List<PastSession> since = new ArrayList<>();
        for (PastSession s : done) {
            if (s.id() > profile.startAfterSession()) {
                since.add(s);
            }
        }
        Progression.Choice choice = since.isEmpty() ? Progression.start(program, profile.startStage())
                : Progression.decide(program, since, done, today);
        List<Reason> reasons = new ArrayList<>(choice.reasons());
        Decision decision = choice.decision();
        PlannedSession level = program.level(choice.level());
        if (level.hasRunning() && !profile.entryChecksPassed()) {
            decision = Decision.NOT_READY;
            reasons.add(0, new Reason.NotReady(level.stage(), profile.walkCheck(), profile.hopCheck()));
        } else if (level.hasRunning() && choice.checksAgain() && !checkedSince(profile, done)) {
            decision = Decision.NOT_READY;
            int days = (int) java.time.temporal.ChronoUnit.DAYS.between(done.get(done.size() - 1).date(), today);
            reasons.add(0, new Reason.ChecksAgain(days));
        }
        Optional<Unsettled> unsettled = unsettled(history);
        unsettled.ifPresent(u -> reasons.add(u.reason()));

        Optional<PlannedSession> hold = decision == Decision.ADVANCE
                ? Optional.of(program.level(choice.level() - 1)) : Optional.empty();
        LoadLimit l = limit != null ? limit : LoadLimit.forProgram(program);
        Schedule.When when = new Schedule(l).when(done, level, hold, decision, today);
        if (when.session() != level) {
            decision = Decision.REPEAT;
            reasons.remove(0);
        }
        PlannedSession session = when.session();
        List<Reason> schedule = new ArrayList<>(when.reasons());
        if (session.hasRunning()) {
            ClickFade.Result clicks = ClickFade.of(done, session, today,
                    session.targetCadence(profile.baseline()).stepsPerMinute());
            session = session.withClickPercent(clicks.percent());
            clicks.targetChanged().ifPresent(reasons::add);
            clicks.reason().ifPresent(reasons::add);
        }
        if (when.session() != level) {
            reasons.add(0, schedule.remove(0));
        }
        reasons.addAll(schedule);
        return new PlanDecision(session, when.day(), decision, reasons, unsettled.isPresent());
    }

    /** Whether the entry checks were answered after the last run (a long gap asks them again). */
    private static boolean checkedSince(Profile profile, List<PastSession> done) {
        return profile.checksAnsweredOn().map(d -> d.isAfter(done.get(done.size() - 1).date())).orElse(false);
    }

    /**
     * A flare the runner has not yet said settled: on the last run (every severe flare, and a mild one that had
     * not settled by the next morning), or a severe one on a strength or cross session since that run. Its
     * session's id and the reason.
     */
    public static Optional<Unsettled> unsettled(History history) {
        List<PastSession> done = history.runsDone();
        long lastRunId = 0;
        if (!done.isEmpty()) {
            PastSession last = done.get(done.size() - 1);
            lastRunId = last.id();
            if (last.flare().filter(FlareCause::needsSettledCheck).isPresent() && last.settledOn().isEmpty()) {
                return Optional.of(new Unsettled(last.id(), new Reason.AwaitSettled(last.date(), false)));
            }
        }
        for (int i = history.extras().size() - 1; i >= 0; i--) {
            PastExtra e = history.extras().get(i);
            if (e.id() < lastRunId) {
                break;
            }
            if (e.didAnything() && e.severeFlare().isPresent() && e.settledOn().isEmpty()) {
                return Optional.of(new Unsettled(e.id(), new Reason.AwaitSettled(e.date(), true)));
            }
        }
        return Optional.empty();
    }

    /** The session whose flare waits to be confirmed settled, and why. */
    public record Unsettled(long sessionId, Reason.AwaitSettled reason) {}

    /**
     * The next {@code ahead} sessions if every one goes well (pain 0 during, after and next morning, and any
     * flare confirmed settled).
     */
    public List<PlanDecision> preview(Profile profile, History history, LocalDate today, int ahead) {
        History simulated = settleAll(history, today);
        long id = Math.max(simulated.lastId(), profile.startAfterSession());
        List<PlanDecision> out = new ArrayList<>();
        LocalDate day = today;
        for (int i = 0; i < ahead; i++) {
            PlanDecision d = next(profile, simulated, day);
            out.add(d);
            if (d.decision() == Decision.NOT_READY) {
                break;
            }
            simulated = simulated.plusRun(new PastSession(++id, d.session(), d.date(), SessionStatus.COMPLETED,
                    d.session().totalSeconds(), new PainReport(0, 0, 0, false, null),
                    d.session().targetCadence(profile.baseline()), d.decision(), false, Optional.empty(),
                    Optional.empty(), PastSession.Played.UNKNOWN));
            day = d.date();
        }
        return out;
    }

    private static History settleAll(History history, LocalDate today) {
        List<PastSession> runs = new ArrayList<>();
        for (PastSession s : history.runs()) {
            runs.add(s.flare().isPresent() && s.settledOn().isEmpty() ? s.settled(today) : s);
        }
        List<PastExtra> extras = new ArrayList<>();
        for (PastExtra e : history.extras()) {
            extras.add(e.severeFlare().isPresent() && e.settledOn().isEmpty() ? e.settled(today) : e);
        }
        return new History(runs, extras);
    }
}
