package run.cadence.store;

import java.nio.file.Path;
import java.util.List;
import run.cadence.CadenceException;

/**
 * What is wrong with the history file. The CLI words it; the store only says what it found. Every problem but
 * {@link Locked} and {@link Unusable} is bad stored data (exit 3), and the file is left exactly as it was.
 */
public sealed interface StoreProblem {
    /** The history file. */
    Path file();

    default CadenceException.Kind kind() {
        return CadenceException.Kind.BAD_DATA;
    }

    /** Something other than a file (a folder) has the history's name. */
    record NotAFile(Path file) implements StoreProblem {}

    /** The file is empty: a history is never 0 bytes, since it is created whole. */
    record Empty(Path file) implements StoreProblem {}

    /** The file does not start with SQLite's header: someone else's file. */
    record NotSqlite(Path file) implements StoreProblem {}

    /** An SQLite database with tables but no schema version: someone else's database. */
    record Foreign(Path file) implements StoreProblem {}

    /** A schema version this program does not know yet. */
    record Newer(Path file, int version, int latest) implements StoreProblem {}

    /** A schema version no program ever wrote (negative). */
    record BadVersion(Path file, int version) implements StoreProblem {}

    /** The file is not a whole number of pages, or not as many pages as its header says: truncated or padded. */
    record SizeMismatch(Path file, long bytes, long pages, int pageSize) implements StoreProblem {}

    /** SQLite's integrity check or a read found damage; {@code report} is SQLite's own account. */
    record Damaged(Path file, String report) implements StoreProblem {}

    /**
     * The tables differ from what the migrations make for {@code version}: tables missing, tables no version has,
     * tables whose definition differs.
     */
    record SchemaMismatch(Path file, int version, List<String> missing, List<String> unexpected,
            List<String> changed) implements StoreProblem {
        public SchemaMismatch {
            missing = List.copyOf(missing);
            unexpected = List.copyOf(unexpected);
            changed = List.copyOf(changed);
        }
    }

    /** One row holds a value no version writes; {@code table} and {@code id} say which. */
    record DamagedRow(Path file, String table, long id, String detail) implements StoreProblem {}

    /**
     * The profile row holds what no version writes in {@code columns} ("increase", "baseline_spm"); {@code detail}
     * says what, for the first. {@code cadence profile} given new values for those columns sets it again.
     */
    record DamagedProfile(Path file, List<String> columns, String detail) implements StoreProblem {
        public DamagedProfile {
            columns = List.copyOf(columns);
        }
    }

    /** Another command held the history longer than the busy timeout. */
    record Locked(Path file, int seconds) implements StoreProblem {
        @Override
        public CadenceException.Kind kind() {
            return CadenceException.Kind.RUNTIME;
        }
    }

    /** An I/O or SQLite failure: the folder cannot be made, the disk is full, permissions; {@code cause} says. */
    record Unusable(Path file, Exception cause) implements StoreProblem {
        @Override
        public CadenceException.Kind kind() {
            return CadenceException.Kind.RUNTIME;
        }
    }
}
