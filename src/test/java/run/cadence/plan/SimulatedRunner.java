package run.cadence.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import run.cadence.Cadence;

/**
 * Plays a runner through the planner day by day: each {@link Turn} says what the runner does with the session
 * planned next (when they turn up, how it went, what they log, whether a watch recorded it, strength on the days
 * between). Every decision the planner makes is kept with the history it was made from, for properties and for
 * the simulation report.
 */
final class SimulatedRunner {
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    /**
     * What the runner's watch showed: nothing, the cadence held (+ offset), slipped below it, no cadence at all,
     * or held while the clicks play on at least half of each run and slipped once they fade further.
     */
    enum Watch { NONE, HELD, SLIPPED, NO_CADENCE, SLIPS_WHEN_FADED }

    /**
     * One planned session and what the runner does with it.
     *
     * @param offDays days later than planned the runner turns up (0-4 usually; more is a gap)
     * @param pain the report logged, or null for none; {@code morningMissing} leaves the next morning out
     * @param confirmSettled whether they say a flare settled when asked
     * @param strength strength sessions on the days between, each with its worst pain
     */
    record Turn(int offDays, SessionStatus status, int donePercent, boolean stoppedForPain, PainReport pain,
            Watch watch, double slipSpm, boolean confirmSettled, List<Integer> strength) {}

    /** A decision, the history it was made from, and the day. */
    record Step(LocalDate today, Profile profile, History before, PlanDecision decision) {}

    final Profile profile;
    final Planner planner = new Planner();
    final Program program;
    final List<Step> steps = new ArrayList<>();
    History history = History.EMPTY;
    Profile current;
    LocalDate today = START;
    long id;

    SimulatedRunner(Profile profile) {
        this.profile = profile;
        this.current = profile;
        this.program = Program.rampingTo(profile.increasePercent());
    }

    PlanDecision plan() {
        PlanDecision d = planner.next(current, history, today);
        steps.add(new Step(today, current, history, d));
        return d;
    }

    void play(List<Turn> turns) {
        for (Turn t : turns) {
            turn(t);
        }
    }

    void turn(Turn t) {
        PlanDecision d = plan();
        if (d.decision() == Decision.NOT_READY) {
            // The runner answers the entry checks (pain-free) the same day, then asks again.
            current = current.withChecks(EntryCheck.PASSED, EntryCheck.PASSED, today);
            d = plan();
        }
        if (d.awaitingSettled()) {
            strengthDays(t.strength(), today, d.date().isAfter(today) ? d.date() : today.plusDays(2));
            today = d.date().isAfter(today) ? d.date() : today.plusDays(1);
            if (!t.confirmSettled()) {
                today = today.plusDays(2);
                return;
            }
            settle();
            d = plan();
        }
        LocalDate day = d.date().isAfter(today) ? d.date() : today;
        if (t.offDays() > 0) {
            strengthDays(t.strength(), today, day.plusDays(t.offDays()));
            today = day.plusDays(t.offDays());
            d = plan();
            if (d.decision() == Decision.NOT_READY) {
                current = current.withChecks(EntryCheck.PASSED, EntryCheck.PASSED, today);
                d = plan();
            }
            if (d.awaitingSettled()) {
                settle();
                d = plan();
            }
            day = d.date().isAfter(today) ? d.date() : today;
        } else {
            strengthDays(t.strength(), today, day);
        }
        run(d, day, t);
        today = day.plusDays(1);
    }

    private void run(PlanDecision d, LocalDate day, Turn t) {
        PlannedSession s = d.session();
        int total = s.totalSeconds();
        int done = t.status() == SessionStatus.COMPLETED ? total : total * t.donePercent() / 100;
        SessionStatus status = t.stoppedForPain() && t.status() == SessionStatus.COMPLETED
                ? SessionStatus.STOPPED_EARLY : t.status();
        if (status == SessionStatus.STOPPED_EARLY && done == total) {
            done = total / 2;
        }
        Cadence target = s.targetCadence(current.baseline());
        Optional<RunRecording> recording = Optional.empty();
        if (t.watch() != Watch.NONE && s.hasRunning() && status != SessionStatus.STARTED) {
            boolean slips = t.watch() == Watch.SLIPPED || t.watch() == Watch.SLIPS_WHEN_FADED && s.clickPercent() < 50;
            double measured = t.watch() == Watch.NO_CADENCE ? Double.NaN
                    : slips ? target.stepsPerMinute() - t.slipSpm()
                    : target.stepsPerMinute() + t.slipSpm() * 0.25;
            double running = status == SessionStatus.COMPLETED ? s.runningMinutes() : s.runningMinutes() / 2;
            recording = Optional.of(new RunRecording("run-" + (id + 1) + ".fit", "sha" + (id + 1), 1000,
                    Optional.empty(), running, List.of(new RunRecording.StepCadence(target.stepsPerMinute(),
                            measured, running * 60))));
        }
        history = history.plusRun(new PastSession(++id, s, day, status, done, t.pain(), target, d.decision(),
                t.stoppedForPain(), recording, Optional.empty(), PastSession.Played.UNKNOWN));
    }

    private void settle() {
        List<PastSession> runs = new ArrayList<>(history.runs());
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).flare().isPresent() && runs.get(i).settledOn().isEmpty()) {
                runs.set(i, runs.get(i).settled(today));
            }
        }
        List<PastExtra> extras = new ArrayList<>();
        for (PastExtra e : history.extras()) {
            extras.add(e.severeFlare().isPresent() && e.settledOn().isEmpty() ? e.settled(today) : e);
        }
        history = new History(runs, extras);
    }

    /** Strength sessions on the days strictly between {@code from} and {@code to}, one a day. */
    private void strengthDays(List<Integer> pains, LocalDate from, LocalDate to) {
        LocalDate day = from.plusDays(1);
        for (int pain : pains) {
            if (!day.isBefore(to)) {
                break;
            }
            Stage stage = history.runs().isEmpty() ? current.startStage()
                    : history.runs().get(history.runs().size() - 1).session().stage();
            StrengthSession s = StrengthPlan.next(current, stage, history.extras()).session();
            history = history.plusExtra(new PastExtra(++id, s, day, SessionStatus.COMPLETED, s.totalSeconds(),
                    new PainReport(pain, pain, null, false, null), false, Optional.empty()));
            day = day.plusDays(1);
        }
    }

    /** Days from the first run with running to the first 30-minute continuous run, if both happened. */
    Optional<Long> daysFirstJogToThirty() {
        LocalDate firstJog = null;
        for (PastSession s : history.runsDone()) {
            if (firstJog == null && s.session().hasRunning()) {
                firstJog = s.date();
            }
            if (firstJog != null && s.session().walkMinutes() == 0 && s.session().easyRunningMinutes() >= 30) {
                return Optional.of(ChronoUnit.DAYS.between(firstJog, s.date()));
            }
        }
        return Optional.empty();
    }
}
