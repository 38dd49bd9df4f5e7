package run.cadence.bench;

import com.garmin.fit.DateTime;
import com.garmin.fit.File;
import com.garmin.fit.FileEncoder;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.Sport;
import com.garmin.fit.SubSport;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Long recordings of the size watches really produce, for the benchmarks: an Ironman as a multisport watch writes
 * it (records a second with position, altitude, heart rate, power and running dynamics, about 45 bytes each), and
 * a long run as GPX and TCX exports.
 */
final class LongActivityFiles {
    private static final long START = 1_083_654_000L;

    private LongActivityFiles() {}

    /** Swim 1 h 25 min, bike 7 h 50 min, run 6 h, transitions between (a 15-hour Ironman): about 2 MB. */
    static Path ironmanFit(Path file) {
        FileEncoder encoder = new FileEncoder(file.toFile(), com.garmin.fit.Fit.ProtocolVersion.V2_0);
        FileIdMesg id = new FileIdMesg();
        id.setType(File.ACTIVITY);
        id.setManufacturer(Manufacturer.GARMIN);
        id.setProduct(3113);
        id.setTimeCreated(new DateTime(START));
        encoder.write(id);
        Object[][] legs = {{Sport.SWIMMING, SubSport.OPEN_WATER, 5100, 28, 0.8f},
            {Sport.TRANSITION, SubSport.GENERIC, 300, 55, 1.5f}, {Sport.CYCLING, SubSport.ROAD, 28200, 86, 6.4f},
            {Sport.TRANSITION, SubSport.GENERIC, 240, 55, 1.5f}, {Sport.RUNNING, SubSport.STREET, 21600, 85, 2.0f}};
        long t = 0;
        float distance = 0;
        long[] starts = new long[legs.length];
        for (int l = 0; l < legs.length; l++) {
            starts[l] = t;
            int seconds = (int) legs[l][2];
            for (int s = 0; s < seconds; s++, t++) {
                float speed = (float) legs[l][4];
                distance += speed;
                encoder.write(record(t, (int) legs[l][3] + (int) (t % 3) - 1, speed, distance));
            }
        }
        for (int l = 0; l < legs.length; l++) {
            long end = l + 1 < legs.length ? starts[l + 1] : t;
            SessionMesg s = new SessionMesg();
            s.setTimestamp(new DateTime(START + end));
            s.setStartTime(new DateTime(START + starts[l]));
            s.setTotalElapsedTime((float) (end - starts[l]));
            s.setSport((Sport) legs[l][0]);
            s.setSubSport((SubSport) legs[l][1]);
            encoder.write(s);
        }
        encoder.close();
        return file;
    }

    private static RecordMesg record(long t, int cadence, float speed, float distance) {
        RecordMesg r = new RecordMesg();
        r.setTimestamp(new DateTime(START + t));
        r.setPositionLat((int) (624_000_000 + t * 37));
        r.setPositionLong((int) (58_000_000 + t * 11));
        r.setEnhancedAltitude(12f + (t % 600) / 20f);
        r.setHeartRate((short) (130 + t % 20));
        r.setCadence((short) cadence);
        r.setFractionalCadence(0.5f);
        r.setDistance(distance);
        r.setEnhancedSpeed(speed);
        r.setPower(200 + (int) (t % 50));
        r.setVerticalOscillation(82.5f);
        r.setStanceTime(245f);
        r.setStepLength(1150f);
        r.setTemperature((byte) 21);
        return r;
    }

    /** A run of {@code seconds} points, one a second, as Strava's GPX export writes it. */
    static Path longGpx(Path file, int seconds) throws IOException {
        return write(file, seconds, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx creator=\"StravaGPX\""
                + " version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\""
                + " xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">\n"
                + " <trk><name>Long Run</name><type>running</type><trkseg>\n",
                (s, time) -> "  <trkpt lat=\"" + (52.0 + s * 2.6e-5) + "\" lon=\"4.9\"><ele>1.2</ele><time>" + time
                        + "</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>140</gpxtpx:hr><gpxtpx:cad>"
                        + (84 + s % 3) + "</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>\n",
                " </trkseg></trk>\n</gpx>\n");
    }

    /** The same as a Garmin Connect TCX export. */
    static Path longTcx(Path file, int seconds) throws IOException {
        return write(file, seconds, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TrainingCenterDatabase"
                + " xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\""
                + " xmlns:ns3=\"http://www.garmin.com/xmlschemas/ActivityExtension/v2\">\n <Activities>"
                + "<Activity Sport=\"Running\"><Id>" + XML_START + "</Id><Lap StartTime=\"" + XML_START + "\"><Track>\n",
                (s, time) -> "  <Trackpoint><Time>" + time + "</Time><DistanceMeters>" + s * 2.9
                        + "</DistanceMeters><HeartRateBpm><Value>140</Value></HeartRateBpm><Extensions><ns3:TPX>"
                        + "<ns3:Speed>2.9</ns3:Speed><ns3:RunCadence>" + (84 + s % 3)
                        + "</ns3:RunCadence></ns3:TPX></Extensions></Trackpoint>\n",
                " </Track></Lap></Activity></Activities>\n</TrainingCenterDatabase>\n");
    }

    private static final Instant XML_START = Instant.parse("2024-06-01T06:00:00Z");

    private interface Point {
        String text(int second, Instant time);
    }

    private static Path write(Path file, int seconds, String head, Point point, String tail) throws IOException {
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write(head);
            for (int s = 0; s < seconds; s++) {
                w.write(point.text(s, XML_START.plusSeconds(s)));
            }
            w.write(tail);
        }
        return file;
    }
}
