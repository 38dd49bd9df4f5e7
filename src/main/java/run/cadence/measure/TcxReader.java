package run.cadence.measure;

import java.nio.file.Path;
import java.time.Instant;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Garmin Training Center (TCX) files. A run's cadence is in the Trackpoint's ActivityExtension as
 * {@code <RunCadence>} (one leg, Garmin) or, in some exports (Strava), in the plain {@code <Cadence>}
 * element meant for bikes; RunCadence wins when both are there. Each {@code <Activity Sport="...">} is a leg:
 * a multisport TCX holds several, and only the running ones are measured.
 */
final class TcxReader extends XmlActivityReader {

    @Override
    String rootElement() {
        return "TrainingCenterDatabase";
    }

    @Override
    String formatName() {
        return "TCX";
    }

    @Override
    String pointElement() {
        return "Trackpoint";
    }

    @Override
    PointReader pointReader(Path file, XmlStart start) {
        return new PointReader() {
            Instant time = null;
            int[] where = null;
            double cadence = Double.NaN;
            double runCadence = Double.NaN;
            double speed = Double.NaN;
            double distance = Double.NaN;

            @Override
            public void outside(String name, int depth, XMLStreamReader xml, TrackPoints points) {
                if (name.equals("Activity")) {
                    String sport = xml.getAttributeValue(null, "Sport");
                    points.beginLeg(sport == null ? Sport.UNKNOWN : Sport.ofText(sport), "TCX Activity Sport");
                }
            }

            @Override
            public void start(XMLStreamReader xml) {
                time = null;
                cadence = Double.NaN;
                runCadence = Double.NaN;
                speed = Double.NaN;
                distance = Double.NaN;
            }

            @Override
            public void field(String name, XMLStreamReader xml) throws XMLStreamException {
                switch (name) {
                    case "Time" -> {
                        where = here(xml, start);
                        time = time(xml, file, where);
                    }
                    case "Cadence" -> cadence = number(xml, file, start);
                    case "RunCadence" -> runCadence = number(xml, file, start);
                    case "Speed" -> speed = number(xml, file, start);
                    case "DistanceMeters" -> distance = number(xml, file, start);
                    default -> { }
                }
            }

            @Override
            public void end(TrackPoints points) {
                if (time != null) {
                    points.add(time.toEpochMilli(), Double.isNaN(runCadence) ? cadence : runCadence, speed, distance,
                            where[0], where[1]);
                }
            }
        };
    }
}
