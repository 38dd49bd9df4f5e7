package run.cadence.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import run.cadence.music.BeatGrid;
import run.cadence.music.FileStamp;
import run.cadence.music.LibraryEntry;
import run.cadence.music.TrackAnalysis;
import run.cadence.music.TrackCache;

/** The music library's analyses in the history database (table {@code music_track}). */
public final class MusicRepository implements TrackCache, AutoCloseable {
    private static final String COLUMNS = "path, size, modified_ms, skip_reason, bpm, first_beat_s, steady, confidence,"
            + " beats, loudness_lufs, duration_s, sample_rate, channels, peak";
    /** Tracks analysed before peaks were kept: mastered music peaks near full scale, so they are never raised. */
    private static final double UNKNOWN_PEAK = 1.0;
    private final HistoryDatabase store;

    private MusicRepository(HistoryDatabase store) {
        this.store = store;
    }

    /** Opens (creating if needed) the history in {@code dir}, checked and migrated as every store is. */
    public static MusicRepository open(DataDirectory dir) {
        return new MusicRepository(HistoryDatabase.open(dir.database()));
    }

    @Override
    public List<LibraryEntry> all() {
        return store.read(c -> {
            List<LibraryEntry> entries = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS
                    + ", rowid FROM music_track ORDER BY path"); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    entries.add(entry(rs));
                }
            }
            return entries;
        });
    }

    private LibraryEntry entry(ResultSet rs) throws SQLException {
        try {
            FileStamp stamp = new FileStamp(Path.of(rs.getString(1)), rs.getLong(2), rs.getLong(3));
            String reason = rs.getString(4);
            if (reason != null) {
                return new LibraryEntry.Skipped(stamp, reason);
            }
            double bpm = rs.getDouble(5);
            Optional<BeatGrid> grid = rs.wasNull() ? Optional.empty()
                    : Optional.of(new BeatGrid(bpm, rs.getDouble(6), rs.getInt(7) == 1, rs.getDouble(8), rs.getInt(9)));
            double peak = rs.getDouble(14);
            return new LibraryEntry.Analysed(stamp, new TrackAnalysis(grid, rs.getDouble(10), rs.getDouble(11),
                    rs.getInt(12), rs.getInt(13), rs.wasNull() ? UNKNOWN_PEAK : peak));
        } catch (IllegalArgumentException e) {
            throw new StoreException(new StoreProblem.DamagedRow(store.file(), "music_track", rs.getLong(15),
                    e.getMessage()), e);
        }
    }

    @Override
    public void putAll(Collection<LibraryEntry> entries) {
        String now = Instant.now().toString();
        store.write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT OR REPLACE INTO music_track (" + COLUMNS
                    + ", analysed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (LibraryEntry e : entries) {
                    bind(st, e);
                    st.setString(15, now);
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    private static void bind(PreparedStatement st, LibraryEntry e) throws SQLException {
        FileStamp s = e.stamp();
        st.setString(1, s.path().toString());
        st.setLong(2, s.size());
        st.setLong(3, s.modifiedMillis());
        for (int i = 4; i <= 14; i++) {
            st.setNull(i, Types.NULL);
        }
        if (e instanceof LibraryEntry.Skipped skipped) {
            st.setString(4, skipped.reason());
            return;
        }
        TrackAnalysis a = ((LibraryEntry.Analysed) e).analysis();
        if (a.grid().isPresent()) {
            BeatGrid g = a.grid().get();
            st.setDouble(5, g.bpm());
            st.setDouble(6, g.firstBeatSeconds());
            st.setInt(7, g.steady() ? 1 : 0);
            st.setDouble(8, g.confidence());
            st.setInt(9, g.beats());
        }
        st.setDouble(10, a.loudnessLufs());
        st.setDouble(11, a.durationSeconds());
        st.setInt(12, a.sampleRate());
        st.setInt(13, a.channels());
        st.setDouble(14, a.peak());
    }

    @Override
    public int removeAll(Collection<Path> paths) {
        return store.write(c -> removeRows(c, paths));
    }

    private static int removeRows(Connection c, Collection<Path> paths) throws SQLException {
        int removed = 0;
        try (PreparedStatement one = c.prepareStatement("DELETE FROM music_track WHERE path = ?");
                PreparedStatement under = c.prepareStatement("DELETE FROM music_track WHERE substr(path, 1, ?) = ?")) {
            for (Path p : paths) {
                one.setString(1, p.toString());
                removed += one.executeUpdate();
                String prefix = p.toString().endsWith(java.io.File.separator) ? p.toString() : p + java.io.File.separator;
                under.setInt(1, prefix.length());
                under.setString(2, prefix);
                removed += under.executeUpdate();
            }
        }
        return removed;
    }

    /**
     * The runner's {@code cadence music remove}: forgets the tracks at or under {@code paths} and remembers the
     * removal, so a later scan of a folder above them does not add them back. Returns how many tracks were known.
     */
    public int removeForGood(Collection<Path> paths) {
        String now = Instant.now().toString();
        return store.write(c -> {
            int removed = removeRows(c, paths);
            if (removed > 0) {
                try (PreparedStatement st = c.prepareStatement(
                        "INSERT OR REPLACE INTO music_removed (path, removed_at) VALUES (?, ?)")) {
                    for (Path p : paths) {
                        st.setString(1, p.toString());
                        st.setString(2, now);
                        st.executeUpdate();
                    }
                }
            }
            return removed;
        });
    }

    @Override
    public List<Path> removed() {
        return store.read(c -> {
            List<Path> paths = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT path FROM music_removed ORDER BY path");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    paths.add(Path.of(rs.getString(1)));
                }
            }
            return paths;
        });
    }

    @Override
    public void unremove(Collection<Path> paths) {
        store.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM music_removed WHERE path = ?")) {
                for (Path p : paths) {
                    st.setString(1, p.toString());
                    st.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public void close() {
        store.close();
    }
}
