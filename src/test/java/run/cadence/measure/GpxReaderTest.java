package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.CadenceException;

class GpxReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTrackPointExtensionCadenceAndSpeedFromPositions() {
        Activity run = new GpxReader().read(Fixtures.path("strava-run.gpx"));
        assertEquals(210, run.samples().size());
        ActivitySample middle = run.samples().get(75);
        assertEquals(150, middle.seconds());
        assertTrue(middle.rawCadence() >= 84 && middle.rawCadence() <= 86, "one-leg " + middle.rawCadence());
        assertEquals(3.1, middle.speed(), 0.3, "3.1 m/s from positions despite GPS jitter");
        assertEquals(1.4, run.samples().get(200).speed(), 0.3);
    }

    @Test
    void oneDegreeOfLatitudeIsAbout111Kilometres() {
        assertEquals(111_195, GpxReader.metresBetween(new double[] {0, 0}, new double[] {1, 0}), 1);
    }

    @Test
    void aPointWithoutCadenceHasNone() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.gpx"), """
                <gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1"><trk><trkseg>
                <trkpt lat="52.0" lon="4.0"><time>2024-06-01T18:30:00Z</time></trkpt>
                </trkseg></trk></gpx>
                """);
        assertTrue(new GpxReader().read(plain).samples().stream().noneMatch(ActivitySample::hasCadence));
    }

    @Test
    void aBadLatitudeNamesItsLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.gpx"), """
                <gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1"><trk><trkseg>
                <trkpt lat="north" lon="4.0"><time>2024-06-01T18:30:00Z</time></trkpt>
                </trkseg></trk></gpx>
                """);
        CadenceException e = assertThrows(CadenceException.class, () -> new GpxReader().read(bad));
        assertTrue(e.getMessage().startsWith(bad + ":2:"), e.getMessage());
        assertTrue(e.getMessage().endsWith("trkpt lat=\"north\" is not a number"), e.getMessage());
    }
}
