package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StepPointsTest {

    @Test
    void theMiddleMeanIsNotSnappedToWholeStridesAsAMedianIs() {
        // A runner at 171 spm whose watch rounds to whole strides: half the points read 170, half 172.
        double[] values = {170, 172, 170, 172, 170, 172, 170, 172};
        double[] weights = {1, 1, 1, 1, 1, 1, 1, 1};
        assertEquals(170, StepPoints.weightedQuantile(values, weights, 0.5), 1e-9, "the median snaps to 170");
        assertEquals(171, StepPoints.weightedMiddleMean(values, weights), 1e-9);
    }

    @Test
    void theMiddleMeanIgnoresAStopAndASprintAtTheEdges() {
        double[] values = {0, 168, 169, 170, 171, 172, 250};
        double[] weights = {1, 1, 1, 1, 1, 1, 1};
        // The middle half of 7 s of weight is 1.75 s to 5.25 s: 0.25 of 168, all of 169-171, 0.25 of 172.
        double expected = (168 * 0.25 + 169 + 170 + 171 + 172 * 0.25) / 3.5;
        assertEquals(expected, StepPoints.weightedMiddleMean(values, weights), 1e-9);
    }

    @Test
    void pointsCountForTheTimeTheyStandFor() {
        double[] values = {160, 180};
        double[] weights = {3, 1};
        // Middle half of 4 s is 1 s to 3 s: all inside the 160 point.
        assertEquals(160, StepPoints.weightedMiddleMean(values, weights), 1e-9);
    }
}
