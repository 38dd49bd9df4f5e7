package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.garmin.fit.Sport;
import com.garmin.fit.SubSport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.measure.FitFixtures;

/** The one-line errors of {@code measure file} for files that are not what their name says, or not what they seem. */
class MeasureFileMessagesTest {
    private static final Instant START = Instant.parse("2024-06-01T18:30:00Z");

    @TempDir
    Path dir;

    /** A GPX track of points a second apart, one-leg cadence {@code cadence}, at 3 m/s, with its {@code <type>}. */
    private static String gpx(String type, int seconds, int cadence) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx creator=\"StravaGPX\""
                + " version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\""
                + " xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">\n <trk>");
        if (type != null) {
            b.append("<type>").append(type).append("</type>");
        }
        b.append("<trkseg>\n");
        for (int s = 0; s < seconds; s++) {
            b.append("  <trkpt lat=\"").append(52 + s * 3 / 111_195.0).append("\" lon=\"4.9\"><time>")
                    .append(START.plusSeconds(s)).append("</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:cad>")
                    .append(cadence).append("</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>\n");
        }
        return b.append(" </trkseg></trk>\n</gpx>\n").toString();
    }

    private static String error(CliRunner r) {
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.out() + r.err());
        assertEquals(1, r.errLines().length, r.err());
        return r.errLines()[0];
    }

    @Test
    void aFitFileNamedGpxAndAGpxNamedFitSayWhatTheyAre() throws IOException {
        Path fit = FitFixtures.steadyRun(dir.resolve("run.fit"));
        Path fitAsGpx = Files.copy(fit, dir.resolve("Morning_Run.gpx"));
        assertEquals("cadence: error: " + fitAsGpx + ": a FIT file (binary) named .gpx; rename it to .fit",
                error(new MeasureCli().run("measure", "file", fitAsGpx.toString())));
        Path gpxAsFit = Files.writeString(dir.resolve("Evening_Run.fit"), gpx("9", 120, 85));
        assertEquals("cadence: error: " + gpxAsFit + ": a GPX file (XML text) named .fit; rename it to .gpx",
                error(new MeasureCli().run("measure", "file", gpxAsFit.toString())));
    }

    @Test
    void anEmptyFileIsEmptyWhateverItsFormat() throws IOException {
        for (String name : new String[] {"empty.fit", "empty.gpx", "empty.tcx"}) {
            Path empty = Files.createFile(dir.resolve(name));
            assertEquals("cadence: error: " + empty + ": the file is empty (0 bytes); export the activity again",
                    error(new MeasureCli().run("measure", "file", empty.toString())));
        }
    }

    @Test
    void stravasNumberedTypesAreNamedAndUnknownNumbersAreMeasured() throws IOException {
        Path ride = Files.writeString(dir.resolve("ride.gpx"), gpx("1", 600, 85));
        assertEquals("cadence: error: " + ride + ": recorded as cycling (Strava's GPX type 1), not a run; cadence is"
                + " measured on runs only", error(new MeasureCli().run("measure", "file", ride.toString())));
        Path other = Files.writeString(dir.resolve("other.gpx"), gpx("77", 600, 85));
        CliRunner r = new MeasureCli().run("measure", "file", other.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith(other + ": 170.0 spm median"), r.out());
    }

    @Test
    void aFigureTooHighFromAWatchFileIsNotBlamedOnTaps() throws IOException {
        Path bothFeet = Files.writeString(dir.resolve("both.gpx"), gpx("running", 600, 168));
        CliRunner r = new MeasureCli().run("measure", "file", bothFeet.toString(), "--cadence-unit", "one_leg");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Measured 336.0 spm is outside the running range 140-210 spm; the files' values"
                + " seem to be both feet already, and --cadence-unit one_leg doubled them: try --cadence-unit"
                + " both_feet, or leave the option out"), r.out());
        assertTrue(!r.out().contains("taps"), r.out());
    }

    /** A Suunto's running FIT at a constant 55 "rpm": 110 spm is a walk, and the message should say so. */
    @Test
    void tooLittleRunningSaysTheTypicalCadence() {
        Path fit = FitFixtures.create(dir.resolve("suunto.fit")).leg(Sport.RUNNING, SubSport.GENERIC)
                .seconds(1200, 55, 0f, 1.5f).seconds(5, 85, 0f, 3f).close();
        assertEquals("cadence: error: " + fit + ": only 0.1 min of steady running (typical cadence 110 spm, below"
                + " running, which starts at 140); at least 1 min is needed for a baseline",
                error(new MeasureCli().run("measure", "file", fit.toString())));
    }

    @Test
    void aDoctypeIsRefusedForWhatItIsNotForAnUndeclaredEntity() throws IOException {
        Path bomb = Files.writeString(dir.resolve("bomb.gpx"), "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [\n"
                + " <!ENTITY lol \"lol\">\n <!ENTITY lol9 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n]>\n"
                + "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><name>&lol9;</name></trk>"
                + "</gpx>\n");
        String e = error(new MeasureCli().run("measure", "file", bomb.toString()));
        assertTrue(e.matches("cadence: error: \\Q" + bomb + "\\E:\\d+:\\d+: a DOCTYPE with entities is not allowed in"
                + " an activity file \\(no watch or app writes one; .*"), e);
        Path xxe = Files.writeString(dir.resolve("xxe.tcx"), "<?xml version=\"1.0\"?>\n<!DOCTYPE foo [ <!ENTITY xxe"
                + " SYSTEM \"file:///etc/passwd\"> ]>\n<TrainingCenterDatabase xmlns=\"http://www.garmin.com/"
                + "xmlschemas/TrainingCenterDatabase/v2\"><Activities><Activity Sport=\"Running\"><Id>&xxe;</Id>"
                + "</Activity></Activities></TrainingCenterDatabase>\n");
        assertTrue(error(new MeasureCli().run("measure", "file", xxe.toString())).contains(": a DOCTYPE with entities"
                + " is not allowed in an activity file"));
    }

    @Test
    void tooManyAttributesAreWordedNotTheParsersText() throws IOException {
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i <= 10_000; i++) {
            attributes.append(" a").append(i).append("=\"1\"");
        }
        Path file = Files.writeString(dir.resolve("attrs.gpx"), "<?xml version=\"1.0\"?>\n<gpx" + attributes
                + "></gpx>\n");
        assertEquals("cadence: error: " + file + ":2:" + (attributes.length() + 5) + ": <gpx> has more than 10,000"
                + " attributes, the XML parser's safety limit: no watch or app writes such a file; it is damaged or"
                + " made to harm, not an export", error(new MeasureCli().run("measure", "file", file.toString())));
    }
}
