package run.cadence.music;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** Where analyses are kept between scans (the history database implements it). */
public interface TrackCache {
    /** Every entry, in path order. */
    List<LibraryEntry> all();

    /** Saves (or replaces) entries, all in one transaction. */
    void putAll(Collection<LibraryEntry> entries);

    /** Forgets these files; returns how many were known. */
    int removeAll(Collection<Path> paths);
}
