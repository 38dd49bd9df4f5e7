package run.cadence.music;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import run.cadence.CadenceException;
import run.cadence.audio.io.decode.Refusal;

/**
 * Scans the runner's folders: every file is stamped (path, size, modification time) in one walk; files whose stamp
 * the cache already holds are not opened; the rest are analysed on every core, each result saved as it comes, so
 * a scan stopped half way keeps what it finished. A file that cannot be used is an entry with its reason, never an
 * exception that stops the scan.
 */
public final class MusicScan {
    /** Told about a scan as it goes (the CLI prints progress from it); called on the scanning thread only. */
    public interface Progress {
        void started(int files, int toAnalyse);

        void analysed(LibraryEntry entry, int done, int toAnalyse);
    }

    /**
     * What a scan found in its folders.
     *
     * @param entries every file under the folders, in path order
     * @param emptyFolders folders holding no track that can be played to a cadence
     */
    public record Report(List<LibraryEntry> entries, int analysed, int unchanged, int forgotten,
            List<Path> emptyFolders) {}

    /** Reads one file into its analysis (the track analyser; a test may stand in for the file system). */
    interface Analyser {
        TrackAnalysis analyse(Path file) throws Refusal;
    }

    /** One file's entry, and whether it may be cached (a failure that may pass is tried again next scan). */
    record Done(LibraryEntry entry, boolean lasting) {}

    /** Added to the reason of a failure that may pass, which is not cached. */
    static final String AGAIN = "; tried again on the next scan";

    private MusicScan() {}

    /**
     * @throws CadenceException BAD_INPUT when a folder does not exist or is a file
     */
    public static Report scan(List<Path> folders, TrackCache cache, int threads, Progress progress) {
        return scan(folders, cache, threads, progress, TrackAnalyzer::analyse);
    }

