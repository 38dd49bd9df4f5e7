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
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * The checks an existing history passes before anything may write to it, all through a read-only connection: a
 * read-write one would checkpoint a leftover WAL into the file on close, changing a file we refuse. In order:
 * SQLite's header, the size (a whole number of pages, as many as SQLite counts), {@code PRAGMA quick_check}, the
 * schema version, and the schema table by table.
 */
final class HistoryInspection {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private HistoryInspection() {}

    /**
     * @throws StoreException naming what is wrong; the file is left byte for byte as it was
     */
    static void inspect(Path file) {
        long size = header(file);
        SQLiteConfig config = HistoryDatabase.config();
        config.setReadOnly(true);
        Connection c = null;
        try {
            c = config.createConnection(HistoryDatabase.url(file));
            checkSize(c, file, size);
            checkIntegrity(c, file);
            int version = Migrations.version(c);
            Map<String, String> schema = SchemaCheck.of(c);
            Migrations.requireKnown(file, version, !schema.isEmpty());
            if (version > 0) {
                SchemaCheck.compare(file, version, schema).ifPresent(p -> {
                    throw new StoreException(p);
                });
            }
        } catch (SQLException e) {
            throw HistoryDatabase.translate(e, file);
        } catch (IOException e) {
            throw new StoreException(new StoreProblem.Unusable(file, e), e);
        } finally {
            HistoryDatabase.closeQuietly(c);
        }
    }

    /** The file's size, once it is known to be a non-empty file that starts like an SQLite database. */
    private static long header(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(new StoreProblem.NotAFile(file));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (head.length == 0) {
                throw new StoreException(new StoreProblem.Empty(file));
            }
            if (!Arrays.equals(head, SQLITE_HEADER)) {
                throw new StoreException(new StoreProblem.NotSqlite(file));
            }
            return Files.size(file);
        } catch (IOException e) {
            throw new StoreException(new StoreProblem.Unusable(file, e), e);
        }
    }

    /**
     * A truncated or padded file: SQLite reads what is there and would write it back. With committed pages still in
     * the WAL the file may hold fewer or more pages than the database has, but always whole ones.
     */
    private static void checkSize(Connection c, Path file, long size) throws SQLException, IOException {
        int pageSize = (int) pragma(c, "page_size");
        long pages = pragma(c, "page_count");
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        boolean walHasPages = Files.exists(wal) && Files.size(wal) > 0;
        if (pageSize <= 0 || size % pageSize != 0 || (!walHasPages && pages * pageSize != size)) {
            throw new StoreException(new StoreProblem.SizeMismatch(file, size, pages, pageSize));
        }
    }

    private static void checkIntegrity(Connection c, Path file) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(result)) {
                throw new StoreException(new StoreProblem.Damaged(file, result));
            }
        }
    }

    private static long pragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
