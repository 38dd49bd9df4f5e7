package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import run.cadence.CadenceException;

class ActivityReaderTest {
    @Test
    void theExtensionChoosesTheReaderWhateverItsCase() {
        assertInstanceOf(FitReader.class, ActivityReader.forFile(Path.of("Morning_Run.FIT")));
        assertInstanceOf(TcxReader.class, ActivityReader.forFile(Path.of("dir/run.tcx")));
        assertInstanceOf(GpxReader.class, ActivityReader.forFile(Path.of("run.Gpx")));
    }

    @Test
    void anythingElseIsBadInput() {
        CadenceException e = assertThrows(CadenceException.class, () -> ActivityReader.forFile(Path.of("run.kml")));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals("run.kml: unknown activity file type; expected .fit, .tcx or .gpx", e.getMessage());
    }
}
