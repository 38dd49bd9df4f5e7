package run.cadence.measure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import run.cadence.CadenceException;

/**
 * What an activity file is, by its name and by its first bytes. A file renamed by hand (a FIT saved as .gpx, a
 * GPX as .fit) would otherwise fail deep in the wrong reader ("not valid text in its encoding", "no FIT header");
 * the first kilobyte says what it really is, and the message says so.
 */
enum ActivityFormat {
    FIT(".fit"), TCX(".tcx"), GPX(".gpx");

    private static final int PEEK = 1024;
    final String extension;

    ActivityFormat(String extension) {
        this.extension = extension;
    }

    /** The format its name says, or null. */
    static ActivityFormat byName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (ActivityFormat f : values()) {
            if (name.endsWith(f.extension)) {
                return f;
            }
        }
        return null;
    }

    /**
     * Checks that the file can be read, is not empty, and holds what its name says, as far as its start tells.
     *
     * @throws CadenceException BAD_INPUT for a missing, unreadable or empty file, or one of another format
     */
    static void check(Path file, ActivityFormat named) {
        byte[] head = new byte[PEEK];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, PEEK);
        } catch (IOException e) {
            throw InputFile.unreadable(file, e);
        }
        if (n == 0) {
            throw InputFile.empty(file);
        }
        ActivityFormat found = sniff(head, n);
        if (found == null || found == named) {
            return;
        }
        String what = found == FIT ? "a FIT file (binary)" : "a " + found.name() + " file (XML text)";
        throw CadenceException.badInput(file + ": " + what + " named " + named.extension + "; rename it to "
                + found.extension);
    }

    /** The format the first bytes show: FIT's ".FIT" signature, or the root element of GPX or TCX; else null. */
    static ActivityFormat sniff(byte[] head, int n) {
        if (n >= 12 && head[8] == '.' && head[9] == 'F' && head[10] == 'I' && head[11] == 'T') {
            return FIT;
        }
        String text = new String(head, 0, n, StandardCharsets.ISO_8859_1).replaceFirst("^\u00EF\u00BB\u00BF", "")
                .stripLeading();
        if (!text.startsWith("<")) {
            return null;
        }
        if (text.contains("<TrainingCenterDatabase")) {
            return TCX;
        }
        return text.matches("(?s).*<(\\w+:)?gpx[\\s>].*") ? GPX : null;
    }
}
