package run.cadence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import run.cadence.Cadence;

class SpokenNumbersTest {
    @ParameterizedTest
    @CsvSource({
        "172, one seventy two",
        "172.5, one seventy two and a half",
        "172.2, one seventy two",
        "172.3, one seventy two and a half",
        "160, one sixty",
        "105, one oh five",
        "100, one hundred",
        "90, ninety",
        "200, two hundred",
        "215, two fifteen",
        "40, forty",
    })
    void cadencesAsRunnersSayThem(double spm, String words) {
        assertEquals(words, SpokenNumbers.cadence(new Cadence(spm)));
    }

    @ParameterizedTest
    @CsvSource({
        "30, thirty seconds",
        "1, one second",
        "60, one minute",
        "90, one minute thirty",
        "240, four minutes",
        "3600, one hour",
        "3900, one hour five minutes",
        "3930, one hour five minutes thirty seconds",
    })
    void durationsInWords(long seconds, String words) {
        assertEquals(words, SpokenNumbers.duration(Duration.ofSeconds(seconds)));
    }

    @ParameterizedTest
    @CsvSource({"0, zero", "13, thirteen", "21, twenty one", "100, one hundred", "115, one hundred fifteen",
        "2000, two thousand"})
    void numbers(int n, String words) {
        assertEquals(words, SpokenNumbers.number(n));
    }

    @org.junit.jupiter.api.Test
    void refusesNumbersItCannotSay() {
        assertThrows(IllegalArgumentException.class, () -> SpokenNumbers.number(-1));
        assertThrows(IllegalArgumentException.class, () -> SpokenNumbers.number(10_000));
    }
}
