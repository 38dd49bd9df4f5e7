package run.cadence.measure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;

/**
 * The start of an XML file: past a byte-order mark and any blank lines and spaces before its first {@code <}, and
 * decoded in the encoding its declaration names (UTF-8 without one).
 *
 * <p>Why tolerate leading blanks: XML forbids anything before {@code <?xml ...?>}, but exports with a leading
 * newline or spaces are common (Garmin Connect's TCX export did it for years, and files pass through mail and web
 * forms that add them). The content is complete and unambiguous, so refusing would only make the runner edit the
 * file by hand. The parser then counts lines from the first {@code <}; {@link #at} adds the skipped lines and
 * columns back, so every message still names the line and column as the runner's editor shows them.
 *
 * <p>Why decode here: the JDK's parser prints "[Fatal Error] ..." to stderr for a bad byte before throwing; a
 * strict decoder of our own reports it as an exception only, so the error stays one line.
 *
 * @param reader the text from the first non-blank character
 * @param skippedLines line breaks skipped
 * @param skippedColumns characters skipped on the line where the XML starts
 * @param charset the encoding read, for messages
 */
record XmlStart(Reader reader, int skippedLines, int skippedColumns, Charset charset) {
    static final XmlStart NONE = new XmlStart(Reader.nullReader(), 0, 0, StandardCharsets.UTF_8);
    private static final int PEEK = 256;
    private static final Pattern ENCODING = Pattern.compile(
            "^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /** Thrown for an encoding the declaration names that Java cannot decode. */
    static final class UnknownEncoding extends IOException {
        UnknownEncoding(String name) {
            super(name);
        }
    }

    static XmlStart open(InputStream in) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, PEEK);
        byte[] bom = new byte[3];
        int n = p.readNBytes(bom, 0, 3);
        Charset charset = StandardCharsets.UTF_8;
        int bomLength = 0;
        if (n >= 2 && (bom[0] & 0xFF) == 0xFE && (bom[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else if (n >= 2 && (bom[0] & 0xFF) == 0xFF && (bom[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        } else if (n == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF) {
            bomLength = 3;
        }
        if (n > bomLength) {
            p.unread(bom, bomLength, n - bomLength);
        }
        if (bomLength == 2) {
            // A UTF-16 file is rare enough that its blanks are left to the parser.
            return new XmlStart(decoder(p, charset), 0, 0, charset);
        }
        int lines = 0;
        int columns = 0;
        int previous = -1;
        while (true) {
            int b = p.read();
            if (b == ' ' || b == '\t') {
                columns++;
            } else if (b == '\n') {
                lines += previous == '\r' ? 0 : 1;
                columns = 0;
            } else if (b == '\r') {
                lines++;
                columns = 0;
            } else {
                if (b >= 0) {
                    p.unread(b);
                }
                Charset declared = declared(p);
                return new XmlStart(decoder(p, declared), lines, columns, declared);
            }
            previous = b;
        }
    }

    /** The encoding named in the XML declaration at the stream's start, else UTF-8. */
    private static Charset declared(PushbackInputStream p) throws IOException {
        byte[] head = new byte[PEEK];
        int n = p.readNBytes(head, 0, PEEK);
        if (n > 0) {
            p.unread(head, 0, n);
        }
        Matcher m = ENCODING.matcher(new String(head, 0, Math.max(0, n), StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnknownEncoding(m.group(1));
        }
    }

    private static Reader decoder(InputStream in, Charset charset) {
        return new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /**
     * Where the first byte that does not decode is, as {line, column}, or null if all decode. The parser reads ahead
     * in blocks, so its own position when the decoder fails can be kilobytes early; this second pass, made only for
     * the message, finds the place itself.
     */
    static int[] firstUndecodable(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 14);
        CharBuffer out = CharBuffer.allocate(1 << 14);
        int line = 1;
        int column = 1;
        try (InputStream stream = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                end = n < 0;
                in.position(in.position() + Math.max(0, n));
                in.flip();
                CoderResult r = decoder.decode(in, out, end);
                out.flip();
                while (out.hasRemaining()) {
                    char c = out.get();
                    line += c == '\n' ? 1 : 0;
                    column = c == '\n' ? 1 : column + 1;
                }
                out.clear();
                if (r.isError()) {
                    return new int[] {line, column};
                }
                in.compact();
            }
        }
        return null;
    }

    /** The parser's location as {line, column} in the file, or null when it has none. */
    int[] at(Location location) {
        if (location == null || location.getLineNumber() < 0) {
            return null;
        }
        int line = location.getLineNumber();
        int column = Math.max(1, location.getColumnNumber());
        return new int[] {line + skippedLines, line == 1 ? column + skippedColumns : column};
    }
}
