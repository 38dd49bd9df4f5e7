package run.cadence.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import run.cadence.DurationText;
import run.cadence.plan.ExtraSession;
import run.cadence.plan.History;
import run.cadence.plan.PainReport;
import run.cadence.plan.PastExtra;
import run.cadence.plan.PastSession;
import run.cadence.plan.SessionStatus;
import run.cadence.plan.StrengthSession;

/**
 * One line of {@code cadence history}: a run, or a strength or cross-training session, with what the watch
 * measured when a recording was logged, and the steps the runner skipped with the next-step key.
 */
record HistoryRow(long id, LocalDate date, String kind, Optional<PastSession> run, String session,
        SessionStatus status, int doneSeconds, boolean forPain, PainReport pain, Optional<LocalDate> settled,
        int stepsSkipped) {

    /** Every session of the history, runs and the rest, in the order they were planned. */
    static List<HistoryRow> of(History history) {
        List<HistoryRow> rows = new ArrayList<>();
        for (PastSession s : history.runs()) {
            rows.add(new HistoryRow(s.id(), s.date(), "run", Optional.of(s), PlannedText.describe(s.session()),
                    s.status(), s.doneSeconds(), s.stoppedForPain(), s.pain(), s.settledOn(),
                    s.played().stepsSkipped()));
        }
        for (PastExtra e : history.extras()) {
            ExtraSession x = e.session();
            rows.add(new HistoryRow(e.id(), e.date(), x instanceof StrengthSession ? "strength" : "cross",
                    Optional.empty(), PlannedText.describe(x), e.status(), e.doneSeconds(), e.stoppedForPain(),
                    e.pain(), e.settledOn(), e.stepsSkipped()));
        }
        rows.sort(Comparator.comparingLong(HistoryRow::id));
        return rows;
    }

    boolean played() {
        return status.wasRun();
    }

    OptionalDouble measuredSpm() {
        return run.flatMap(PastSession::recording).map(r -> r.runCadence()).orElse(OptionalDouble.empty());
    }

    String statusText() {
        return switch (status) {
            // Played to the end: "done" only when nothing that counts was skipped (skipped walks are said, but count).
            case COMPLETED -> stepsSkipped == 0 ? "done"
                    : run.isPresent() && !run.get().skippedRunning() ? "done, " + stepsSkipped + " skipped"
                    : Plural.of(stepsSkipped, "step") + " skipped";
            case STOPPED_EARLY -> (forPain ? "pain stop " : "stopped at ")
                    + DurationText.clock(Duration.ofSeconds(doneSeconds));
            case STARTED -> "cut off";
            case PLANNED -> "not played";
        };
    }

    String painText() {
        if (pain == null) {
            return "-";
        }
        // Strength and cross sessions are not asked about the next morning, but show it when it was given.
        String morning = pain.morning() != null ? String.valueOf(pain.morning()) : run.isEmpty() ? "-" : "?";
        return pain.during() + "/" + pain.after() + "/" + morning + (pain.limp() ? " limp" : "");
    }

    String runningText() {
        return run.map(s -> String.format(Locale.ROOT, "%.1f", s.runningMinutesDone())).orElse("-");
    }

    String targetText() {
        return run.map(s -> s.target().format()).orElse("-");
    }

    String measuredText() {
        OptionalDouble m = measuredSpm();
        return m.isPresent() ? PlanWords.spm(m.getAsDouble())
                : run.flatMap(PastSession::recording).isPresent() ? "?" : "-";
    }
}
