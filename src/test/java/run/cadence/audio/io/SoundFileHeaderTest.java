package run.cadence.audio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SoundFileHeaderTest {
    private static String refused(int channels, float rate, int bits, int frameBytes, long frames, long fileBytes) {
        return assertThrows(IllegalArgumentException.class,
                () -> new SoundFileHeader(channels, rate, bits, frameBytes, frames, fileBytes)).getMessage();
    }

    @Test
    void plausibleHeadersPass() {
        new SoundFileHeader(1, 44_100, 16, 2, 44_100, 88_244);
        new SoundFileHeader(2, 48_000, 24, 6, -1, -1);
        new SoundFileHeader(8, 384_000, 32, 32, 10, 320);
        new SoundFileHeader(1, 4000, 8, 1, 0, 44);
        new SoundFileHeader(2, 96_000, 64, 16, 1, 16);
    }

    @Test
    void eachImplausibleClaimIsNamed() {
        assertEquals("the header claims 20737 channels; at most 8 are supported", refused(20_737, 44_100, 16, 41_474,
                2, 176_444));
        assertEquals("the header claims 0 channels; at most 8 are supported", refused(0, 44_100, 16, 0, 2, 100));
        assertEquals("the header claims a sample rate of 1 Hz, outside 4000-384000 Hz", refused(1, 1, 16, 2, 2, 100));
        assertEquals("the header claims a sample rate of 1000000 Hz, outside 4000-384000 Hz",
                refused(1, 1_000_000, 16, 2, 2, 100));
        assertEquals("the header claims a sample rate of NaN Hz, outside 4000-384000 Hz",
                refused(1, Float.NaN, 16, 2, 2, 100));
        assertEquals("the header claims 12-bit samples; 8, 16, 24, 32 or 64 are supported",
                refused(1, 44_100, 12, 2, 2, 100));
        assertEquals("the header claims 4 bytes per frame, where 1 channels of 16 bits take 2",
                refused(1, 44_100, 16, 4, 2, 100));
        assertEquals("the header claims 4294967294 bytes of audio in a file of 176444 bytes",
                refused(1, 44_100, 16, 2, 2_147_483_647L, 176_444));
    }
}
