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
