package run.cadence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CadenceTest {
    @Test
    void fivePercentOverBaselineIsKeptFractional() {
        Cadence target = CadenceIncrease.parse("5%").apply(new Cadence(164));
        assertEquals(172.2, target.stepsPerMinute(), 1e-9);
        assertEquals("172.2", target.format());
    }

    @Test
    void absoluteIncreaseAddsSteps() {
        assertEquals(172.0, CadenceIncrease.parse("+8").apply(new Cadence(164)).stepsPerMinute(), 1e-9);
        assertEquals("+8 spm", CadenceIncrease.parse("+8").describe());
        assertEquals("+7.5%", CadenceIncrease.parse("7.5%").describe());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "NaN", "abc", "10000", "Infinity", "39.9", "250.1", ""})
    void implausibleCadencesAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> Cadence.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "5%%", "50%", "+x", ""})
    void badIncreasesAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> CadenceIncrease.parse(text));
    }

    @Test
    void durationsParseAsRunnersWriteThem() {
        assertEquals(Duration.ofSeconds(90), DurationText.parse("1m30s"));
        assertEquals(Duration.ofHours(1), DurationText.parse("1h"));
        assertEquals(Duration.ofSeconds(45), DurationText.parse("45"));
        assertEquals("1m30s", DurationText.format(Duration.ofSeconds(90)));
        // Fractions a workout can hold (to the millisecond) are shown, not dropped: "- 5.5s walk" is 5.5s.
        assertEquals("5.5s", DurationText.format(Duration.ofMillis(5500)));
        assertEquals("1m0.25s", DurationText.format(Duration.ofMillis(60_250)));
        assertEquals("1h5m", DurationText.format(Duration.ofMinutes(65)));
        assertEquals("0s", DurationText.format(Duration.ZERO));
        assertEquals("1:05:00", DurationText.clock(Duration.ofMinutes(65)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5m", "0s", "5x", "m", "", "1m-3s"})
    void badDurationsAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> DurationText.parse(text));
    }
}
