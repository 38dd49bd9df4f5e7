package run.cadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    @Test
    void optionWinsOverEverything() {
        assertEquals(Path.of("/tmp/x"), DataDirectory.resolve(Optional.of(Path.of("/tmp/x")),
                Map.of("CADENCE_HOME", "/c", "XDG_DATA_HOME", "/d"), "/home/r").path());
    }

    @Test
    void cadenceHomeWinsOverXdg() {
        assertEquals(Path.of("/c"), DataDirectory.resolve(Optional.empty(),
                Map.of("CADENCE_HOME", "/c", "XDG_DATA_HOME", "/d"), "/home/r").path());
    }

    @Test
    void xdgDataHomeGetsACadenceFolder() {
        assertEquals(Path.of("/d/cadence/history.db"),
                DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/d"), "/home/r").database());
    }

    @Test
    void relativeXdgIsIgnoredAsTheSpecSays() {
        assertEquals(Path.of("/home/r/.local/share/cadence"),
                DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "rel"), "/home/r").path());
    }

    @Test
    void defaultIsLocalShare() {
        assertEquals(Path.of("/home/r/.local/share/cadence"),
                DataDirectory.resolve(Optional.empty(), Map.of(), "/home/r").path());
    }
}
