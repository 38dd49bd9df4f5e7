package run.cadence.measure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import run.cadence.CadenceException;

/**
 * The streaming XML reading TCX and GPX share: a hardened StAX parser (no DTDs, no external entities), errors
 * that name file:line:column and say what is wrong in the runner's terms ({@link XmlProblem}), the number and
 * time formats both use, and tolerance of whitespace before the XML declaration ({@link XmlStart}).
 */
abstract class XmlActivityReader implements ActivityReader {

    /** What the format calls its root element, for the "not a ... file" message. */
    abstract String rootElement();

    abstract String formatName();

    /** The element that holds one point ({@code trkpt}, {@code Trackpoint}). */
    abstract String pointElement();

    /** A fresh reader of one file's points; it may keep state from point to point (GPX sums distance). */
    abstract PointReader pointReader(Path file, XmlStart start);

    /**
     * What a format reads. The walk over the document is the same for TCX and GPX and lives in {@link #readPoints};
     * only the fields inside a point and the elements that start a leg differ.
     */
    interface PointReader {
        /** At a start tag outside any point, {@code depth} levels below the root: a leg may begin here. */
        void outside(String name, int depth, XMLStreamReader xml, TrackPoints points) throws XMLStreamException;

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
        XmlStart start = XmlStart.NONE;
        XMLStreamReader xml;
        try (InputStream raw = Files.newInputStream(file)) {
            if (Files.size(file) == 0) {
                throw InputFile.empty(file);
            }
            start = XmlStart.open(raw);
            xml = factory.createXMLStreamReader(start.reader());
            try {
                while (!xml.isStartElement()) {
                    if (xml.getEventType() == XMLStreamConstants.DTD) {
                        // DTDs are refused (an entity could expand without end, or read another file); without this
                        // the first entity used fails as "referenced, but not declared", which hides the reason.
                        throw error(file, start.at(xml.getLocation()), "a DOCTYPE with entities is not allowed in an"
                                + " activity file (no watch or app writes one; it can hide an endless expansion or"
                                + " read other files); export the activity again");
                    }
                    xml.next();
                }
                if (!rootElement().equals(xml.getLocalName())) {
                    throw error(file, start.at(xml.getLocation()), "not a " + formatName() + " file (root element <"
                            + xml.getLocalName() + ">, expected <" + rootElement() + ">)");
                }
                return readPoints(xml, file, start);
            } finally {
                xml.close();
            }
        } catch (XmlStart.UnknownEncoding e) {
            throw CadenceException.badInput(file + ":1:1: the file says it is in encoding '" + e.getMessage()
                    + "', which Java cannot read; export it again as UTF-8");
        } catch (XMLStreamException e) {
            int[] where = e.getNestedException() instanceof CharacterCodingException ? undecodable(file, start)
                    : start.at(e.getLocation());
            throw error(file, where, XmlProblem.describe(e, formatName()));
        } catch (IOException e) {
            throw InputFile.unreadable(file, e);
        }
    }

    private static int[] undecodable(Path file, XmlStart start) {
        try {
            return XmlStart.firstUndecodable(file, start.charset());
        } catch (IOException e) {
            return null;
        }
    }

    /** Reads points from a parser positioned at the root element. */
    private Activity readPoints(XMLStreamReader xml, Path file, XmlStart start) throws XMLStreamException {
        String pointElement = pointElement();
        PointReader point = pointReader(file, start);
        TrackPoints points = new TrackPoints(file.toString());
        boolean inPoint = false;
        int depth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if (name.equals(pointElement)) {
                    inPoint = true;
                    point.start(xml);
                } else if (inPoint) {
                    point.field(name, xml);
                } else {
                    point.outside(name, depth, xml, points);
                }
                // A field read with getElementText() stops at its own end tag: it is already closed.
                if (xml.isEndElement()) {
                    depth--;
                }
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
                if (xml.getLocalName().equals(pointElement)) {
                    inPoint = false;
                    point.end(points);
                }
            }
        }
        return points.build(null, (line, column) -> file + ":" + line + ":" + column);
    }

    static CadenceException error(Path file, int[] lineColumn, String what) {
        String at = lineColumn == null ? "" : ":" + lineColumn[0] + ":" + lineColumn[1];
        return CadenceException.badInput(file + at + ": " + what);
    }

    /** The text of the current element, read to its end tag. */
    static String text(XMLStreamReader xml) throws XMLStreamException {
        return xml.getElementText().strip();
    }

    static double number(XMLStreamReader xml, Path file, XmlStart start) throws XMLStreamException {
        int[] where = start.at(xml.getLocation());
        String name = xml.getLocalName();
        String t = text(xml);
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw error(file, where, "<" + name + "> holds '" + t + "', not a number");
        }
    }

    /**
     * An ISO 8601 time. TCX and GPX times are UTC by their schemas; a time written without an offset
     * ("2013-01-01T12:00:04", as some GPX 1.0 writers do) is therefore read as UTC, not refused.
     */
    static Instant time(XMLStreamReader xml, Path file, int[] where) throws XMLStreamException {
        String name = xml.getLocalName();
        String t = text(xml);
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw error(file, where, "<" + name + "> holds '" + t
                        + "', not an ISO 8601 time like 2024-05-01T07:00:00Z");
            }
        }
    }

    /** Where the parser is, in the file's own lines. */
    static int[] here(XMLStreamReader xml, XmlStart start) {
        return start.at(xml.getLocation());
    }
}
