package run.cadence.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import run.cadence.Cadence;

/** A {@link SessionLog} in memory, for the planner's use cases without a database. */
final class MemoryLog implements SessionLog {
    Profile profile;
    History history = History.EMPTY;
    final Map<Long, Instant> liveStarts = new HashMap<>();
    final List<String> writes = new ArrayList<>();
    private long id;

    MemoryLog(Profile profile) {
        this.profile = profile;
    }

    @Override
    public Optional<Profile> profile() {
        return Optional.ofNullable(profile);
    }

    @Override
    public History history() {
        return history;
    }

    @Override
    public long recordPlanned(PlanDecision decision, LocalDate day, Cadence target) {
        writes.add("run " + day);
        history = history.plusRun(new PastSession(++id, decision.session(), day, SessionStatus.PLANNED, 0, null, target,
                decision.decision(), false, Optional.empty(), Optional.empty(), PastSession.Played.UNKNOWN));
        return id;
    }

    @Override
    public long recordPlanned(ExtraSession session, LocalDate day, PlannedSession atLevel, Cadence target) {
        writes.add("extra " + day);
        history = history.plusExtra(new PastExtra(++id, session, day, SessionStatus.PLANNED, 0, null, false,
                Optional.empty()));
        return id;
    }

    @Override
    public <T> T inOneTransaction(java.util.function.Supplier<T> work) {
        writes.add("transaction");
        return work.get();
    }

    @Override
    public void markStarted(long id, Optional<Instant> liveStart) {
        liveStart.ifPresent(s -> liveStarts.put(id, s));
        replace(id, SessionStatus.STARTED, 0, false, PastSession.Played.UNKNOWN);
    }

    @Override
    public void markFinished(long id, PlayOutcome outcome) {
        boolean stopped = outcome instanceof PlayOutcome.Stopped;
        boolean pain = stopped && ((PlayOutcome.Stopped) outcome).reason() == PlayOutcome.StopReason.PAIN;
        replace(id, stopped ? SessionStatus.STOPPED_EARLY : SessionStatus.COMPLETED, (int) outcome.done().toSeconds(),
                pain, new PastSession.Played(java.util.OptionalInt.of((int) outcome.running().toSeconds()),
                        outcome.stepsSkipped()));
    }

    private void replace(long id, SessionStatus status, int done, boolean pain, PastSession.Played played) {
        List<PastSession> runs = new ArrayList<>();
        for (PastSession s : history.runs()) {
            runs.add(s.id() != id ? s : new PastSession(id, s.session(), s.date(), status, done, s.pain(), s.target(),
                    s.decision(), pain, s.recording(), s.settledOn(), played));
        }
        List<PastExtra> extras = new ArrayList<>();
        for (PastExtra e : history.extras()) {
            extras.add(e.id() != id ? e : new PastExtra(id, e.session(), e.date(), status, done, e.pain(), pain,
                    e.settledOn(), played.stepsSkipped()));
        }
        history = new History(runs, extras);
    }

    @Override
    public void correctStoppedAt(long id, Duration done) {
        replace(id, SessionStatus.STOPPED_EARLY, (int) done.toSeconds(), false, PastSession.Played.UNKNOWN);
    }

    @Override
    public void savePain(long id, PainReport report) {
        List<PastSession> runs = new ArrayList<>();
        for (PastSession s : history.runs()) {
            runs.add(s.id() == id ? s.withPain(report) : s);
        }
        List<PastExtra> extras = new ArrayList<>();
        for (PastExtra e : history.extras()) {
            extras.add(e.id() == id ? e.withPain(report) : e);
        }
        history = new History(runs, extras);
    }

    @Override
    public void confirmSettled(long id, LocalDate day) {
        writes.add("settled " + id);
        List<PastSession> runs = new ArrayList<>();
        for (PastSession s : history.runs()) {
            runs.add(s.id() == id ? s.settled(day) : s);
        }
        List<PastExtra> extras = new ArrayList<>();
        for (PastExtra e : history.extras()) {
            extras.add(e.id() == id ? e.settled(day) : e);
        }
        history = new History(runs, extras);
    }

    @Override
    public boolean saveRecording(long id, RunRecording recording) {
        List<PastSession> runs = new ArrayList<>();
        for (PastSession s : history.runs()) {
            runs.add(s.id() == id ? s.withRecording(recording) : s);
        }
        history = new History(runs, history.extras());
        return true;
    }

    @Override
    public Optional<Instant> liveStart(long id) {
        return Optional.ofNullable(liveStarts.get(id));
    }

    @Override
    public Optional<Long> sessionWithRecording(String sha256, long sizeBytes) {
        return history.runs().stream().filter(s -> s.recording().map(r -> r.sha256().equals(sha256)).orElse(false))
                .map(PastSession::id).findFirst();
    }

    @Override
    public long lastSessionId() {
        return id;
    }
}
