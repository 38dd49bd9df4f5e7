package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import run.cadence.CadenceException;

class TapLogTest {

    @Test
    void readsOneTimePerLineSkippingBlanksAndComments() {
        double[] t = TapLog.read(new StringReader("# taps\n0.0\n\n  0.37 \n0.74\n"), "taps.txt");
        assertArrayEquals(new double[] {0.0, 0.37, 0.74}, t);
    }

    @Test
    void aWordIsBadInputWithLineAndColumn() {
        CadenceException e = assertThrows(CadenceException.class,
                () -> TapLog.read(new StringReader("0.0\n0.37\n   tap\n"), "taps.txt"));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals("taps.txt:3:4: 'tap' is not a tap time; expected seconds, e.g. 12.345", e.getMessage());
    }

    @Test
    void timeGoingBackwardsIsBadInputWithLineAndColumn() {
        CadenceException e = assertThrows(CadenceException.class,
                () -> TapLog.read(new StringReader("1.0\n0.5\n"), "stdin"));
        assertEquals("stdin:2:1: tap 2 at 0.500 s is earlier than the tap before it (1.000 s); taps must be in time"
                + " order", e.getMessage());
    }

    /** {@code measure tap --from-file /dev/zero} grew to 3.2 GB and ran out of memory; a 3 MB word came back whole. */
    @Test
    void endlessOrHugeInputIsRefusedAfterABoundedRead() {
        java.io.Reader zeros = new java.io.Reader() {
            @Override
            public int read(char[] buf, int off, int len) {
                java.util.Arrays.fill(buf, off, off + len, '\0');
                return len;
            }

            @Override
            public void close() {}
        };
        CadenceException z = assertThrows(CadenceException.class, () -> TapLog.read(zeros, "/dev/zero"));
        assertEquals("/dev/zero:1: a line longer than 200 characters ('" + "?".repeat(40) + "…'); expected one tap"
                + " time in seconds per line", z.getMessage());
        CadenceException word = assertThrows(CadenceException.class,
                () -> TapLog.read(new StringReader("0.5\n" + "x".repeat(150) + "\n"), "taps.txt"));
        assertEquals("taps.txt:2:1: '" + "x".repeat(40) + "…' is not a tap time; expected seconds, e.g. 12.345",
                word.getMessage());
        CadenceException lines = assertThrows(CadenceException.class,
                () -> TapLog.read(new StringReader("\n".repeat(100_001)), "stdin"));
        assertEquals("stdin: more than 100000 lines; expected one tap time in seconds per line", lines.getMessage());
        assertArrayEquals(new double[] {1, 2, 3}, TapLog.read(new StringReader("1\r2\r\n3"), "x"));
    }

    @Test
    void negativeAndInfiniteTimesAreRefused() {
        assertThrows(CadenceException.class, () -> TapLog.read(new StringReader("-1\n"), "x"));
        assertThrows(CadenceException.class, () -> TapLog.read(new StringReader("Infinity\n"), "x"));
        assertThrows(CadenceException.class, () -> TapLog.read(new StringReader("NaN\n"), "x"));
    }

    @Property
    void anyTextGivesTimesInOrderOrItsOwnOneLineError(@ForAll String text) {
        try {
            double[] times = TapLog.read(new StringReader(text), "taps.txt");
            for (int i = 1; i < times.length; i++) {
                if (!(times[i] >= times[i - 1]) || times[i - 1] < 0) {
                    throw new AssertionError("out of order or negative: " + java.util.Arrays.toString(times));
                }
            }
        } catch (CadenceException e) {
            assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
            if (!e.getMessage().startsWith("taps.txt:") || e.getMessage().contains("\n")) {
                throw new AssertionError("not a located one-line message: " + e.getMessage());
            }
        }
    }
}
