package run.cadence.music;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.CadenceException;

class MusicScanTest {
    @TempDir
    Path dir;

    /** The cache in memory, counting what is saved. */
    static final class MemoryCache implements TrackCache {
        final Map<Path, LibraryEntry> rows = new TreeMap<>();
        int saved;
        final List<Path> removedPaths = new ArrayList<>();

        @Override
        public List<LibraryEntry> all() {
            return new ArrayList<>(rows.values());
        }

        @Override
        public void putAll(Collection<LibraryEntry> entries) {
            entries.forEach(e -> rows.put(e.stamp().path(), e));
            saved += entries.size();
        }

        @Override
        public int removeAll(Collection<Path> paths) {
            int n = 0;
            for (Path p : paths) {
                n += rows.remove(p) != null ? 1 : 0;
            }
            return n;
        }

        @Override
        public List<Path> removed() {
            return List.copyOf(removedPaths);
        }

        @Override
        public void unremove(Collection<Path> paths) {
            removedPaths.removeAll(paths);
        }
    }

    static final MusicScan.Progress QUIET = new MusicScan.Progress() {
        @Override
        public void started(int files, int toAnalyse) {}

        @Override
        public void analysed(LibraryEntry entry, int done, int toAnalyse) {}
    };

    @Test
    void skipsWhatItCannotUseWithReasonsAndAnalysesTheRestOnce() throws Exception {
        TestTracks.make(TestTracks.Spec.of(172, 25), 44_100).writeWav(dir.resolve("a.wav"));
        Files.createDirectories(dir.resolve("sub"));
        TestTracks.make(TestTracks.Spec.of(88, 25), 22_050).writeWav(dir.resolve("sub/b.wav"));
        Files.writeString(dir.resolve("cover.jpg"), "\u00ff\u00d8 not music");
        Files.write(dir.resolve("broken.wav"), run.cadence.audio.io.decode.WavHeaders.pcm(20737, 44_100, 16));
        Files.writeString(dir.resolve(".DS_Store"), "hidden");
        MemoryCache cache = new MemoryCache();
        MusicScan.Report r = MusicScan.scan(List.of(dir), cache, 2, QUIET);
        assertEquals(4, r.entries().size());
        assertEquals(4, r.analysed());
        assertEquals(List.of(), r.emptyFolders());
        Map<String, LibraryEntry> byName = new TreeMap<>();
        r.entries().forEach(e -> byName.put(e.stamp().path().getFileName().toString(), e));
        assertEquals(172, ((LibraryEntry.Analysed) byName.get("a.wav")).analysis().grid().orElseThrow().bpm(), 0.1);
        assertEquals(88, ((LibraryEntry.Analysed) byName.get("b.wav")).analysis().grid().orElseThrow().bpm(), 0.1);
        assertEquals("not an audio file (WAV, AIFF, MP3, FLAC or Ogg Vorbis)",
                ((LibraryEntry.Skipped) byName.get("cover.jpg")).reason());
        assertTrue(((LibraryEntry.Skipped) byName.get("broken.wav")).reason().contains("20737 channels"));

        int savedBefore = cache.saved;
        MusicScan.Report again = MusicScan.scan(List.of(dir), cache, 2, QUIET);
        assertEquals(0, again.analysed());
        assertEquals(4, again.unchanged());
        assertEquals(savedBefore, cache.saved, "an unchanged folder saves nothing");
        assertEquals(r.entries(), again.entries());

        Files.setLastModifiedTime(dir.resolve("a.wav"), FileTime.fromMillis(1_000_000));
        Files.delete(dir.resolve("sub/b.wav"));
        MusicScan.Report third = MusicScan.scan(List.of(dir), cache, 1, QUIET);
        assertEquals(1, third.analysed());
        assertEquals(1, third.forgotten());
        assertEquals(3, cache.rows.size());
    }

    /** A Latin-1 name on a UTF-8 system was added, then "no such file" each time it was to play. */
    @Test
    void aTrackWhoseNameIsNotUtf8IsSkippedWithTheReason() throws Exception {
        TestTracks.make(TestTracks.Spec.of(172, 25), 44_100).writeWav(dir.resolve("a.wav"));
        Process mv = new ProcessBuilder("sh", "-c", "mv a.wav \"$(printf 'caf\\351.wav')\"").directory(dir.toFile())
                .start();
        assertEquals(0, mv.waitFor());
        MusicScan.Report r = MusicScan.scan(List.of(dir), new MemoryCache(), 1, QUIET);
        LibraryEntry.Skipped skipped = assertInstanceOf(LibraryEntry.Skipped.class, r.entries().get(0));
        assertEquals("its name has bytes that are not UTF-8 (or not in the locale's character set), so it could not"
                + " be found again; rename it", skipped.reason());
    }

