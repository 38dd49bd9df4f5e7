package run.cadence.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The history's tables, checked one by one against what the migrations make: each version's schema is built by
 * running the steps up to it in an in-memory database, so the check can never disagree with the migrations.
 */
final class SchemaCheck {
    private SchemaCheck() {}

    /** Name to SQLite's stored CREATE statement of every table, index, view and trigger the file holds. */
    static Map<String, String> of(Connection c) throws SQLException {
        Map<String, String> schema = new TreeMap<>();
        // sqlite_ names are SQLite's own (sqlite_sequence for AUTOINCREMENT, automatic indexes, statistics).
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%'"
                        + " ESCAPE '\\'")) {
            while (rs.next()) {
                schema.put(rs.getString(1), String.valueOf(rs.getString(2)));
            }
        }
        return schema;
    }

    /** The schema the migrations make at {@code version}. */
    static Map<String, String> expected(int version) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement st = c.createStatement()) {
            for (int v = 0; v < version; v++) {
                Migrations.apply(st, v);
            }
            return of(c);
        }
    }

    /** The differences between {@code actual} and version {@code version}'s schema, table by table. */
    static Optional<StoreProblem.SchemaMismatch> compare(Path file, int version, Map<String, String> actual)
            throws SQLException {
        Map<String, String> expected = expected(version);
        List<String> missing = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String found = actual.get(e.getKey());
            if (found == null) {
                missing.add(e.getKey());
            } else if (!found.equals(e.getValue())) {
                changed.add(e.getKey());
            }
        }
        List<String> unexpected = new ArrayList<>(actual.keySet());
        unexpected.removeAll(expected.keySet());
        if (missing.isEmpty() && changed.isEmpty() && unexpected.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StoreProblem.SchemaMismatch(file, version, missing, unexpected, changed));
    }
}
