package run.cadence.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The built-in session files name the stage the planner runs them in, and no other. */
class LibraryStagesTest {
    private static final Map<String, Stage> STAGES = Map.ofEntries(
            Map.entry("uphill-walk-30", Stage.UPHILL_WALK), Map.entry("uphill-walk-45", Stage.UPHILL_WALK),
            Map.entry("uphill-walk-jog", Stage.UPHILL_WALK_JOG), Map.entry("run-walk-1-4", Stage.FLAT_WALK_RUN),
            Map.entry("run-walk-2-3", Stage.FLAT_WALK_RUN), Map.entry("run-walk-3-2", Stage.FLAT_WALK_RUN),
            Map.entry("run-walk-4-1", Stage.FLAT_WALK_RUN), Map.entry("run-walk-9-1", Stage.FLAT_WALK_RUN),
            Map.entry("continuous-20", Stage.FLAT_CONTINUOUS), Map.entry("continuous-30", Stage.FLAT_CONTINUOUS),
            Map.entry("rolling-hills", Stage.ROLLING_HILLS), Map.entry("strides", Stage.SPEED));

    @Test
    void everyStageLabelMatchesThePlanner() throws IOException {
        Pattern label = Pattern.compile("(?i)stage (\\d)");
        for (Map.Entry<String, Stage> e : STAGES.entrySet()) {
            String text;
            try (InputStream in = getClass().getResourceAsStream("/sessions/" + e.getKey() + ".workout")) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher m = label.matcher(text);
            boolean any = false;
            while (m.find()) {
                any = true;
                assertTrue(Integer.parseInt(m.group(1)) == e.getValue().number(), e.getKey() + " says " + m.group());
            }
            assertTrue(any, e.getKey() + " names no stage");
        }
    }
}
