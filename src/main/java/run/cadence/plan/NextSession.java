package run.cadence.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import run.cadence.session.Workout;

/**
 * What {@code cadence next} does, as a use case: plan → run, strength or cross-training today → flare check →
 * record → play → finish, failures included. It words nothing: the command line prints what it reports.
 */
public final class NextSession {
    /** What the runner asks for. */
    public sealed interface Ask permits Ask.Today, Ask.Run, Ask.Strength, Ask.Cross {
        boolean settled();

        /** Whatever today holds: the run when it is due, else the strength session. */
        record Today(boolean settled) implements Ask {}

        /** The next run even on a rest day. */
        record Run(boolean settled) implements Ask {}

        record Strength() implements Ask {
            @Override
            public boolean settled() {
                return false;
            }
        }

        record Cross(CrossSession.Kind kind) implements Ask {
            @Override
            public boolean settled() {
                return false;
            }
        }
    }

    /** What is played: a run and its decision, or a strength or cross session and why it is this one. */
    public sealed interface Playing permits Playing.Run, Playing.Extra {
        Workout workout();

        record Run(PlanDecision decision) implements Playing {
            @Override
            public Workout workout() {
                return decision.session().workout();
            }
        }

        record Extra(ExtraSession session, Optional<Reason> why, PlanDecision nextRun) implements Playing {
            @Override
            public Workout workout() {
                return session.workout();
            }
        }
    }

    /** How it went. */
    public sealed interface Outcome {
        record NoProfile() implements Outcome {}

        /** The run needs the entry checks first. */
        record NotReady(PlanDecision decision) implements Outcome {}

        /** The run waits for a flare to settle; the strength session is there meanwhile. */
        record AwaitingSettled(PlanDecision decision, StrengthPlan.Dose offer) implements Outcome {}

        /** No run today and the strength session is done (or not asked for): nothing more to play. */
        record RestDay(PlanDecision decision, StrengthPlan.Dose offer) implements Outcome {}

        /**
         * Today's run is done but has no pain report yet: the runner logs it before anything else is played, so a
         * strength session after it cannot take the run's report (a limp after a run must reach the run).
         */
        record LogRunFirst(PastSession run, PlanDecision decision) implements Outcome {}

        /**
         * A run was asked for ({@code --anyway}) on a day that already had one: a second run the same day is more
         * load than any step of the plan adds, and the rest between runs is part of the rehab.
         */
        record RanToday(PastSession run, PlanDecision decision) implements Outcome {}

        /**
         * A run was asked for ({@code --anyway}) while the plan rests for a reason of its own: a flare's rest days,
         * at most three runs in seven days, a lighter week, or a load limit ({@code why}). {@code --anyway} runs a
         * day early against the every-other-day rhythm only; the rest the plan prescribes is part of the rehab.
         */
        record PlanRests(Reason why, PlanDecision decision) implements Outcome {}

        record Played(long id, Playing what, PlayOutcome outcome) implements Outcome {}

        /**
         * It could not be played: a live play is recorded as stopped at 0:00 (no session, {@code id} its row); a file
         * render is not recorded at all ({@code id} empty).
         */
        record Failed(Optional<Long> id, Playing what, IOException cause) implements Outcome {}
    }

    /** The name a session plays under (the player shows it): words, so the command line makes it. */
    public interface Titles {
        String of(Playing what);
    }

    /** Hears what is about to play, before the first sound, and may ask the runner whether a flare settled. */
    public interface Listener {
        void playing(Playing what);

        /** Asked when the run waits for a flare to settle and the runner did not say already; no by default. */
        default boolean settled(Reason.AwaitSettled flare) {
            return false;
        }
    }

    private final SessionLog log;
    private final SessionPlayer player;
    private final Clock clock;
    private final Titles titles;
    private final Planner planner = new Planner();

    public NextSession(SessionLog log, SessionPlayer player, Clock clock, Titles titles) {
        this.log = log;
        this.player = player;
        this.clock = clock;
        this.titles = titles;
    }

