package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        assertEquals(162, run.size());
        ActivitySample first = run.sample(0);
        assertEquals(0, first.seconds());
        assertTrue(first.rawCadence() >= 58 && first.rawCadence() <= 60, "walking one-leg " + first.rawCadence());
        assertEquals(1.45, first.speed(), 0.051);
        // 2 min walk, 2.5 min jog, 6 min run, then the auto-pause gap of 60 s
        assertEquals(750 + 60, run.seconds(150));
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
        assertEquals(84, run.rawCadence(0));
        assertEquals(1, run.seconds(1), "an offset time is the same instant");
        assertEquals(3.0, run.speed(1), 1e-9, "speed from distance");
        assertEquals(java.time.Instant.parse("2024-05-04T07:12:03Z"), run.start());
        assertEquals(Sport.Kind.RUNNING, run.sport().kind());
    }

    @Test
    void aBikeExportIsRefusedWithItsSport() throws IOException {
        // With no trackpoints too: the sport is the truer reason than "no track points".
        for (int points : new int[] {600, 0}) {
            Path ride = Files.writeString(dir.resolve("ride.tcx"), XmlFixtures.tcx(
                    XmlFixtures.tcxActivity("Biking", 0, points, 86, 8.0)));
            CadenceException e = assertThrows(CadenceException.class, () -> new TcxReader().read(ride));
            assertEquals(ride + ": recorded as Biking (TCX Activity Sport), not a run; cadence is measured on runs"
                    + " only", e.getMessage());
        }
    }

    @Test
    void aMultisportExportGivesItsRunningActivityOnly() throws IOException {
        Path brick = Files.writeString(dir.resolve("brick.tcx"), XmlFixtures.tcx(
                XmlFixtures.tcxActivity("Biking", 0, 1200, 90, 8.0),
                XmlFixtures.tcxActivity("Running", 1260, 600, 87, 3.2)));
        Activity run = new TcxReader().read(brick);
        assertEquals(600, run.size());
        assertEquals(XmlFixtures.START.plusSeconds(1260), run.start());
        assertEquals(List.of("Biking"), run.leftOut());
        assertEquals(174.0, ActivityCadence.of(ActivityCadence.steadyRunning(run, null)).stepsPerMinute(), 1e-9);
    }

    @Test
    void blankLinesBeforeTheXmlDeclarationAreToleratedAndLinesStillCountFromTheFilesTop() throws IOException {
        String good = XmlFixtures.tcx(XmlFixtures.tcxActivity("Running", 0, 120, 84, 3.0));
        Path padded = Files.writeString(dir.resolve("padded.tcx"), "\n\n   " + good);
        assertEquals(120, new TcxReader().read(padded).size());

        String broken = good.replace("<RunCadence>84</RunCadence></TPX></Extensions></Trackpoint>\n   <Trackpoint>"
                + "<Time>" + XmlFixtures.START.plusSeconds(5), "<RunCadence>eighty</RunCadence></TPX></Extensions>"
                + "</Trackpoint>\n   <Trackpoint><Time>" + XmlFixtures.START.plusSeconds(5));
        Path paddedBroken = Files.writeString(dir.resolve("padded-broken.tcx"), "\n\n   " + broken);
        CadenceException e = assertThrows(CadenceException.class, () -> new TcxReader().read(paddedBroken));
        int line = 2 + lineOf(broken, "eighty");
        assertTrue(e.getMessage().startsWith(paddedBroken + ":" + line + ":"), e.getMessage());
        assertTrue(e.getMessage().endsWith("<RunCadence> holds 'eighty', not a number"), e.getMessage());
    }

    @Test
    void anXmlDeclarationOnTheSameLineAfterSpacesKeepsItsColumn() throws IOException {
        Path f = Files.writeString(dir.resolve("spaces.tcx"), "    <?xml version=\"1.0\"?><TrainingCenterDatabase>"
                + "<Trackpoint><Time>noon</Time></Trackpoint></TrainingCenterDatabase>");
        CadenceException e = assertThrows(CadenceException.class, () -> new TcxReader().read(f));
        assertTrue(e.getMessage().startsWith(f + ":1:"), e.getMessage());
        int column = Integer.parseInt(e.getMessage().substring((f + ":1:").length()).split(":")[0]);
        assertEquals("    <?xml version=\"1.0\"?><TrainingCenterDatabase><Trackpoint><Time>".length() + 1, column,
                "the parser reports the end of the start tag; the skipped spaces are added back");
    }

    @Test
    void aTruncatedFileSaysSoWithLineAndColumn() {
        Path cut = Fixtures.path("truncated.tcx");
        CadenceException e = assertThrows(CadenceException.class, () -> new TcxReader().read(cut));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals(cut + ":1497:28: the file ends before its TCX is complete: it is truncated (an interrupted"
                + " download or copy?); export it again", e.getMessage());
    }

    @Test
    void textThatIsNotUtf8IsOneLineNamingTheLine() throws IOException {
        byte[] head = XmlFixtures.tcx(XmlFixtures.tcxActivity("Running", 0, 3, 84, 3.0)).getBytes("UTF-8");
        byte[] bad = new String(head, "UTF-8").replace("Running", "R\u00e9nning").getBytes("ISO-8859-1");
        Path f = Files.write(dir.resolve("latin1.tcx"), bad);
        CadenceException e = assertThrows(CadenceException.class, () -> new TcxReader().read(f));
        assertTrue(e.getMessage().startsWith(f + ":4:21: "), e.getMessage()); // at the é of "Rénning"
        assertTrue(e.getMessage().endsWith("the file is not valid text in its encoding here (saved in another"
                + " encoding, or damaged); export it again"), e.getMessage());
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

    @Test
    void anEmptyFileSaysItIsEmpty() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.tcx"), "");
        CadenceException e = assertThrows(CadenceException.class, () -> new TcxReader().read(empty));
        assertEquals(empty + ": the file is empty (0 bytes); export the activity again", e.getMessage());
    }

    /** The 1-based line of the first occurrence of {@code text}. */
    static int lineOf(String document, String text) {
        return (int) document.substring(0, document.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
    }
}
