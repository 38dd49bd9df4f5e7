package run.cadence.measure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import run.cadence.CadenceException;

/**
 * Taps written as text, one per line: the time of the tap in seconds ("12.345"). Blank lines and lines
 * starting with '#' are skipped. This is how taps arrive from a pipe or a file, and how tests replay them.
 * The input is bounded: {@code /dev/zero} or an endless pipe is refused, never read into memory.
 */
public final class TapLog {
    /** A tap time is a dozen characters; a comment a sentence. */
    static final int MAX_LINE = 200;
    /** An hour of taps at three a second is about 11,000; blank and comment lines count too. */
    static final int MAX_LINES = 100_000;
    /** How much of a bad entry an error message repeats. */
    private static final int ECHO = 40;

    private TapLog() {}

    /**
     * Reads the tap times.
     *
     * @param source the name used in error messages (a file name or "stdin")
     * @throws CadenceException (bad input) naming source:line:column of the first bad entry, or a line or a count
     *     of lines past the bounds
     */
    public static double[] read(Reader text, String source) {
        List<Double> times = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(text)) {
            StringBuilder line = new StringBuilder();
            int number = 0;
            while (readLine(in, line, source, number + 1)) {
                number++;
                if (number > MAX_LINES) {
                    throw CadenceException.badInput(source + ": more than " + MAX_LINES + " lines; expected one tap"
                            + " time in seconds per line");
                }
                String trimmed = line.toString().strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int column = line.indexOf(trimmed.substring(0, 1)) + 1;
                double t;
                try {
                    t = Double.parseDouble(trimmed);
                } catch (NumberFormatException e) {
                    t = Double.NaN;
                }
                if (Double.isNaN(t) || Double.isInfinite(t) || t < 0 || trimmed.matches(".*[a-zA-Z].*")) {
                    throw CadenceException.badInput(source + ":" + number + ":" + column + ": '" + echo(trimmed)
                            + "' is not a tap time; expected seconds, e.g. 12.345");
                }
                if (!times.isEmpty()) {
                    StepTimes.requireInOrder(source + ":" + number + ":" + column + ": ", "tap", times.size() + 1, t,
                            times.get(times.size() - 1));
                }
                times.add(t);
            }
        } catch (CharacterCodingException e) {
            throw CadenceException.badInput(source + ": not text (expected one tap time in seconds per line, UTF-8)",
                    e);
        } catch (IOException e) {
            throw CadenceException.runtime("cannot read taps from " + source + ": " + e.getMessage(), e);
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The next line into {@code line}, without its end; false at the end of the input. */
    private static boolean readLine(BufferedReader in, StringBuilder line, String source, int number)
            throws IOException {
        line.setLength(0);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                return true;
            }
            if (c == '\r') {
                // As readLine: CR, LF or CR LF ends a line.
                in.mark(1);
                if (in.read() != '\n') {
                    in.reset();
                }
                return true;
            }
            if (line.length() == MAX_LINE) {
                throw CadenceException.badInput(source + ":" + number + ": a line longer than " + MAX_LINE
                        + " characters ('" + echo(line.toString()) + "'); expected one tap time in seconds per line");
            }
            line.append((char) c);
        }
        return line.length() > 0;
    }

    /** At most {@link #ECHO} characters of what the runner gave, control characters shown as '?'. */
    static String echo(String given) {
        String shown = given.length() <= ECHO ? given : given.substring(0, ECHO) + "…";
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
