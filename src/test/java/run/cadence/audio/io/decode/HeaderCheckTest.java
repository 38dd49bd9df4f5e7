package run.cadence.audio.io.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeaderCheckTest {
    @TempDir
    Path dir;

    static byte[] wavHeader(int channels, int rate, int bits) {
        return WavHeaders.pcm(channels, rate, bits);
    }

    private String refusal(String name, byte[] bytes) throws Exception {
        Path f = Files.write(dir.resolve(name), bytes);
        return assertThrows(Refusal.class, () -> HeaderCheck.read(f)).getMessage();
    }

    @Test
    void aWavClaiming20737ChannelsIsRefusedBeforeAnyDecoderSeesIt() throws Exception {
        assertEquals("the WAV header claims 20737 channels (1-8 are plausible); the file is damaged or not audio",
                refusal("a.wav", wavHeader(20737, 44_100, 16)));
        Path f = Files.write(dir.resolve("b.wav"), wavHeader(20737, 44_100, 16));
        assertEquals("the WAV header claims 20737 channels (1-8 are plausible); the file is damaged or not audio",
                assertThrows(Refusal.class, () -> TrackDecoder.open(f)).getMessage());
    }

    @Test
    void implausibleRatesAndSampleSizesAreRefused() throws Exception {
        assertEquals("the WAV header claims a sample rate of 1000000 Hz (8000-192000 are plausible); the file is"
                + " damaged or not audio", refusal("r.wav", wavHeader(2, 1_000_000, 16)));
        assertEquals("the WAV header claims 12 bits a sample (8, 16, 24 or 32 are read)",
                refusal("s.wav", wavHeader(2, 44_100, 12)));
    }

    @Test
    void aPlausibleWavPasses() throws Exception {
        Path f = Files.write(dir.resolve("ok.wav"), wavHeader(2, 48_000, 24));
        assertEquals(new Header(Container.WAV, 48_000, 2), HeaderCheck.read(f));
    }

    @Test
    void otherFilesAreNamedForWhatTheyAre() throws Exception {
        assertEquals("the file is empty", refusal("e.mp3", new byte[0]));
        assertEquals("not an audio file (WAV, AIFF, MP3, FLAC or Ogg Vorbis)", refusal("notes.txt", "hello".getBytes()));
        assertEquals(".m4a files are not supported; use WAV, AIFF, MP3, FLAC or Ogg Vorbis",
                refusal("song.m4a", new byte[] {0, 0, 0, 32, 'f', 't', 'y', 'p', 'M', '4', 'A', ' '}));
        assertEquals("named .flac but its header is not FLAC; the file is damaged",
                refusal("cut.flac", "garbage garbage".getBytes()));
        assertEquals("the WAV file has no format chunk near its start; the file is damaged",
                refusal("nofmt.wav", "RIFF\0\0\0\0WAVEdata\0\0\0\0".getBytes()));
        byte[] opus = new byte[64];
        System.arraycopy("OggS".getBytes(), 0, opus, 0, 4);
        opus[26] = 1;
        System.arraycopy("OpusHead".getBytes(), 0, opus, 28, 8);
        assertEquals("Ogg Opus is not supported; use Ogg Vorbis, MP3 or FLAC", refusal("a.ogg", opus));
        byte[] id3 = {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 100};
        assertEquals("the MP3 file has a tag but no audio", refusal("tag.mp3", id3));
    }

    @Test
    void aHugeChunkSizeDoesNotSendTheWalkAstray() throws Exception {
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(56).put("WAVE".getBytes()).put("JUNK".getBytes()).putInt(-2);
        assertEquals("the WAV file has no format chunk near its start; the file is damaged", refusal("j.wav", b.array()));
    }
}
