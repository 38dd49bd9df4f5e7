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
    Activity readPoints(XMLStreamReader xml, Path file) throws XMLStreamException {
        TrackPoints points = new TrackPoints();
        boolean inPoint = false;
        Instant time = null;
        double cadence = Double.NaN;
        double runCadence = Double.NaN;
        double speed = Double.NaN;
        double distance = Double.NaN;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("Trackpoint")) {
                    inPoint = true;
                    time = null;
                    cadence = Double.NaN;
                    runCadence = Double.NaN;
                    speed = Double.NaN;
                    distance = Double.NaN;
                } else if (inPoint) {
                    switch (name) {
                        case "Time" -> time = time(xml, file);
                        case "Cadence" -> cadence = number(xml, file);
                        case "RunCadence" -> runCadence = number(xml, file);
                        case "Speed" -> speed = number(xml, file);
                        case "DistanceMeters" -> distance = number(xml, file);
                        default -> { }
                    }
                }
            } else if (event == XMLStreamReader.END_ELEMENT && xml.getLocalName().equals("Trackpoint")) {
                inPoint = false;
                if (time != null) {
                    points.add(time, Double.isNaN(runCadence) ? cadence : runCadence, speed, distance);
                }
            }
        }
        return points.build(file.toString(), null);
    }
}
