package run.cadence.measure;

import java.nio.file.Path;
import java.time.Instant;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * GPX tracks. Cadence rides in Garmin's TrackPointExtension as {@code <gpxtpx:cad>} (one leg, the same figure as in
 * the FIT file) or in cluetrust's {@code <gpxdata:cadence>}; speed comes from the positions. Each {@code <trk>} is
 * a leg, its {@code <type>} (where the exporter writes one: "running", "cycling", Strava's 9 for a run) its sport.
 */
final class GpxReader extends XmlActivityReader {
    private static final double EARTH_RADIUS_METRES = 6_371_000;

    @Override
    String rootElement() {
        return "gpx";
    }

    @Override
    String formatName() {
        return "GPX";
    }

    @Override
    String pointElement() {
        return "trkpt";
    }

    /**
     * Long for a method because it is one small class: the point's fields, the distance summed along the track and
     * the current track's depth are state that lives from point to point within one file.
     */
    @Override
    PointReader pointReader(Path file, XmlStart start) {
        return new PointReader() {
            Instant time = null;
            int[] where = null;
            double cadence = Double.NaN;
            double speed = Double.NaN;
            double lat = Double.NaN;
            double lon = Double.NaN;
            double distance = 0;
            double[] previous = null;
            int trackDepth = -1;

            @Override
            public void outside(String name, int depth, XMLStreamReader xml, TrackPoints points)
                    throws XMLStreamException {
                if (name.equals("trk")) {
                    trackDepth = depth;
                    points.beginLeg(Sport.UNKNOWN, "GPX type");
                } else if (name.equals("type") && depth == trackDepth + 1) {
                    // Only the track's own <type>: a <link> inside it has a <type> too, a MIME type.
                    String type = text(xml);
                    points.setLegSport(Sport.ofText(type), type.strip().matches("\\d+")
                            ? "Strava's GPX type " + type.strip() : "GPX type");
                }
            }

            @Override
            public void start(XMLStreamReader xml) {
                time = null;
                cadence = Double.NaN;
                speed = Double.NaN;
                lat = coordinate(xml, "lat", file, start);
                lon = coordinate(xml, "lon", file, start);
            }

            @Override
            public void field(String name, XMLStreamReader xml) throws XMLStreamException {
                switch (name) {
                    case "time" -> {
                        where = here(xml, start);
                        time = time(xml, file, where);
                    }
                    case "cad", "cadence" -> cadence = number(xml, file, start);
                    case "speed" -> speed = number(xml, file, start);
                    default -> { }
                }
            }

            @Override
            public void end(TrackPoints points) {
                if (time == null) {
                    return;
                }
                double[] here = {lat, lon};
                if (previous != null && !Double.isNaN(lat) && !Double.isNaN(previous[0])) {
                    distance += metresBetween(previous, here);
                }
                previous = here;
                points.add(time.toEpochMilli(), cadence, speed, Double.isNaN(lat) ? Double.NaN : distance, where[0],
                        where[1]);
            }
        };
    }

    private static double coordinate(XMLStreamReader xml, String attribute, Path file, XmlStart start) {
        String v = xml.getAttributeValue(null, attribute);
        if (v == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw error(file, here(xml, start), "trkpt " + attribute + "=\"" + v + "\" is not a number");
        }
    }

    /** Haversine distance; the earth is round enough at running scale. */
    static double metresBetween(double[] a, double[] b) {
        double lat1 = Math.toRadians(a[0]);
        double lat2 = Math.toRadians(b[0]);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b[1] - a[1]);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
