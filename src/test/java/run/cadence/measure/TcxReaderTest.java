package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.CadenceException;

class TcxReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsGarminRunCadenceSpeedAndTimes() {
        Activity run = new TcxReader().read(Fixtures.path("garmin-run.tcx"));
        assertNull(run.declaredUnit(), "TCX does not fix the unit; the numbers decide");
        assertEquals(162, run.samples().size());
        ActivitySample first = run.samples().get(0);
        assertEquals(0, first.seconds());
        assertTrue(first.rawCadence() >= 58 && first.rawCadence() <= 60, "walking one-leg " + first.rawCadence());
        assertEquals(1.45, first.speed(), 0.051);
        // 2 min walk, 2.5 min jog, 6 min run, then the auto-pause gap of 60 s
        assertEquals(750 + 60, run.samples().get(150).seconds());
    }

    @Test
    void plainCadenceIsUsedWhenThereIsNoRunCadence() throws IOException {
        Path strava = Files.writeString(dir.resolve("strava.tcx"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
                 <Activities><Activity Sport="Running"><Id>2024-05-04T07:12:03Z</Id>
                  <Lap StartTime="2024-05-04T07:12:03Z"><Track>
                   <Trackpoint><Time>2024-05-04T07:12:03Z</Time><DistanceMeters>0.0</DistanceMeters><Cadence>84</Cadence></Trackpoint>
                   <Trackpoint><Time>2024-05-04T09:12:04+02:00</Time><DistanceMeters>3.0</DistanceMeters><Cadence>85</Cadence></Trackpoint>
                  </Track></Lap></Activity></Activities>
                </TrainingCenterDatabase>
                """);
        Activity run = new TcxReader().read(strava);
        assertEquals(84, run.samples().get(0).rawCadence());
        assertEquals(1, run.samples().get(1).seconds(), "an offset time is the same instant");
        assertEquals(3.0, run.samples().get(1).speed(), 1e-9, "speed from distance");
    }

    @Test
    void aTruncatedFileIsBadInputWithLineAndColumn() {
        Path cut = Fixtures.path("truncated.tcx");
        CadenceException e = assertThrows(CadenceException.class, () -> new TcxReader().read(cut));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().matches("\\Q" + cut + "\\E:1497:28: the file ends before its TCX is complete: it is"
                + " truncated \\(an interrupted download or copy\\?\\); export it again"),
                e.getMessage());
    }

    @Test
    void aBadNumberNamesItsLineAndColumn() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.tcx"), """
                <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
                <Trackpoint><Time>2024-05-04T07:12:03Z</Time>
                  <Cadence>eighty</Cadence></Trackpoint>
                </TrainingCenterDatabase>
                """);
        CadenceException e = assertThrows(CadenceException.class, () -> new TcxReader().read(bad));
        assertTrue(e.getMessage().startsWith(bad + ":3:"), e.getMessage());
        assertTrue(e.getMessage().endsWith("<Cadence> holds 'eighty', not a number"), e.getMessage());
    }

    @Test
    void aGpxFileNamedTcxIsRefused() {
        Path gpx = Fixtures.path("strava-run.gpx");
        CadenceException e = assertThrows(CadenceException.class, () -> new TcxReader().read(gpx));
        assertTrue(e.getMessage().endsWith("not a TCX file (root element <gpx>, expected <TrainingCenterDatabase>)"),
                e.getMessage());
    }

    @Test
    void externalEntitiesAreNotFollowed() throws IOException {
        Path evil = Files.writeString(dir.resolve("evil.tcx"), """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <TrainingCenterDatabase><Trackpoint><Time>2024-05-04T07:12:03Z</Time>
                <Cadence>&secret;</Cadence></Trackpoint></TrainingCenterDatabase>
                """);
        CadenceException e = assertThrows(CadenceException.class, () -> new TcxReader().read(evil));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertTrue(!e.getMessage().contains("root:"), e.getMessage());
    }
}
