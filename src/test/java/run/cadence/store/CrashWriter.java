package run.cadence.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import run.cadence.Cadence;
import run.cadence.plan.Decision;
import run.cadence.plan.PainReport;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.PlayOutcome;
import run.cadence.plan.Program;

/**
 * A child process for {@link SqliteHistoryStoreTest}: writes sessions in a loop and prints a line after
 * each commit returns, until it is killed. Values derive from the session id, so the test can check them.
 */
public final class CrashWriter {
    private CrashWriter() {}

    public static void main(String[] args) {
        PrintStream out = System.out;
        Program program = Program.rampingTo(5);
        try (SqliteHistoryStore store = SqliteHistoryStore.open(Path.of(args[0]))) {
            store.saveBaseline(new Cadence(164), "crash test");
            out.println("profile");
            out.flush();
            for (int i = 0; ; i++) {
                PlanDecision d = new PlanDecision(program.level(i % program.size()), LocalDate.of(2026, 1, 1)
                        .plusDays(i), Decision.START,
                        List.of(new run.cadence.plan.Reason.NoPainReport(LocalDate.of(2026, 1, 1))));
                long id = store.recordPlanned(d, d.date(), new Cadence(170));
                out.println(id + " PLANNED");
                out.flush();
                store.markStarted(id, java.util.Optional.empty());
                out.println(id + " STARTED");
                out.flush();
                store.markFinished(id, id % 3 != 0 ? PlayOutcome.completed(Duration.ofSeconds(60 + id), Duration.ZERO)
                        : PlayOutcome.stopped(Duration.ofSeconds(60 + id), Duration.ZERO, PlayOutcome.StopReason.RUNNER));
                out.println(id + " FINISHED");
                out.flush();
                store.savePain(id, new PainReport((int) (id % 11), (int) ((id + 1) % 11), null, false, "note " + id));
                out.println(id + " PAIN");
                out.flush();
            }
        }
    }
}
