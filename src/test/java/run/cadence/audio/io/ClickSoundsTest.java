package run.cadence.audio.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.CadenceException;
import run.cadence.audio.ClickSound;
import run.cadence.audio.ClickSynth;

class ClickSoundsTest {
    @TempDir
    Path dir;

    @Test
    void shippedSoundsAreExactlyWhatTheGeneratorMakes() throws IOException {
        ClickSounds.generate(dir, 44_100);
        for (String name : ClickSynth.NAMES) {
            assertArrayEquals(Files.readAllBytes(Path.of("sounds", name + ".wav")),
                    Files.readAllBytes(dir.resolve(name + ".wav")), name + ".wav differs: run 'cadence sounds generate'");
        }
    }

    /** The launcher rebuilds when a file in sounds/ is newer than the jar: remaking identical files must not. */
    @Test
    void generatingAgainLeavesIdenticalFilesAndTheirFolderUntouched() throws IOException {
        assertEquals(ClickSynth.NAMES, ClickSounds.generate(dir, 44_100));
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        for (String name : ClickSynth.NAMES) {
            Files.setLastModifiedTime(dir.resolve(name + ".wav"), old);
        }
        Files.setLastModifiedTime(dir, old);
        Files.write(dir.resolve("beep.wav"), new byte[] {1, 2, 3}, StandardOpenOption.APPEND);
        Files.setLastModifiedTime(dir.resolve("beep.wav"), old);

        assertEquals(List.of("beep"), ClickSounds.generate(dir, 44_100));
        for (String name : ClickSynth.NAMES) {
            assertEquals(name.equals("beep"), !old.equals(Files.getLastModifiedTime(dir.resolve(name + ".wav"))), name);
            assertArrayEquals(Files.readAllBytes(Path.of("sounds", name + ".wav")),
                    Files.readAllBytes(dir.resolve(name + ".wav")), name);
        }
        Files.setLastModifiedTime(dir, old);
        assertEquals(List.of(), ClickSounds.generate(dir, 44_100));
        assertEquals(old, Files.getLastModifiedTime(dir), "a file was made and removed in the folder");
    }

    @Test
    void builtInClicksLoadWithAHigherShorterAccent() {
        for (String name : ClickSynth.NAMES) {
            ClickSound s = ClickSounds.load(name, 44_100);
            assertTrue(s.normal().length > 1000, name);
            assertEquals(Math.floor((s.normal().length - 1) / 1.5) + 1, s.accent().length, 1, name);
        }
    }

    @Test
    void aRunnersOwnWavIsResampledToTheEngineRate() throws IOException {
        ClickSounds.generate(dir, 22_050);
        ClickSound own = ClickSounds.load(dir.resolve("beep.wav").toString(), 44_100);
        assertEquals(2 * 882 - 1, own.normal().length, 1);
    }

    @Test
    void unknownNamesAndMissingFilesAreBadInput() {
        CadenceException e = assertThrows(CadenceException.class, () -> ClickSounds.load("tamborine", 44_100));
        assertTrue(e.getMessage().contains("woodblock, beep, cowbell"), e.getMessage());
        assertThrows(CadenceException.class, () -> ClickSounds.load(dir.resolve("no.wav").toString(), 44_100));
    }
}
