package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import run.cadence.watch.CadenceRange;

/**
 * Help, README and docs/watch.md said the range was "your target ±3 spm"; widened to whole strides it is ±4 around
 * an even target. All three now say the same true thing, and the ranges are what it says.
 */
class WatchRangeWordsTest {
    @Test
    void theRangeIsPlusMinusFourAroundAnEvenTargetAndThreeAroundAnOddOne() {
        for (int tenths = 1400; tenths <= 2100; tenths++) {
            double target = tenths / 10.0;
            CadenceRange r = CadenceRange.around(target);
            long rounded = Math.round(target);
            int half = rounded % 2 == 0 ? 4 : 3;
            assertEquals(rounded - half, r.lowSpm(), target + " spm");
            assertEquals(rounded + half, r.highSpm(), target + " spm");
        }
    }

    @Test
    void helpReadmeAndTheWatchDocsSayIt() throws IOException {
        String phrase = ExportWorkoutCommand.RANGE;
        String help = CliRunner.run("export", "workout", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains(phrase), help);
        assertTrue(Files.readString(Path.of("README.md")).contains(phrase), "README");
        assertTrue(Files.readString(Path.of("docs", "watch.md")).replaceAll("\\s+", " ").contains(phrase),
                "docs/watch.md");
    }
}
