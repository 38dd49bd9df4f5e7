package run.cadence.measure;

import java.time.Instant;

/** TCX and GPX text as watches and apps export it, made point by point: one point a second from a start time. */
final class XmlFixtures {
    static final Instant START = Instant.parse("2024-06-01T18:30:00Z");

    private XmlFixtures() {}

    /** A TCX {@code <Activity>} with {@code seconds} points from {@code startSecond} at one-leg cadence. */
    static String tcxActivity(String sport, int startSecond, int seconds, int cadence, double metresPerSecond) {
        StringBuilder b = new StringBuilder("  <Activity Sport=\"" + sport + "\"><Id>" + START.plusSeconds(startSecond)
                + "</Id><Lap StartTime=\"" + START.plusSeconds(startSecond) + "\"><Track>\n");
        for (int i = 0; i < seconds; i++) {
            int t = startSecond + i;
            b.append("   <Trackpoint><Time>").append(START.plusSeconds(t)).append("</Time><DistanceMeters>")
                    .append(t * metresPerSecond).append("</DistanceMeters><Extensions><TPX xmlns=\"")
                    .append("http://www.garmin.com/xmlschemas/ActivityExtension/v2\"><RunCadence>").append(cadence)
                    .append("</RunCadence></TPX></Extensions></Trackpoint>\n");
        }
        return b.append("  </Track></Lap></Activity>\n").toString();
    }

    static String tcx(String... activities) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\">\n"
                + " <Activities>\n" + String.join("", activities) + " </Activities>\n</TrainingCenterDatabase>\n";
    }

    /** A GPX {@code <trkpt>} at {@code second} after {@link #START}, moving north at the given pace. */
    static String trkpt(int second, int cadence, double metresPerSecond) {
        double lat = 52.0 + second * metresPerSecond / 111_195.0;
        return "   <trkpt lat=\"" + lat + "\" lon=\"4.9\"><time>" + START.plusSeconds(second)
                + "</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:cad>" + cadence
                + "</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>\n";
    }

    /** A track of points a second apart from {@code startSecond}. */
    static String track(String type, int startSecond, int seconds, int cadence, double metresPerSecond) {
        StringBuilder b = new StringBuilder(" <trk><name>Evening Run</name>");
        b.append("<link href=\"https://example.com/a/1\"><type>text/html</type></link>");
        if (type != null) {
            b.append("<type>").append(type).append("</type>");
        }
        b.append("<trkseg>\n");
        for (int i = 0; i < seconds; i++) {
            b.append(trkpt(startSecond + i, cadence, metresPerSecond));
        }
        return b.append(" </trkseg></trk>\n").toString();
    }

    static String gpx(String... tracks) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<gpx creator=\"StravaGPX\" version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\""
                + " xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">\n"
                + String.join("", tracks) + "</gpx>\n";
    }
}
