package run.cadence.measure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import run.cadence.CadenceException;

/**
 * The streaming XML reading TCX and GPX share: a hardened StAX parser (no DTDs, no external entities), errors
 * that name file:line:column, and the number and time formats both use.
 */
abstract class XmlActivityReader implements ActivityReader {

    /** What the format calls its root element, for the "not a ... file" message. */
    abstract String rootElement();

    abstract String formatName();

    /** The element that holds one point ({@code trkpt}, {@code Trackpoint}). */
    abstract String pointElement();

    /** A fresh reader of one file's points; it may keep state from point to point (GPX sums distance). */
    abstract PointReader pointReader(Path file);

    /**
     * What a format reads inside its point elements. The walk over the document is the same for TCX and GPX
     * and lives in {@link #readPoints}; only the fields inside a point differ.
     */
    interface PointReader {
        /** At the point's start tag, its attributes readable; forget the previous point's fields. */
        void start(XMLStreamReader xml) throws XMLStreamException;

        /** At a start tag inside the point; read the element if it is one of the format's fields. */
        void field(String name, XMLStreamReader xml) throws XMLStreamException;

        /** At the point's end tag: add it to {@code points}, or skip it (a point without a time). */
        void end(TrackPoints points);
    }

    @Override
    public final Activity read(Path file) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (!xml.isStartElement()) {
                    xml.next();
                }
                if (!rootElement().equals(xml.getLocalName())) {
                    throw error(file, xml.getLocation(), "not a " + formatName() + " file (root element <"
                            + xml.getLocalName() + ">, expected <" + rootElement() + ">)");
                }
                return readPoints(xml, file);
            } finally {
                xml.close();
            }
        } catch (NoSuchFileException e) {
            throw CadenceException.badInput(file + ": no such file");
        } catch (XMLStreamException e) {
            throw error(file, e.getLocation(), "broken " + formatName() + " file, perhaps truncated ("
                    + plainMessage(e) + ")");
        } catch (IOException e) {
            throw CadenceException.badInput(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads points from a parser positioned just inside the root element. */
    private Activity readPoints(XMLStreamReader xml, Path file) throws XMLStreamException {
        String pointElement = pointElement();
        PointReader point = pointReader(file);
        TrackPoints points = new TrackPoints();
        boolean inPoint = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals(pointElement)) {
                    inPoint = true;
                    point.start(xml);
                } else if (inPoint) {
                    point.field(name, xml);
                }
            } else if (event == XMLStreamReader.END_ELEMENT && xml.getLocalName().equals(pointElement)) {
                inPoint = false;
                point.end(points);
            }
        }
        return points.build(file.toString(), null);
    }

    static CadenceException error(Path file, Location where, String what) {
        String at = where == null || where.getLineNumber() < 0 ? ""
                : ":" + where.getLineNumber() + ":" + Math.max(1, where.getColumnNumber());
        return CadenceException.badInput(file + at + ": " + what);
    }

    /** The JDK prefixes its messages with "ParseError at [row,col]:..."; we already say where. */
    private static String plainMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? "unexpected content" : e.getMessage();
        int cut = m.indexOf("Message: ");
        return (cut >= 0 ? m.substring(cut + 9) : m).strip();
    }

    /** The text of the current element, read to its end tag. */
    static String text(XMLStreamReader xml) throws XMLStreamException {
        return xml.getElementText().strip();
    }

    static double number(XMLStreamReader xml, Path file) throws XMLStreamException {
        Location where = xml.getLocation();
        String name = xml.getLocalName();
        String t = text(xml);
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw error(file, where, "<" + name + "> holds '" + t + "', not a number");
        }
    }

    static Instant time(XMLStreamReader xml, Path file) throws XMLStreamException {
        Location where = xml.getLocation();
        String t = text(xml);
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(t);
            } catch (DateTimeParseException again) {
                throw error(file, where, "<Time> holds '" + t + "', not an ISO 8601 time like 2024-05-01T07:00:00Z");
            }
        }
    }
}
