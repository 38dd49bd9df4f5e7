package run.cadence.audio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.audio.RenderFormat;

class Mp3ReaderTest {
    @TempDir
    Path dir;

    private Path tone(String name, RenderFormat format) throws IOException {
        Path mp3 = dir.resolve(name);
        float[] block = new float[format.sampleRate() * format.channels()];
        for (int i = 0; i < format.sampleRate(); i++) {
            float v = (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / format.sampleRate()));
            for (int c = 0; c < format.channels(); c++) {
                block[i * format.channels() + c] = v;
            }
        }
        try (Mp3Sink sink = new Mp3Sink(mp3, format)) {
            sink.write(block, format.sampleRate());
            sink.finish();
        }
        return mp3;
    }

    @Test
    void aMonoOrStereoFileReadsBackAsMonoAtItsOwnRate() throws Exception {
        for (RenderFormat f : new RenderFormat[] {new RenderFormat(22_050, 1), new RenderFormat(44_100, 2)}) {
            Path mp3 = tone("t" + f.channels() + ".mp3", f);
            assertTrue(Mp3Reader.startsWithTwoFrames(mp3));
            SampleFiles.Mono mono = Mp3Reader.read(mp3);
            assertEquals(f.sampleRate(), mono.sampleRate());
            assertEquals(1.0, mono.samples().length / (double) f.sampleRate(), 0.1, "about a second");
            double peak = 0;
            for (float s : mono.samples()) {
                peak = Math.max(peak, Math.abs(s));
            }
            assertEquals(0.5, peak, 0.1, "the tone's level, both channels averaged");
        }
    }

    @Test
    void noiseOrAnEmptyTagBehindAnMp3NameIsRefusedBeforeTheDecoderSeesIt() throws IOException {
        byte[] tagThenZeros = java.util.Arrays.copyOf("ID3".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 4000);
        byte[] syncThenNoise = new byte[4000];
        syncThenNoise[0] = (byte) 0xff;
        syncThenNoise[1] = (byte) 0xfb;
        syncThenNoise[2] = (byte) 0x90;
        for (int i = 4; i < syncThenNoise.length; i++) {
            syncThenNoise[i] = (byte) (i * 7);
        }
        for (byte[] bytes : new byte[][] {tagThenZeros, syncThenNoise, new byte[0]}) {
            Path file = Files.write(dir.resolve("bad.mp3"), bytes);
            assertFalse(Mp3Reader.startsWithTwoFrames(file));
            SampleFiles.Refused e = assertThrows(SampleFiles.Refused.class, () -> Mp3Reader.read(file));
            assertEquals(SampleFiles.Refused.Why.NOT_AUDIO, e.why());
        }
    }
}