    @Test
    void aFolderWithNoUsableTrackIsReported() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "no music here");
        MusicScan.Report r = MusicScan.scan(List.of(dir), new MemoryCache(), 1, QUIET);
        assertEquals(List.of(dir.toAbsolutePath().normalize()), r.emptyFolders());
        assertInstanceOf(LibraryEntry.Skipped.class, r.entries().get(0));
    }

    @Test
    void aMissingFolderIsBadInput() {
        CadenceException e = assertThrows(CadenceException.class,
                () -> MusicScan.scan(List.of(dir.resolve("nope")), new MemoryCache(), 1, QUIET));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals(dir.resolve("nope") + ": no such folder; give folders of music, e.g. cadence music add ~/Music",
                e.getMessage());
    }

    @Test
    void aFailureThatMayPassIsNotCachedAndTheNextScanTriesAgain() throws Exception {
        TestTracks.make(TestTracks.Spec.of(172, 25), 44_100).writeWav(dir.resolve("a.wav"));
        Path b = TestTracks.make(TestTracks.Spec.of(88, 25), 44_100).writeWav(dir.resolve("b.wav"));
        Files.write(dir.resolve("broken.wav"), run.cadence.audio.io.decode.WavHeaders.pcm(20737, 44_100, 16));
        boolean[] denied = {true};
        MusicScan.Analyser flaky = file -> {
            if (file.equals(b) && denied[0]) {
                // What HeaderCheck throws when the file system says no (root cannot be refused by chmod in a test).
                throw new run.cadence.audio.io.decode.Refusal("cannot read (" + file + ")",
                        new java.nio.file.AccessDeniedException(file.toString()));
            }
            return TrackAnalyzer.analyse(file);
        };
        MemoryCache cache = new MemoryCache();
        MusicScan.Report first = MusicScan.scan(List.of(dir), cache, 2, QUIET, flaky);
        LibraryEntry.Skipped skipped = (LibraryEntry.Skipped) first.entries().stream()
                .filter(e -> e.stamp().path().equals(b)).findFirst().orElseThrow();
        assertEquals("cannot read (" + b + "); tried again on the next scan", skipped.reason());
        assertTrue(!cache.rows.containsKey(b), "a denied read is not remembered as the file's fault");
        assertTrue(cache.rows.get(dir.resolve("broken.wav")) instanceof LibraryEntry.Skipped, "a damaged header is");

        denied[0] = false;
        MusicScan.Report second = MusicScan.scan(List.of(dir), cache, 2, QUIET, flaky);
        assertEquals(1, second.analysed());
        assertInstanceOf(LibraryEntry.Analysed.class, cache.rows.get(b));
    }

    @Test
    void aFileThatChangedWhileItWasReadOrCouldNotBeReadIsNotCached() throws Exception {
        Path shortOne = TestTracks.make(TestTracks.Spec.of(120, 25), 44_100).writeWav(dir.resolve("copying.wav"));
        long size = Files.size(shortOne);
        // Half copied when the walk stamped it: the stamp no longer matches the file the analysis read.
        FileStamp stale = new FileStamp(shortOne, size / 3, Files.getLastModifiedTime(shortOne).toMillis() - 5000);
        MusicScan.Done halfCopied = MusicScan.analyse(stale, file -> {
            throw new run.cadence.audio.io.decode.Refusal("only 8.3 s long (a track needs 20 s)");
        });
        assertTrue(!halfCopied.lasting());
        FileStamp folder = new FileStamp(Files.createDirectory(dir.resolve("odd.wav")), 0, 0);
        MusicScan.Done unreadable = MusicScan.analyse(folder, TrackAnalyzer::analyse);
        assertTrue(!unreadable.lasting(), unreadable.toString());
        FileStamp same = new FileStamp(shortOne, size, Files.getLastModifiedTime(shortOne).toMillis());
        assertTrue(MusicScan.analyse(same, file -> {
            throw new run.cadence.audio.io.decode.Refusal("the WAV data is damaged");
        }).lasting(), "the file's own fault is remembered");
    }
}
