package run.cadence.measure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import run.cadence.CadenceException;

/**
 * Taps written as text, one per line: the time of the tap in seconds ("12.345"). Blank lines and lines
 * starting with '#' are skipped. This is how taps arrive from a pipe or a file, and how tests replay them.
 */
public final class TapLog {
    private TapLog() {}

    /**
     * Reads the tap times.
     *
     * @param source the name used in error messages (a file name or "stdin")
     * @throws CadenceException (bad input) naming source:line:column of the first bad entry
     */
    public static double[] read(Reader text, String source) {
        List<Double> times = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(text)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int column = line.indexOf(trimmed.charAt(0)) + 1;
                double t;
                try {
                    t = Double.parseDouble(trimmed);
                } catch (NumberFormatException e) {
                    t = Double.NaN;
                }
                if (Double.isNaN(t) || Double.isInfinite(t) || t < 0 || trimmed.matches(".*[a-zA-Z].*")) {
                    throw CadenceException.badInput(source + ":" + number + ":" + column + ": '" + trimmed
                            + "' is not a tap time; expected seconds, e.g. 12.345");
                }
                if (!times.isEmpty()) {
                    StepTimes.requireInOrder(source + ":" + number + ":" + column + ": ", "tap", times.size() + 1, t,
                            times.get(times.size() - 1));
                }
                times.add(t);
            }
        } catch (IOException e) {
            throw CadenceException.runtime("cannot read taps from " + source + ": " + e.getMessage(), e);
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
