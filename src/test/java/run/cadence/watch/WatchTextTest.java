package run.cadence.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class WatchTextTest {
    @Test
    void textThatFitsIsKept() {
        assertEquals("glute bridge", WatchText.cut("glute bridge", 15));
    }

    @Test
    void longTextIsCutAfterAWholeWordWithoutTrailingPunctuation() {
        assertEquals("short-lever single-leg bridge, right",
                WatchText.cut("short-lever single-leg bridge, right leg", 39));
        assertEquals("deep water race", WatchText.cut("deep water race simulation", 15));
    }

    @Test
    void aWordLongerThanTheRoomIsCutInsideIt() {
        assertEquals("abcdefghijklmno", WatchText.cut("abcdefghijklmnopqrstuvwxyz", 15));
    }

    @Property
    void aCutNeverExceedsItsBytesNorSplitsACharacter(@ForAll @StringLength(max = 120) String text) {
        String cut = WatchText.cut(text, 49);
        assertTrue(cut.getBytes(StandardCharsets.UTF_8).length <= 49);
        assertTrue(text.startsWith(cut), "a cut is a start of the text");
        assertEquals(cut, new String(cut.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Test
    void durationsAreWrittenShort() {
        assertEquals("5s", WatchText.compact(Duration.ofSeconds(5)));
        assertEquals("90s", WatchText.compact(Duration.ofSeconds(90)));
        assertEquals("2m", WatchText.compact(Duration.ofMinutes(2)));
        assertEquals("2m30", WatchText.compact(Duration.ofSeconds(150)));
        assertEquals("1.5s", WatchText.compact(Duration.ofMillis(1500)));
        assertEquals("0.025s", WatchText.compact(Duration.ofMillis(25)));
        assertNull(WatchText.duration("five seconds"));
    }

    @Property
    void aShortDurationReadsBackExactly(@ForAll @LongRange(min = 1, max = 360_000_000) long millis) {
        Duration d = Duration.ofMillis(millis);
        assertEquals(d, WatchText.duration(WatchText.compact(d)));
    }
}
