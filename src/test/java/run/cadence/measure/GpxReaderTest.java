package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.CadenceException;

class GpxReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTrackPointExtensionCadenceAndSpeedFromPositions() {
        Activity run = new GpxReader().read(Fixtures.path("strava-run.gpx"));
        assertEquals(210, run.size());
        ActivitySample middle = run.sample(75);
        assertEquals(150, middle.seconds());
        assertTrue(middle.rawCadence() >= 84 && middle.rawCadence() <= 86, "one-leg " + middle.rawCadence());
        assertEquals(3.1, middle.speed(), 0.3, "3.1 m/s from positions despite GPS jitter");
        assertEquals(1.4, run.speed(200), 0.3);
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

    @Test
    void aTrackTypedCyclingIsRefusedAndItsLinksTypeIsNotItsSport() throws IOException {
        // With no points too: the sport is the truer reason than "no track points".
        for (int points : new int[] {300, 0}) {
            Path ride = Files.writeString(dir.resolve("ride.gpx"), XmlFixtures.gpx(
                    XmlFixtures.track("cycling", 0, points, 86, 7.5)));
            CadenceException e = assertThrows(CadenceException.class, () -> new GpxReader().read(ride));
            assertEquals(ride + ": recorded as cycling (GPX type), not a run; cadence is measured on runs only",
                    e.getMessage());
        }
        Path run = Files.writeString(dir.resolve("run.gpx"), XmlFixtures.gpx(XmlFixtures.track("9", 0, 300, 86, 3)));
        assertEquals(new Sport(Sport.Kind.RUNNING, "running", false), new GpxReader().read(run).sport(),
                "Strava numbers a run 9; the <link>'s text/html is not the track's type");
    }

    @Test
    void onlyTheRunningTracksOfASeveralTrackFileAreRead() throws IOException {
        Path f = Files.writeString(dir.resolve("day.gpx"), XmlFixtures.gpx(
                XmlFixtures.track("cycling", 0, 600, 90, 7.0),
                XmlFixtures.track("running", 900, 600, 86, 3.0)));
        Activity run = new GpxReader().read(f);
        assertEquals(600, run.size());
        assertEquals(XmlFixtures.START.plusSeconds(900), run.start());
        assertEquals(java.util.List.of("cycling"), run.leftOut());
    }

    @Test
    void anUndeclaredPrefixNamesTheElementThePrefixAndTheMissingDeclaration() throws IOException {
        String gpx = XmlFixtures.gpx(XmlFixtures.track("running", 0, 5, 84, 3))
                .replace("<gpxtpx:cad>84</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>\n   <trkpt lat=\"52.00002",
                        "<gpxtpx:cad>84</gpxtpx:cad></gpxtpx:TrackPointExtension><gpxdata:cadence>84</gpxdata:cadence>"
                        + "</extensions></trkpt>\n   <trkpt lat=\"52.00002");
        Path f = Files.writeString(dir.resolve("tapiriik.gpx"), gpx);
        CadenceException e = assertThrows(CadenceException.class, () -> new GpxReader().read(f));
        int line = TcxReaderTest.lineOf(gpx, "gpxdata:cadence");
        assertTrue(e.getMessage().matches("\\Q" + f + ":" + line + ":\\E\\d+: the prefix 'gpxdata:' of"
                + " <gpxdata:cadence> is not declared, so this is not valid GPX \\(XML\\); the app that exported it"
                + " left the declaration out: add xmlns:gpxdata=\"http://www.cluetrust.com/XML/GPXDATA/1/0\" to the"
                + " root element, or export it again"), e.getMessage());
    }

    @Test
    void aRepeatedTrackRunsBackInTimeAndIsRefusedWhereItRepeats() throws IOException {
        // The previous reader summed the copies: "28746.7 of 25.0 min steady running".
        String once = XmlFixtures.track("running", 0, 1500, 84, 3);
        String gpx = XmlFixtures.gpx(once, once, once);
        Path f = Files.writeString(dir.resolve("repeated.gpx"), gpx);
        CadenceException e = assertThrows(CadenceException.class, () -> new GpxReader().read(f));
        int line = TcxReaderTest.lineOf(gpx, "</trk>") + 2; // the first point of the second copy
        assertTrue(e.getMessage().startsWith(f + ":" + line + ":"), e.getMessage());
        assertTrue(e.getMessage().endsWith(": time runs backwards: 2024-06-01T18:30:00Z comes after"
                + " 2024-06-01T18:54:59Z, 25.0 min later; the points are out of order or the track is repeated, so"
                + " its running cannot be timed; export the activity again"), e.getMessage());
    }

    @Test
    void pointsThatRepeatTheirTimeAreReadOnceSoNoMinuteCountsTwice() throws IOException {
        StringBuilder points = new StringBuilder(" <trk><type>running</type><trkseg>\n");
        for (int s = 0; s < 600; s++) {
            points.append(XmlFixtures.trkpt(s, 84, 3)).append(XmlFixtures.trkpt(s, 84, 3));
        }
        Path f = Files.writeString(dir.resolve("twice.gpx"), XmlFixtures.gpx(points + " </trkseg></trk>\n"));
        Activity run = new GpxReader().read(f);
        assertEquals(600, run.size());
        ActivityCadence c = ActivityCadence.of(ActivityCadence.steadyRunning(run, null));
        assertEquals(599 / 60.0, c.minutesRecorded(), 1e-9);
        assertTrue(c.minutesUsed() <= c.minutesRecorded(), c.describe());
    }

    @Test
    void timesMostlyRepeatedAreRefused() throws IOException {
        StringBuilder points = new StringBuilder(" <trk><trkseg>\n");
        for (int s = 0; s < 100; s++) {
            points.append(XmlFixtures.trkpt(s / 10 * 10, 84, 3));
        }
        Path f = Files.writeString(dir.resolve("stuck.gpx"), XmlFixtures.gpx(points + " </trkseg></trk>\n"));
        CadenceException e = assertThrows(CadenceException.class, () -> new GpxReader().read(f));
        assertEquals(f + ": 90 of 100 points repeat the time of the point before; with so few distinct times its"
                + " running cannot be timed; export the activity again, or from another app", e.getMessage());
    }

    @Test
    void aTimeWithoutAnOffsetIsUtcAsGpxDefinesIt() throws IOException {
        Path f = Files.writeString(dir.resolve("gpx10.gpx"), """
                <gpx xmlns="http://www.topografix.com/GPX/1/0" version="1.0"><trk><trkseg>
                <trkpt lat="52.0" lon="4.0"><time>2013-01-01T12:00:04</time></trkpt>
                </trkseg></trk></gpx>
                """);
        assertEquals(Instant.parse("2013-01-01T12:00:04Z"), new GpxReader().read(f).start());
    }
}
