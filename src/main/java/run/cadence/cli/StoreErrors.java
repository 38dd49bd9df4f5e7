package run.cadence.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import run.cadence.store.StoreProblem;

/** The sentences for a history that cannot be used: what is wrong, that it was left alone, what to do. */
final class StoreErrors {
    private static final String UNTOUCHED = "; it was left untouched: restore a backup, move it away, or use --data-dir";

    private StoreErrors() {}

    static String describe(StoreProblem problem) {
        String f = problem.file().toString();
        if (problem instanceof StoreProblem.NotAFile) {
            return f + " is not a file; move it away or use --data-dir";
        }
        if (problem instanceof StoreProblem.Empty) {
            return f + " is empty (0 bytes), so the history it held is gone; it was left untouched: restore a backup,"
                    + " delete it to start a new history, or use --data-dir";
        }
        if (problem instanceof StoreProblem.NotSqlite) {
            return f + " is not a Cadence Coach database (not an SQLite file)" + UNTOUCHED;
        }
        if (problem instanceof StoreProblem.Foreign) {
            return f + " is an SQLite database but not a Cadence Coach history" + UNTOUCHED;
        }
        if (problem instanceof StoreProblem.Newer p) {
            return f + " has schema version " + p.version() + ", newer than this cadence understands (" + p.latest()
                    + "); upgrade cadence, or use --data-dir for a separate history. The file was not changed";
        }
        if (problem instanceof StoreProblem.BadVersion p) {
            return f + " is damaged (schema version " + p.version() + ", which no cadence writes)" + UNTOUCHED;
        }
        if (problem instanceof StoreProblem.SizeMismatch p) {
            return String.format(Locale.ROOT, "%s is damaged (%d bytes where its %d pages of %d bytes need %d:"
                    + " truncated or padded)%s", f, p.bytes(), p.pages(), p.pageSize(), p.pages() * p.pageSize(),
                    UNTOUCHED);
        }
        if (problem instanceof StoreProblem.Damaged p) {
            return f + " is damaged (" + p.report() + ")" + UNTOUCHED;
        }
        if (problem instanceof StoreProblem.SchemaMismatch p) {
            return f + " does not have the tables of a Cadence Coach history (schema version " + p.version() + "): "
                    + differences(p) + UNTOUCHED;
        }
        if (problem instanceof StoreProblem.DamagedProfile p) {
            return "the profile in " + f + " is damaged (" + p.detail() + "); nothing was changed: set it again with"
                    + " cadence profile " + profileOptions(p.columns());
        }
        if (problem instanceof StoreProblem.DamagedRow p) {
            return p.table() + " " + p.id() + " in " + f + " is damaged (" + p.detail() + "); the file was left untouched";
        }
        if (problem instanceof StoreProblem.Locked p) {
            return f + " stayed locked by another cadence command for " + p.seconds()
                    + " s; try again when it has finished";
        }
        StoreProblem.Unusable p = (StoreProblem.Unusable) problem;
        return "cannot use " + f + ": " + FileErrors.reason(p.cause());
    }

    /** The {@code cadence profile} options that give new values for the damaged columns. */
    private static String profileOptions(List<String> columns) {
        Set<String> options = new LinkedHashSet<>();
        for (String column : columns) {
            options.add(switch (column) {
                case "baseline_spm" -> "--baseline N";
                case "increase" -> "--increase 5%";
                case "walk_check", "hop_check", "checks_on" -> "--walk-check pass|fail --hop-check pass|fail";
                case "start_stage", "start_after_session" -> "--stage 1-6";
                case "stairs" -> "--stairs hurt|fine";
                default -> throw new IllegalArgumentException("no option sets profile column " + column);
            });
        }
        return String.join(" ", options);
    }

    private static String differences(StoreProblem.SchemaMismatch p) {
        List<String> parts = new ArrayList<>();
        p.missing().forEach(t -> parts.add(t + " missing"));
        p.changed().forEach(t -> parts.add(t + " changed"));
        p.unexpected().forEach(t -> parts.add(t + " not ours"));
        return String.join(", ", parts);
    }
}
