package run.cadence.plan;

import java.util.Optional;

/**
 * What the runner logs about a session's pain, any part of it (null: not given this time). Later entries fill in
 * or correct the same report: the next morning is usually logged on its own. A limp once logged stays until an
 * entry takes it back ({@code clearLimp}, {@code --no-limp}): a limp logged by mistake would otherwise hold the plan a
 * stage back for good.
 */
public record PainEntry(Integer during, Integer after, Integer morning, boolean limp, String note, boolean clearLimp) {

    public PainEntry {
        if (limp && clearLimp) {
            throw new IllegalArgumentException("an entry cannot both log a limp and take one back");
        }
    }

    /** An entry that leaves a limp already logged as it is. */
    public PainEntry(Integer during, Integer after, Integer morning, boolean limp, String note) {
        this(during, after, morning, limp, note, false);
    }

    /** The report an entry makes, or why it cannot make one. */
    public sealed interface Merge permits Merge.Report, Merge.NeedsDuringAndAfter {
        record Report(PainReport report) implements Merge {}

        /** The first report of a session needs pain during and after; a morning or a note alone is not one. */
        record NeedsDuringAndAfter() implements Merge {}
    }

    /** The session an entry belongs to. */
    public sealed interface Target permits Target.Run, Target.Extra {
        long id();

        Optional<PainReport> pain();

        record Run(PastSession session) implements Target {
            @Override
            public long id() {
                return session.id();
            }

            @Override
            public Optional<PainReport> pain() {
                return session.painReport();
            }
        }

        record Extra(PastExtra session) implements Target {
            @Override
            public long id() {
                return session.id();
            }

            @Override
            public Optional<PainReport> pain() {
                return Optional.ofNullable(session.pain());
            }
        }
    }

    public boolean any() {
        return during != null || after != null || morning != null || limp || clearLimp || note != null;
    }

    private boolean morningOnly() {
        return morning != null && during == null && after == null && !limp && !clearLimp && note == null;
    }

    public Merge onto(Optional<PainReport> before) {
        if (before.isEmpty() && (during == null || after == null)) {
            return new Merge.NeedsDuringAndAfter();
        }
        return new Merge.Report(new PainReport(
                during != null ? during : before.get().during(),
                after != null ? after : before.get().after(),
                morning != null ? morning : before.map(PainReport::morning).orElse(null),
                limp || !clearLimp && before.map(PainReport::limp).orElse(false),
                note != null ? note : before.map(PainReport::note).orElse(null)));
    }

    /**
     * The session this entry is for: the last one the runner did. A run comes first when a strength or cross session
     * came after it: a next-morning report on its own goes to the run while it still waits for its morning (the
     * runner logs it the next day whatever they did in between); a report on the run's own day goes to it while it
     * has none yet (the run is what the plan needs, and a strength session played after it must not take its
     * report); and a limp logged on the run's day always goes to the run, because a limp after a run is a severe
     * flare of the run (and so does {@code --no-limp} that day while the run has a limp and the later session none). {@code --session N} names the session instead ({@link #session}).
     */
    public Optional<Target> target(History history) {
        Optional<PastSession> run = history.runsDone().stream().reduce((a, b) -> b);
        Optional<PastExtra> extra = history.extras().stream().filter(PastExtra::didAnything).reduce((a, b) -> b);
        if (extra.isPresent() && (run.isEmpty() || extra.get().id() > run.get().id())) {
            boolean runWaitsForMorning = run.isPresent() && run.get().pain() != null
                    && run.get().pain().morning() == null;
            boolean runDay = run.isPresent() && run.get().date().equals(extra.get().date());
            boolean forRun = morningOnly() && runWaitsForMorning
                    || runDay && !morningOnly() && (run.get().pain() == null || limp
                            || clearLimp && run.get().pain().limp()
                            && (extra.get().pain() == null || !extra.get().pain().limp()));
            return Optional.of(forRun ? new Target.Run(run.get()) : new Target.Extra(extra.get()));
        }
        return run.map(Target.Run::new);
    }

    /** Session {@code id}, run or strength or cross, if the runner did any of it. */
    public static Optional<Target> session(History history, long id) {
        Optional<Target> run = history.runsDone().stream().filter(s -> s.id() == id).findFirst()
                .map(Target.Run::new);
        return run.isPresent() ? run : history.extras().stream().filter(e -> e.id() == id && e.didAnything())
                .findFirst().map(Target.Extra::new);
    }
}
