package run.cadence.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import run.cadence.files.OutputFileException;
import run.cadence.files.PartialFile;

/**
 * The history file's connection. A missing history is created whole under a hidden name and put in place in one
 * step, so a file of that name is never half made; an existing one is inspected read-only by
 * {@link HistoryInspection} and refused, untouched, if it is foreign, damaged or newer; then it is migrated and
 * switched to WAL. WAL journaling lets readers run beside a writer; a 10 s busy timeout makes a second command wait
 * for the first instead of failing; {@code synchronous=FULL} makes every commit durable before the call returns;
 * transactions begin IMMEDIATE so two writers queue rather than deadlock.
 */
final class HistoryDatabase implements AutoCloseable {
    static final int BUSY_TIMEOUT_MS = 10_000;

    static {
        SqliteNative.prepare();
    }

    /** A query or update on the open connection. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final Connection connection;
    private final Path file;

    private HistoryDatabase(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /** The history file. */
    Path file() {
        return file;
    }

    /**
     * One transaction: all of the work is committed, or none of it. Called from inside another write's work, it joins
     * that transaction, so several writes can be kept or dropped together.
     */
    <T> T write(Work<T> work) {
        try {
            if (!connection.getAutoCommit()) {
                return work.run(connection);
            }
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    <T> T read(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    /** Runs SQLite's full integrity check; "ok" when the file is consistent. */
    String integrityCheck() {
        return read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "no answer";
            }
        });
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    /**
     * The history in {@code file}, checked and migrated to {@link Migrations#LATEST}.
     *
     * @throws StoreException BAD_DATA, with the file untouched, for a foreign, damaged or newer file; RUNTIME for
     *     I/O failures and a lock held too long
     */
    static HistoryDatabase open(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new StoreException(new StoreProblem.Unusable(file, e), e);
        }
        if (!Files.exists(file)) {
            create(file);
        }
        HistoryInspection.inspect(file);
        Connection c = null;
        try {
            c = config().createConnection(url(file));
            Migrations.migrate(c, file);
            useWal(c);
            return new HistoryDatabase(c, file);
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(e, file);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Makes a new history under a hidden name and links it into place unless another command got there first. A
     * process killed meanwhile leaves only the hidden file, which the next write to the folder sweeps.
     */
    private static void create(Path file) {
        try (PartialFile fresh = PartialFile.beside(file)) {
            SQLiteConfig config = config();
            // The file is thrown away if this fails, so it needs no journal on disk (and leaves none behind).
            config.setJournalMode(SQLiteConfig.JournalMode.MEMORY);
            try (Connection c = config.createConnection(url(fresh.path()))) {
                Migrations.migrate(c, file);
            }
            fresh.commitIfAbsent();
        } catch (SQLException e) {
            throw translate(e, file);
        } catch (IOException e) {
            throw new StoreException(new StoreProblem.Unusable(file, e), e);
        } catch (OutputFileException e) {
            throw new StoreException(new StoreProblem.Unusable(file, e), e);
        }
    }

    static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        // No journal mode here: switching to WAL rewrites the file header, and a file we refuse must stay byte for
        // byte as it was. WAL is set once the file has passed the checks and the migration.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /** WAL lets readers run beside a writer; the mode is stored in the file, so this is a no-op once set. */
    private static void useWal(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
            String mode = rs.next() ? rs.getString(1) : "no answer";
            if (!"wal".equalsIgnoreCase(mode)) {
                throw new SQLException("cannot switch the history to WAL journaling (journal_mode " + mode + ")");
            }
        }
    }

    /** What an SQLite failure means: a damaged file, a lock held too long, or I/O. */
    static StoreException translate(SQLException e, Path file) {
        int code = e.getErrorCode() & 0xff;
        if (code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new StoreException(new StoreProblem.Damaged(file, e.getMessage()), e);
        }
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new StoreException(new StoreProblem.Locked(file, BUSY_TIMEOUT_MS / 1000), e);
        }
        return new StoreException(new StoreProblem.Unusable(file, e), e);
    }

    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // The open already failed; that error is the one worth reporting.
            }
        }
    }
}
