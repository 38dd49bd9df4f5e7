package run.cadence.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class CadenceRangeTest {
    @Test
    void aTargetIsItsRoundedValuePlusAndMinusThreeWidenedToWholeStrides() {
        assertEquals(new CadenceRange(84, 88), CadenceRange.around(172.2));
        assertEquals("168-176 spm", CadenceRange.around(172.2).describe());
        assertEquals(new CadenceRange(85, 88), CadenceRange.around(173));
        assertEquals("170-176 spm", CadenceRange.around(173).describe());
        assertEquals(new CadenceRange(85, 88), CadenceRange.around(172.7), "172.7 rounds to 173");
    }

    @Test
    void aRampIsCoveredFromItsLowEndToItsHighEndEitherWay() {
        assertEquals(new CadenceRange(81, 88), CadenceRange.covering(166, 172));
        assertEquals(new CadenceRange(81, 88), CadenceRange.covering(172, 166));
    }

    @Property
    void theMiddleIsTheRoundedTargetAndTheRangeHoldsItWithAtLeastThreeEitherSide(
            @ForAll @DoubleRange(min = 40, max = 250) double target) {
        CadenceRange r = CadenceRange.around(target);
        assertEquals(Math.round(target), r.middleSpm());
        assertTrue(r.lowSpm() <= Math.round(target) - 3 && r.highSpm() >= Math.round(target) + 3, r.describe());
        assertTrue(r.highSpm() - r.lowSpm() <= 8, "never wider than two strides each side: " + r.describe());
    }

    @Test
    void aRangeOutsideWhatFitCanHoldIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CadenceRange(0, 80));
        assertThrows(IllegalArgumentException.class, () -> new CadenceRange(90, 80));
        assertThrows(IllegalArgumentException.class, () -> new CadenceRange(90, 256));
    }
}
