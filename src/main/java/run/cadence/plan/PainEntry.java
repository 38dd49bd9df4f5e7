package run.cadence.plan;

import java.util.Optional;

/**
 * What the runner logs about a session's pain, any part of it (null: not given this time). Later entries fill in
 * or correct the same report: the next morning is usually logged on its own.
 */
public record PainEntry(Integer during, Integer after, Integer morning, boolean limp, String note) {

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
        return during != null || after != null || morning != null || limp || note != null;
    }

    private boolean morningOnly() {
        return morning != null && during == null && after == null && !limp && note == null;
    }

    public Merge onto(Optional<PainReport> before) {
        if (before.isEmpty() && (during == null || after == null)) {
            return new Merge.NeedsDuringAndAfter();
        }
        return new Merge.Report(new PainReport(
                during != null ? during : before.get().during(),
                after != null ? after : before.get().after(),
                morning != null ? morning : before.map(PainReport::morning).orElse(null),
                limp || before.map(PainReport::limp).orElse(false),
                note != null ? note : before.map(PainReport::note).orElse(null)));
    }

    /**
     * The session this entry is for: the last one the runner did. A next-morning report on its own goes to the last
     * run when a strength or cross session came after it and the run still waits for its morning: the morning is
     * what the run plan needs, and the runner logs it the next day whatever they did in between.
     */
    public Optional<Target> target(History history) {
        Optional<PastSession> run = history.runsDone().stream().reduce((a, b) -> b);
        Optional<PastExtra> extra = history.extras().stream().filter(PastExtra::didAnything).reduce((a, b) -> b);
        if (extra.isPresent() && (run.isEmpty() || extra.get().id() > run.get().id())) {
            boolean runWaitsForMorning = run.isPresent() && run.get().pain() != null
                    && run.get().pain().morning() == null;
            return Optional.of(morningOnly() && runWaitsForMorning ? new Target.Run(run.get())
                    : new Target.Extra(extra.get()));
        }
        return run.map(Target.Run::new);
    }
}
