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

    /** Forgets these files (gone from disk); returns how many were known. */
    int removeAll(Collection<Path> paths);

    /** Files and folders the runner removed: a scan of a folder above them leaves them out. */
    List<Path> removed();

    /** Forgets the removals of these paths (the runner scans them again). */
    void unremove(Collection<Path> paths);
}