    public Outcome next(Ask ask, LocalDate today, Optional<Path> out, Listener listener) {
        Optional<Profile> maybe = log.profile();
        if (maybe.isEmpty()) {
            return new Outcome.NoProfile();
        }
        Profile profile = maybe.get();
        History history = log.history();
        PlanDecision decision = planner.next(profile, history, today);
        boolean wantsRun = !(ask instanceof Ask.Strength || ask instanceof Ask.Cross);
        if (decision.awaitingSettled() && wantsRun && (ask.settled()
                || listener.settled(decision.reason(Reason.AwaitSettled.class).orElseThrow()))) {
            log.confirmSettled(Planner.unsettled(history).orElseThrow().sessionId(), today);
            history = log.history();
            decision = planner.next(profile, history, today);
        }
        StrengthPlan.Dose dose = StrengthPlan.next(profile, decision.session().stage(), history.extras());
        Playing strength = new Playing.Extra(dose.session(), Optional.of(dose.reason()), decision);
        if (ask instanceof Ask.Cross c) {
            CrossSession cross = StrengthPlan.cross(c.kind(), history.extras());
            return play(new Playing.Extra(cross, Optional.empty(), decision), profile, today, out, listener);
        }
        if (ask instanceof Ask.Strength) {
            return play(strength, profile, today, out, listener);
        }
        // A day without a run (not due, not ready, or waiting for a flare to settle): asked for whatever today
        // holds, the runner gets the strength session, once a day.
        Outcome noRun = decision.decision() == Decision.NOT_READY ? new Outcome.NotReady(decision)
                : decision.awaitingSettled() ? new Outcome.AwaitingSettled(decision, dose)
                : decision.date().isAfter(today) && ask instanceof Ask.Today ? new Outcome.RestDay(decision, dose)
                : null;
        if (noRun == null && ask instanceof Ask.Run && decision.date().isAfter(today)) {
            // --anyway: a day early against the every-other-day rhythm, nothing more.
            Optional<PastSession> ranToday = history.runsDone().stream().filter(r -> r.date().equals(today))
                    .reduce((a, b) -> b);
            if (ranToday.isPresent()) {
                return new Outcome.RanToday(ranToday.get(), decision);
            }
            Optional<Reason> prescribedRest = prescribedRest(decision);
            if (prescribedRest.isPresent()) {
                return new Outcome.PlanRests(prescribedRest.get(), decision);
            }
        }
        if (noRun == null) {
            return play(new Playing.Run(decision), profile, today, out, listener);
        }
        // The run of today or yesterday without its pain report: played now, strength would take the report the
        // runner means for the run (a limp included). Older runs are repeated by the plan instead of asked about.
        Optional<PastSession> unreported = history.runsDone().stream().reduce((a, b) -> b)
                .filter(r -> !r.date().isBefore(today.minusDays(1)) && r.pain() == null);
        if (ask instanceof Ask.Today && unreported.isPresent()) {
            return new Outcome.LogRunFirst(unreported.get(), decision);
        }
        if (ask instanceof Ask.Today && !strengthDoneOn(history, today)) {
            return play(strength, profile, today, out, listener);
        }
        return noRun;
    }

    /** A wait that is the plan's own rule for the legs, not the every-other-day rhythm. */
    private static Optional<Reason> prescribedRest(PlanDecision decision) {
        Optional<Reason> load = decision.reason(Reason.LoadWait.class).map(Reason.class::cast);
        return load.isPresent() ? load : decision.reason(Reason.RestDay.class)
                .filter(r -> r.rule() != Reason.RestRule.EVERY_OTHER_DAY).map(Reason.class::cast);
    }

    private static boolean strengthDoneOn(History history, LocalDate day) {
        return history.extras().stream().anyMatch(e -> e.session() instanceof StrengthSession && e.didAnything()
                && e.date().equals(day));
    }

    private Outcome play(Playing what, Profile profile, LocalDate today, Optional<Path> out, Listener listener) {
        listener.playing(what);
        Workout w = what.workout();
        SessionPlayer.Ready ready;
        try {
            // Bad input (an output path, a cue recording, the music library) is refused here, before anything is
            // recorded: the history only ever holds sessions that started playing.
            ready = player.prepare(new Workout(titles.of(what), w.description(), w.sections()), profile.baseline(),
                    out);
        } catch (IOException e) {
            if (out.isPresent()) {
                return new Outcome.Failed(Optional.empty(), what, e);
            }
            long id = record(what, profile, today);
            log.markFinished(id, PlayOutcome.failed());
            return new Outcome.Failed(Optional.of(id), what, e);
        }
        try (ready) {
            if (out.isPresent()) {
                return render(what, ready, profile, today);
            }
            long id = record(what, profile, today);
            log.markStarted(id, Optional.of(clock.instant()));
            PlayOutcome outcome;
            try {
                outcome = ready.play();
            } catch (IOException e) {
                log.markFinished(id, PlayOutcome.failed());
                return new Outcome.Failed(Optional.of(id), what, e);
            } catch (RuntimeException e) {
                // Whatever broke, the attempt is kept as stopped at 0:00 and is no session; the caller reports it.
                log.markFinished(id, PlayOutcome.failed());
                throw e;
            }
            log.markFinished(id, outcome);
            return new Outcome.Played(id, what, outcome);
        }
    }

    private long record(Playing what, Profile profile, LocalDate today) {
        if (what instanceof Playing.Run r) {
            return log.recordPlanned(r.decision(), today, r.decision().session().targetCadence(profile.baseline()));
        }
        Playing.Extra extra = (Playing.Extra) what;
        return log.recordPlanned(extra.session(), today, extra.nextRun().session(),
                extra.nextRun().session().targetCadence(profile.baseline()));
    }

    /**
     * A file render is recorded only once the file is whole, planned to finished in one transaction: a render that
     * was stopped (Ctrl-C, SIGTERM, kill -9) or failed (a full disk) is no session, and leaves no row that the
     * planner would count as run ("cut off") or the history would show as stopped at 0:00. A process stopped between
     * the file and the row leaves a file the history does not know, which the runner can render again.
     */
    private Outcome render(Playing what, SessionPlayer.Ready ready, Profile profile, LocalDate today) {
        PlayOutcome outcome;
        try {
            outcome = ready.play();
        } catch (IOException e) {
            return new Outcome.Failed(Optional.empty(), what, e);
        }
        long id = log.inOneTransaction(() -> {
            long row = record(what, profile, today);
            log.markStarted(row, Optional.empty());
            log.markFinished(row, outcome);
            return row;
        });
        return new Outcome.Played(id, what, outcome);
    }
}