    static Report scan(List<Path> folders, TrackCache cache, int threads, Progress progress, Analyser analyser) {
        List<Path> roots = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.exists(folder)) {
                throw CadenceException.badInput(folder + ": no such folder; give folders of music, e.g. cadence music"
                        + " add ~/Music");
            }
            roots.add(folder.toAbsolutePath().normalize());
        }
        List<Path> removed = stillRemoved(roots, cache);
        Map<Path, LibraryEntry> known = new HashMap<>();
        for (LibraryEntry e : cache.all()) {
            known.put(e.stamp().path(), e);
        }
        List<FileStamp> files = new ArrayList<>();
        List<LibraryEntry> unreadable = new ArrayList<>();
        for (Path root : roots) {
            walk(root, removed, files, unreadable);
        }
        List<LibraryEntry> result = new ArrayList<>(unreadable);
        List<FileStamp> changed = new ArrayList<>();
        for (FileStamp f : files) {
            LibraryEntry cached = known.get(f.path());
            if (cached != null && cached.stamp().equals(f)) {
                result.add(cached);
            } else {
                changed.add(f);
            }
        }
        progress.started(files.size() + unreadable.size(), changed.size());
        result.addAll(analyseAll(changed, cache, threads, progress, analyser));
        int forgotten = forgetVanished(roots, known, files, cache);
        result.sort(java.util.Comparator.comparing(e -> e.stamp().path()));
        return new Report(List.copyOf(result), changed.size(), files.size() - changed.size(), forgotten,
                emptyFolders(roots, result));
    }

    private static List<LibraryEntry> analyseAll(List<FileStamp> changed, TrackCache cache, int threads,
            Progress progress, Analyser analyser) {
        List<LibraryEntry> done = new ArrayList<>();
        if (changed.isEmpty()) {
            return done;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, changed.size())), r -> {
            Thread t = new Thread(r, "music-scan");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<Done> results = new ExecutorCompletionService<>(pool);
            for (FileStamp f : changed) {
                results.submit(() -> analyse(f, analyser));
            }
            for (int i = 0; i < changed.size(); i++) {
                Done d = results.take().get();
                LibraryEntry entry = d.entry();
                if (d.lasting()) {
                    cache.putAll(List.of(entry));
                }
                done.add(entry);
                progress.analysed(entry, i + 1, changed.size());
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CadenceException.runtime("the scan was interrupted; what was finished is saved", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed outside the per-file guard", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Never throws for the file's sake: whatever goes wrong becomes the skip reason. Only a failure of the file's
     * own content is cached; one that may pass (permission denied, an I/O error, the file changing or going while
     * it was read) is not, so the next scan tries again: the stamp would not change when it passes (chmod keeps it).
     */
    static Done analyse(FileStamp f, Analyser analyser) {
        if (!nameSurvivesText(f.path())) {
            return new Done(new LibraryEntry.Skipped(f, "its name has bytes that are not UTF-8 (or not in the locale's"
                    + " character set), so it could not be found again; rename it"), true);
        }
        try {
            return new Done(new LibraryEntry.Analysed(f, analyser.analyse(f.path())), true);
        } catch (Refusal r) {
            return skipped(f, r.getMessage(), r);
        } catch (RuntimeException | StackOverflowError e) {
            return skipped(f, "the decoder failed on it; the file is damaged", e);
        }
    }

    /**
     * The library keeps a track by its path as text; a name whose bytes do not decode (Latin-1 on a UTF-8 system)
     * comes back as another name, and the track was "no such file" whenever it was to play.
     */
    private static boolean nameSurvivesText(Path file) {
        try {
            return Path.of(file.toString()).equals(file);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static Done skipped(FileStamp f, String reason, Throwable why) {
        boolean lasting = lasting(f, why);
        return new Done(new LibraryEntry.Skipped(f, lasting ? reason : reason + AGAIN), lasting);
    }

    private static boolean lasting(FileStamp f, Throwable why) {
        for (Throwable t = why; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.FileSystemException || t instanceof java.io.InterruptedIOException
                    || t instanceof Refusal r && r.mayPass()) {
                return false;
            }
        }
        try {
            BasicFileAttributes now = Files.readAttributes(f.path(), BasicFileAttributes.class);
            return now.size() == f.size() && now.lastModifiedTime().toMillis() == f.modifiedMillis();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Scanning a removed path (or a folder inside one) again is how the runner takes it back; every other removal
     * stays, and what lies under it is left out of the scan.
     */
    private static List<Path> stillRemoved(List<Path> roots, TrackCache cache) {
        List<Path> back = new ArrayList<>();
        List<Path> still = new ArrayList<>();
        for (Path r : cache.removed()) {
            (roots.stream().anyMatch(root -> root.startsWith(r)) ? back : still).add(r);
        }
        if (!back.isEmpty()) {
            cache.unremove(back);
        }
        return still;
    }

    private static void walk(Path root, List<Path> removed, List<FileStamp> files, List<LibraryEntry> unreadable) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) || isRemoved(dir, removed) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && (!hidden(file) || file.equals(root)) && !isRemoved(file, removed)) {
                        files.add(new FileStamp(file, attrs.size(), attrs.lastModifiedTime().toMillis()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unreadable.add(new LibraryEntry.Skipped(new FileStamp(file, 0, 0), "cannot read ("
                            + e.getClass().getSimpleName() + ")" + AGAIN));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw CadenceException.runtime("cannot scan " + root + ": " + e.getMessage(), e);
        }
    }

    private static boolean isRemoved(Path p, List<Path> removed) {
        return removed.stream().anyMatch(p::startsWith);
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static int forgetVanished(List<Path> roots, Map<Path, LibraryEntry> known, List<FileStamp> files,
            TrackCache cache) {
        java.util.Set<Path> present = new java.util.HashSet<>();
        files.forEach(f -> present.add(f.path()));
        List<Path> gone = new ArrayList<>();
        for (Path p : known.keySet()) {
            if (!present.contains(p) && roots.stream().anyMatch(p::startsWith) && !Files.exists(p)) {
                gone.add(p);
            }
        }
        return gone.isEmpty() ? 0 : cache.removeAll(gone);
    }

    private static List<Path> emptyFolders(List<Path> roots, List<LibraryEntry> entries) {
        List<Path> empty = new ArrayList<>();
        for (Path root : roots) {
            boolean any = entries.stream().anyMatch(e -> e.stamp().path().startsWith(root)
                    && e instanceof LibraryEntry.Analysed a && a.analysis().playable());
            if (!any) {
                empty.add(root);
            }
        }
        return empty;
    }
}
