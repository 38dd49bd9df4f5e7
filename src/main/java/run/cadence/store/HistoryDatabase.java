package run.cadence.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import run.cadence.CadenceException;

/**
 * The history file's connection. Opening refuses a foreign, damaged or newer file before anything is written to it, then
 * migrate and switch to WAL. WAL journaling lets readers run beside a writer; a 10 s busy timeout makes a second
 * command wait for the first instead of failing; {@code synchronous=FULL} makes every commit durable before the
 * call returns; transactions begin IMMEDIATE so two writers queue rather than deadlock.
 */
final class HistoryDatabase implements AutoCloseable {
    static final int BUSY_TIMEOUT_MS = 10_000;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** A query or update on the open connection. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final Connection connection;
    private final String where;

    private HistoryDatabase(Connection connection, String where) {
        this.connection = connection;
        this.where = where;
    }

    /** The file, for messages. */
    String where() {
        return where;
    }

    /** One transaction: all of the work is committed, or none of it. */
    <T> T write(Work<T> work) {
        try {
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
            throw translate(e, where);
        }
    }

    <T> T read(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(e, where);
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
            throw translate(e, where);
        }
    }

    /** The history in {@code file}, checked and migrated to {@link Migrations#LATEST}. */
    static HistoryDatabase open(Path file) {
        String where = file.toString();
        refuseForeignFile(file);
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw CadenceException.runtime("cannot create the data directory for " + where + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        // No journal mode here: switching to WAL rewrites the file header, and a file we refuse below must
        // stay byte for byte as it was. WAL is set once the file has passed the checks and the migration.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection c = null;
        try {
            c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            checkIntegrity(c, where);
            Migrations.migrate(c, where);
            useWal(c);
            return new HistoryDatabase(c, where);
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(e, where);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
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

    /** A non-empty file without the SQLite header is someone else's: refuse before SQLite touches it. */
    private static void refuseForeignFile(Path file) {
        if (!Files.isRegularFile(file)) {
            if (Files.exists(file)) {
                throw new CadenceException(CadenceException.Kind.BAD_DATA, file + " is not a file; use --data-dir");
            }
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (head.length > 0 && !Arrays.equals(head, SQLITE_HEADER)) {
                throw new CadenceException(CadenceException.Kind.BAD_DATA, file
                        + " is not a Cadence Coach database (not an SQLite file); it was left untouched:"
                        + " move it away or use --data-dir");
            }
        } catch (IOException e) {
            throw CadenceException.runtime("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void checkIntegrity(Connection c, String where) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(result)) {
                throw new CadenceException(CadenceException.Kind.BAD_DATA, where + " is damaged (" + result
                        + "); it was left untouched: restore a backup or move it away");
            }
        }
    }

    /** What an SQLite failure means for the runner: a damaged file, a lock held too long, or I/O. */
    static CadenceException translate(SQLException e, String where) {
        int code = e.getErrorCode() & 0xff;
        if (code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new CadenceException(CadenceException.Kind.BAD_DATA, where
                    + " is damaged or not a database; it was left untouched: restore a backup or move it away", e);
        }
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return CadenceException.runtime(where + " stayed locked by another cadence command for "
                    + BUSY_TIMEOUT_MS / 1000 + " s; try again when it has finished", e);
        }
        return CadenceException.runtime("cannot use " + where + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // The open already failed; that error is the one worth reporting.
            }
        }
    }
}
