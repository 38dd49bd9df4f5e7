package run.cadence.measure;

import java.nio.file.Path;
import java.time.Instant;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Garmin Training Center (TCX) files. A run's cadence is in the Trackpoint's ActivityExtension as
 * {@code <RunCadence>} (one leg, Garmin) or, in some exports (Strava), in the plain {@code <Cadence>}
 * element meant for bikes; RunCadence wins when both are there.
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
    PointReader pointReader(Path file) {
        return new PointReader() {
            Instant time = null;
            double cadence = Double.NaN;
            double runCadence = Double.NaN;
            double speed = Double.NaN;
            double distance = Double.NaN;

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
                    case "Time" -> time = time(xml, file);
                    case "Cadence" -> cadence = number(xml, file);
                    case "RunCadence" -> runCadence = number(xml, file);
                    case "Speed" -> speed = number(xml, file);
                    case "DistanceMeters" -> distance = number(xml, file);
                    default -> { }
                }
            }

            @Override
            public void end(TrackPoints points) {
                if (time != null) {
                    points.add(time, Double.isNaN(runCadence) ? cadence : runCadence, speed, distance);
                }
            }
        };
    }
}
