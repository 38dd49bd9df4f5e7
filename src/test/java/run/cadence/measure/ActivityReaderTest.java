package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.CadenceException;

class ActivityReaderTest {
    @TempDir
    Path dir;

    @Test
    void theExtensionChoosesTheReaderWhateverItsCase() throws IOException {
        Path fit = Files.copy(FitFixtures.steadyRun(dir.resolve("a.fit")), dir.resolve("Morning_Run.FIT"));
        Files.createDirectories(dir.resolve("dir"));
        Path tcx = Files.writeString(dir.resolve("dir/run.tcx"), XmlFixtures.tcx());
        Path gpx = Files.writeString(dir.resolve("run.Gpx"), XmlFixtures.gpx());
        assertInstanceOf(FitReader.class, ActivityReader.forFile(fit));
        assertInstanceOf(TcxReader.class, ActivityReader.forFile(tcx));
        assertInstanceOf(GpxReader.class, ActivityReader.forFile(gpx));
    }

    @Test
    void aFileThatCannotBeReadSaysWhyNotItsOwnName() {
        Path file = Path.of("noread.fit");
        assertEquals("noread.fit: cannot read (permission denied)",
                InputFile.unreadable(file, new AccessDeniedException("noread.fit")).getMessage());
        assertEquals("noread.fit: no such file",
                assertThrows(CadenceException.class, () -> ActivityReader.forFile(file)).getMessage());
    }

    @Test
    void anythingElseIsBadInput() {
        CadenceException e = assertThrows(CadenceException.class, () -> ActivityReader.forFile(Path.of("run.kml")));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals("run.kml: unknown activity file type; expected .fit, .tcx or .gpx", e.getMessage());
    }
}
