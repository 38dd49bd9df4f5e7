package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import run.cadence.CadenceException;

class TapTestTest {

    @Test
    void stopsAtTheTapLimit() {
        TapTest test = new TapTest(Feet.BOTH, 10, 30);
        for (int i = 0; i < 9; i++) {
            assertTrue(test.tap(i * 0.4));
        }
        assertFalse(test.tap(3.6), "the tenth tap ends the test");
        assertFalse(test.tap(4.0));
        assertEquals(10, test.taps());
        assertEquals(150.0, test.result().stepsPerMinute(), 1e-9);
    }

    @Test
    void stopsWhenTheDurationIsUpAndLeavesLateTapsOut() {
        TapTest test = new TapTest(Feet.BOTH, 1000, 5);
        double t = 10;
        while (test.tap(t)) {
            t += 0.4;
        }
        assertEquals(13, test.taps(), "taps at 10.0 .. 14.8 s; the one at 15.2 s is past 5 s");
        assertEquals(4.8, test.seconds(), 1e-9);
    }

    @Test
    void timeUpWithoutTapsEndsTheTest() {
        TapTest test = new TapTest(Feet.BOTH, 1000, 5);
        assertFalse(test.timeUp(100), "no first tap yet, no clock running");
        test.tap(1);
        assertFalse(test.timeUp(5.9));
        assertTrue(test.timeUp(6.1));
        assertFalse(test.tap(6.2));
    }

    @Test
    void theLiveEstimateAppearsAfterNineTaps() {
        TapTest test = new TapTest(Feet.ONE, 100, 30);
        for (int i = 0; i < 8; i++) {
            test.tap(i * 0.7);
            assertTrue(test.live().isEmpty());
        }
        test.tap(8 * 0.7);
        assertEquals(60 * 2 / 0.7, test.live().orElseThrow().stepsPerMinute(), 1e-9);
    }

    @Test
    void aTapEarlierThanTheLastIsBadInput() {
        TapTest test = new TapTest(Feet.BOTH, 100, 30);
        test.tap(2);
        CadenceException e = assertThrows(CadenceException.class, () -> test.tap(1));
        assertEquals("tap 2 at 1.000 s is earlier than the tap before it (2.000 s); taps must be in time order",
                e.getMessage());
    }

    @Test
    void aTestNeedsRoomForNineTaps() {
        assertThrows(IllegalArgumentException.class, () -> new TapTest(Feet.BOTH, 8, 30));
    }
}
