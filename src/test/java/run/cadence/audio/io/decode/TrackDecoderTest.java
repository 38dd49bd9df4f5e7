package run.cadence.audio.io.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.audio.PcmSource;
import run.cadence.music.TestTracks;
import run.cadence.music.TrackAnalysis;
import run.cadence.music.TrackAnalyzer;
import run.cadence.music.TrackFiles;

/** Every format decodes, streaming, to the same music: the same tempo to a tenth and the same first beat. */
class TrackDecoderTest {
    @TempDir
    static Path dir;
    static TestTracks.Track track;
    static Path wav;

    @BeforeAll
    static void makeTrack() throws Exception {
        track = TestTracks.make(new TestTracks.Spec(131.3, 30, 0.6, 0.5, 0, 3), 44_100);
        wav = track.writeWav(dir.resolve("track.wav"));
    }

    private static void sameMusic(Path file, double firstBeatTolerance) throws Exception {
        Header h = HeaderCheck.read(file);
        assertEquals(44_100, h.sampleRate());
        assertEquals(2, h.channels());
        TrackAnalysis a = TrackAnalyzer.analyse(file);
        assertEquals(131.3, a.grid().orElseThrow().bpm(), 0.1, file.toString());
        assertEquals(0.5, a.grid().orElseThrow().firstBeatSeconds(), firstBeatTolerance, file.toString());
        assertEquals(30, a.durationSeconds(), 0.1, file.toString());
    }

    @Test
    void wav16() throws Exception {
        sameMusic(wav, 0.002);
        try (PcmSource in = TrackDecoder.open(wav)) {
            float[] block = new float[2 * 1000];
            int n = in.read(block, 1000);
            assertTrue(n > 0 && n <= 1000);
            int f = 20; // 16-bit quantisation: within half a step of the generated sample
            assertEquals(track.interleaved()[2 * f], block[2 * f], 1.0 / 32768);
        }
    }

    @Test
    void wav24AndAiff() throws Exception {
        sameMusic(TrackFiles.sox(wav, dir.resolve("t24.wav"), "-b", "24"), 0.002);
        sameMusic(TrackFiles.sox(wav, dir.resolve("t.aiff")), 0.002);
    }

    @Test
    void floatWavPlainAndExtensibleReadAsFloats() throws Exception {
        for (boolean extensible : new boolean[] {false, true}) {
            Path f = Files.write(dir.resolve("float" + extensible + ".wav"),
                    WavHeaders.floating(track.interleaved(), 2, 44_100, 32, extensible));
            try (PcmSource in = TrackDecoder.open(f)) {
                float[] block = new float[2 * 1000];
                int n = in.read(block, 1000);
                assertTrue(n > 0);
                for (int i = 0; i < 2 * n; i++) {
                    assertEquals(track.interleaved()[i], block[i], 0f, "sample " + i + (extensible ? " (extensible)" : ""));
                }
            }
            sameMusic(f, 0.002);
        }
    }

    @Test
    void a64BitFloatWavIsRefusedInOneLine() throws Exception {
        for (boolean extensible : new boolean[] {false, true}) {
            Path f = Files.write(dir.resolve("double" + extensible + ".wav"),
                    WavHeaders.floating(new float[44_100 * 2], 2, 44_100, 64, extensible));
            Refusal r = assertThrows(Refusal.class, () -> TrackDecoder.open(f));
            assertEquals("64-bit float WAV is not supported; save it as 32-bit float or 16/24-bit PCM WAV",
                    r.getMessage());
        }
    }

    @Test
    void flac() throws Exception {
        sameMusic(TrackFiles.sox(wav, dir.resolve("t.flac")), 0.002);
    }

    @Test
    void oggVorbis() throws Exception {
        sameMusic(TrackFiles.sox(wav, dir.resolve("t.ogg")), 0.003);
    }

    @Test
    void mp3() throws Exception {
        // An MP3 decoder adds the encoder's and its own delay (about 1,100 frames with LAME and JLayer).
        Path mp3 = TrackFiles.mp3(track, dir.resolve("t.mp3"));
        TrackAnalysis a = TrackAnalyzer.analyse(mp3);
        assertEquals(131.3, a.grid().orElseThrow().bpm(), 0.1);
        assertEquals(0.5, a.grid().orElseThrow().firstBeatSeconds(), 0.05);
    }

    /** An ID3v2.3 tag holding one title frame, {@code padding} zero bytes of its own padding counted in its size. */
    private static byte[] id3(int padding) {
        byte[] title = "\u0000Run".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int size = 10 + title.length + padding;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(10 + size);
        b.put("ID3".getBytes()).put((byte) 3).put((byte) 0).put((byte) 0);
        b.put((byte) ((size >> 21) & 0x7f)).put((byte) ((size >> 14) & 0x7f)).put((byte) ((size >> 7) & 0x7f))
                .put((byte) (size & 0x7f));
        b.put("TIT2".getBytes()).putInt(title.length).putShort((short) 0).put(title);
        return b.array();
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void mp3WithPaddingOrJunkBeforeItsFirstFrameIsRead() throws Exception {
        byte[] mp3 = Files.readAllBytes(TrackFiles.mp3(track, dir.resolve("plain.mp3")));
        byte[][] variants = {
            concat(new byte[1000], mp3), // zero padding before the first frame, no tag
            concat(id3(200), mp3), // a tag with its own padding
            concat(id3(0), new byte[700], mp3), // padding after the tag, outside its size (as some taggers write)
            concat(id3(0), "LAME3.100".getBytes(java.nio.charset.StandardCharsets.US_ASCII), mp3), // junk after it
        };
        for (int i = 0; i < variants.length; i++) {
            Path f = Files.write(dir.resolve("padded" + i + ".mp3"), variants[i]);
            assertEquals(Container.MP3, HeaderCheck.read(f).container(), f.toString());
            TrackAnalysis a = TrackAnalyzer.analyse(f);
            assertEquals(131.3, a.grid().orElseThrow().bpm(), 0.1, f.toString());
            assertEquals(0.5, a.grid().orElseThrow().firstBeatSeconds(), 0.05, f.toString());
        }
        Path noAudio = Files.write(dir.resolve("tag-only.mp3"), concat(id3(0), new byte[5000]));
        Refusal r = assertThrows(Refusal.class, () -> TrackAnalyzer.analyse(noAudio));
        assertEquals("no MP3 audio frame after the ID3 tag; the file is damaged", r.getMessage());
    }

    @Test
    void aTruncatedFlacIsRefusedWithAReasonNotAnException() throws Exception {
        Path flac = TrackFiles.sox(wav, dir.resolve("cut.flac"));
        byte[] all = Files.readAllBytes(flac);
        Path cut = Files.write(dir.resolve("cut2.flac"), java.util.Arrays.copyOf(all, 60));
        Refusal r = assertThrows(Refusal.class, () -> TrackAnalyzer.analyse(cut));
        assertTrue(r.getMessage().length() > 0);
    }

    @Test
    void garbageAfterAValidMp3HeaderIsRefused() throws Exception {
        byte[] junk = new byte[50_000];
        new java.util.Random(1).nextBytes(junk);
        junk[0] = (byte) 0xff;
        junk[1] = (byte) 0xfb;
        junk[2] = (byte) 0x90;
        junk[3] = (byte) 0x44;
        Path f = Files.write(dir.resolve("junk.mp3"), junk);
        assertThrows(Refusal.class, () -> TrackAnalyzer.analyse(f));
    }
}
