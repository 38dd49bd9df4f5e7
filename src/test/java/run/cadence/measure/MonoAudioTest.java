package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MonoAudioTest {
    @Test
    void knowsItsLength() {
        assertEquals(1.5, new MonoAudio(new float[66_150], 44_100).seconds(), 1e-12);
    }

    @Test
    void implausibleSampleRatesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MonoAudio(new float[1], 0));
        assertThrows(IllegalArgumentException.class, () -> new MonoAudio(new float[1], 1_000_000));
    }
}
