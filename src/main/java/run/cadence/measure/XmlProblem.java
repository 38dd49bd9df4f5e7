package run.cadence.measure;

import java.nio.charset.CharacterCodingException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/**
 * What an XML parse error means for a runner's export. The JDK's messages are for XML experts, and some are raw
 * resource keys ("...#ElementPrefixUnbound?gpxdata&amp;gpxdata:cadence"); these say what is wrong with the file
 * and what to do.
 */
final class XmlProblem {
    /** The namespaces of the extension prefixes exports use, so a missing declaration can be named in full. */
    private static final Map<String, String> KNOWN_PREFIXES = Map.of(
            "gpxtpx", "http://www.garmin.com/xmlschemas/TrackPointExtension/v1",
            "gpxx", "http://www.garmin.com/xmlschemas/GpxExtensions/v3",
            "gpxdata", "http://www.cluetrust.com/XML/GPXDATA/1/0",
            "ns3", "http://www.garmin.com/xmlschemas/ActivityExtension/v2",
            "ax", "http://www.garmin.com/xmlschemas/ActivityExtension/v2");
    private static final Pattern ELEMENT_PREFIX = Pattern.compile("ElementPrefixUnbound\\?([^&\\s]*)&([^&\\s]*)");
    private static final Pattern ATTRIBUTE_PREFIX =
            Pattern.compile("AttributePrefixUnbound\\?([^&\\s]*)&([^&\\s]*)&([^&\\s]*)");

    /**
     * The JDK's own limits on a document (JAXP00010001-JAXP00010008: entity expansions, attributes per element, entity
     * sizes, element depth, name length): a file past them is hostile or broken, and the JDK's words are for XML
     * experts. Group 1 and 2: the element and the limit, for the attributes one.
     */
    private static final Pattern JDK_LIMIT = Pattern.compile(
            "JAXP0001000\\d:\\s*(?:Element \"([^\"]+)\" has more than \"([\\d,]+)\" attributes|(.*))");

    private XmlProblem() {}

    /** One clause saying what is wrong, for "file:line:column: ..." */
    static String describe(XMLStreamException e, String format) {
        if (e.getNestedException() instanceof CharacterCodingException) {
            return "the file is not valid text in its encoding here (saved in another encoding, or damaged);"
                    + " export it again";
        }
        String m = plain(e);
        Matcher element = ELEMENT_PREFIX.matcher(m);
        if (element.find()) {
            return undeclared(element.group(1), "<" + element.group(2) + ">", format);
        }
        Matcher attribute = ATTRIBUTE_PREFIX.matcher(m);
        if (attribute.find()) {
            return undeclared(attribute.group(3), "attribute " + attribute.group(2) + " of <" + attribute.group(1)
                    + ">", format);
        }
        if (m.startsWith("XML document structures must start and end within the same entity")
                || m.startsWith("Premature end of file")) {
            return "the file ends before its " + format + " is complete: it is truncated (an interrupted download"
                    + " or copy?); export it again";
        }
        if (m.contains("processing instruction target matching \"[xX][mM][lL]\"")) {
            return "an XML declaration (<?xml ...?>) after the start of the file: are two files joined together?";
        }
        if (m.startsWith("Content is not allowed in prolog")) {
            return "text before the first tag: this is not a " + format + " (XML) file";
        }
        if (m.startsWith("The markup in the document following the root element")) {
            return "more content after the end of the " + format + " document: are two files joined together?";
        }
        Matcher limit = JDK_LIMIT.matcher(m);
        if (limit.find()) {
            return limit.group(1) == null ? "the file goes past the XML parser's safety limits (" + limit.group(3)
                    .strip() + "): no watch or app writes such a file; it is damaged or made to harm, not an export"
                    : "<" + limit.group(1) + "> has more than " + limit.group(2) + " attributes, the XML parser's"
                            + " safety limit: no watch or app writes such a file; it is damaged or made to harm, not"
                            + " an export";
        }
        return "broken " + format + " file (" + m + ")";
    }

    private static String undeclared(String prefix, String what, String format) {
        String uri = KNOWN_PREFIXES.get(prefix);
        String fix = uri == null ? "declare it with xmlns:" + prefix + "=\"...\" on the root element"
                : "add xmlns:" + prefix + "=\"" + uri + "\" to the root element";
        return "the prefix '" + prefix + ":' of " + what + " is not declared, so this is not valid " + format
                + " (XML); the app that exported it left the declaration out: " + fix + ", or export it again";
    }

    /** The JDK prefixes its messages with "ParseError at [row,col]:...Message: "; the caller already says where. */
    private static String plain(XMLStreamException e) {
        String m = e.getMessage() == null ? "unexpected content" : e.getMessage();
        int cut = m.indexOf("Message: ");
        return (cut >= 0 ? m.substring(cut + 9) : m).strip();
    }
}
