package run.cadence.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.CadenceException;

class PartialFileTest {
    @TempDir
    Path dir;

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A process that has ended, for a pid that is surely not alive now. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    private Path partialOf(long pid, Duration age) throws Exception {
        Path f = Files.writeString(dir.resolve(PartialFiles.hiddenName("x.wav", pid, pid)), "abandoned");
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().minus(age)));
        return f;
    }

    @Test
    void theHiddenNameCarriesTheProcessThatWritesIt() {
        String name = PartialFiles.hiddenName("run 1.mp3", 4242, -1);
        assertEquals(".run 1.mp3.cadence-4242-3w5e11264sgsf.part", name);
        assertEquals(Optional.of(4242L), PartialFiles.owner(name));
        assertEquals(Optional.empty(), PartialFiles.owner(".run.mp3.3w5e11264sgsf.part"), "an older cadence's");
        assertEquals(Optional.empty(), PartialFiles.owner(".run.mp3.cadence-12-ab.part.bak"));
        assertEquals(Optional.empty(), PartialFiles.owner("run.mp3.cadence-12-ab.part"), "not hidden");
    }

    @Test
    void onlyOldFilesOfGoneProcessesAreSwept() throws Exception {
        Path stale = partialOf(deadPid(), Duration.ofMinutes(3));
        Path fresh = partialOf(deadPid(), Duration.ofSeconds(10));
        Path alive = partialOf(ProcessHandle.current().parent().orElseThrow().pid(), Duration.ofDays(1));
        Path mine = partialOf(ProcessHandle.current().pid(), Duration.ofDays(1));
        PartialFiles.sweep(dir);
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh), "touched lately: its writer may be in another PID namespace");
        assertTrue(Files.exists(alive), "its process still runs");
        assertTrue(Files.exists(mine), "this process's own");
    }

    @Test
    void aCommittedFileReplacesTheTargetAndAnAbandonedOneLeavesNothing() throws Exception {
        Path target = Files.writeString(dir.resolve("a.txt"), "earlier");
        try (PartialFile f = PartialFile.beside(target)) {
            Files.writeString(f.path(), "new");
            assertEquals("earlier", Files.readString(target));
            f.commit();
        }
        assertEquals("new", Files.readString(target));
        try (PartialFile f = PartialFile.beside(target)) {
            Files.writeString(f.path(), "abandoned");
        }
        assertEquals(List.of("a.txt"), names());
        assertEquals("new", Files.readString(target));
    }

    @Test
    void commitIfAbsentNeverReplacesAFileThatAppearedMeanwhile() throws Exception {
        Path target = dir.resolve("history.db");
        try (PartialFile first = PartialFile.beside(target); PartialFile second = PartialFile.beside(target)) {
            Files.writeString(first.path(), "first");
            Files.writeString(second.path(), "second");
            assertTrue(first.commitIfAbsent());
            assertFalse(second.commitIfAbsent());
        }
        assertEquals("first", Files.readString(target));
        assertEquals(List.of("history.db"), names());
    }

    /** A name of 255 bytes is a good name, but its hidden name passed 255 bytes: "File name too long". */
    @Test
    void aNameNearTheLimitIsWrittenUnderAShortenedHiddenName() throws Exception {
        List<String> names = "UTF-8".equals(System.getProperty("sun.jnu.encoding"))
                ? List.of("a".repeat(251) + ".wav", "a" + "\u00e9".repeat(125) + ".wav")
                : List.of("a".repeat(251) + ".wav"); // a non-UTF-8 locale names no file with an \u00e9
        for (String name : names) {
            assertEquals(255, name.getBytes(StandardCharsets.UTF_8).length);
            Path target = dir.resolve(name);
            try (PartialFile f = PartialFile.beside(target)) {
                String hidden = f.path().getFileName().toString();
                assertTrue(hidden.getBytes(StandardCharsets.UTF_8).length <= 255, hidden);
                assertEquals(Optional.of(ProcessHandle.current().pid()), PartialFiles.owner(hidden));
                Files.writeString(f.path(), "whole");
                f.commit();
            }
            assertEquals("whole", Files.readString(target));
            Files.delete(target);
        }
        assertEquals(List.of(), names());
    }

    @Test
    void aNameTheFileSystemCannotHoldIsRefusedBeforeAnyWork() throws Exception {
        Path target = dir.resolve("a".repeat(252) + ".wav");
        OutputFileException e = assertThrows(OutputFileException.class, () -> PartialFile.beside(target));
        OutputProblem.CannotCreate p = assertInstanceOf(OutputProblem.CannotCreate.class, e.problem());
        assertEquals("File name too long", ((FileSystemException) p.cause()).getReason());
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals(List.of(), names());
    }
}
