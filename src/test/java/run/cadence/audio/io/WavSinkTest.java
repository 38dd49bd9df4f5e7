package run.cadence.audio.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.CadenceException;
import run.cadence.files.OutputFileException;
import run.cadence.files.OutputProblem;
import run.cadence.audio.RenderFormat;

class WavSinkTest {
    @TempDir
    Path dir;

    @Test
    void writesAValidHeaderAndTheSamplesAndDecodesBack() throws IOException {
        Path file = dir.resolve("a.wav");
        RenderFormat stereo = new RenderFormat(48_000, 2);
        try (WavSink sink = new WavSink(file, stereo, 4)) {
            sink.write(new float[] {0f, 1f, -1f, 0.5f, 2f, -2f}, 3);
            sink.finish();
        }
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(44 + 12, b.limit());
        assertEquals(36 + 12, b.getInt(4));
        assertEquals(2, b.getShort(22));
        assertEquals(48_000, b.getInt(24));
        assertEquals(12, b.getInt(40));
        assertArrayEquals(new short[] {0, 32767, -32767, 16384, 32767, -32767},
                new short[] {b.getShort(44), b.getShort(46), b.getShort(48), b.getShort(50), b.getShort(52),
                        b.getShort(54)});
        float[] mono = SampleFiles.decodeMono(file, 48_000);
        assertEquals(3, mono.length);
        assertEquals(0.5f, mono[0], 1e-4);
    }

    @Test
    void anAbandonedRenderLeavesNoFileBehind() throws IOException {
        Path file = dir.resolve("b.wav");
        Files.writeString(file, "the runner's earlier export");
        try (WavSink sink = new WavSink(file, RenderFormat.MONO_44K, 16)) {
            sink.write(new float[16], 16);
        }
        assertEquals("the runner's earlier export", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void anUnwritablePathIsBadInputNamingIt() {
        OutputFileException e = assertThrows(OutputFileException.class,
                () -> new WavSink(dir.resolve("missing/x.wav"), RenderFormat.MONO_44K, 16));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals(new OutputProblem.FolderMissing(dir.resolve("missing/x.wav"), dir.resolve("missing")),
                e.problem());
        OutputFileException d = assertThrows(OutputFileException.class,
                () -> new WavSink(dir, RenderFormat.MONO_44K, 16));
        assertEquals(new OutputProblem.IsFolder(dir), d.problem());
        assertFalse(Files.exists(dir.resolve("missing")));
    }

    @Test
    void corruptSoundFilesAreBadInput() throws IOException {
        Path junk = dir.resolve("junk.wav");
        Files.writeString(junk, "RIFF not really");
        CadenceException e = assertThrows(CadenceException.class, () -> SampleFiles.decodeMono(junk, 44_100));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("junk.wav"), e.getMessage());
        CadenceException m = assertThrows(CadenceException.class,
                () -> SampleFiles.decodeMono(dir.resolve("nope.wav"), 44_100));
        assertTrue(m.getMessage().endsWith("nope.wav': no such file"), m.getMessage());
    }

    @Test
    void aRenderTooLongForWavIsRefusedBeforeAnythingIsWritten() throws IOException {
        RenderFormat stereo = new RenderFormat(192_000, 2);
        long fourHours = 4L * 3600 * 192_000;
        OutputFileException e = assertThrows(OutputFileException.class,
                () -> new WavSink(dir.resolve("big.wav"), stereo, 16, fourHours));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals(new OutputProblem.TooLongForWav(dir.resolve("big.wav")), e.problem());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
        new WavSink(dir.resolve("fits.wav"), stereo, 16, 3600L * 192_000).close(); // 1 h: 2.8 GB fits
    }

    /** Silence is passed over, not written; the file still holds every zero, whether it ends in sound or silence. */
    @Test
    void silencePassedOverReadsBackAsZerosAndTheFileHasItsFullLength() throws IOException {
        float[] click = {0.5f, -0.5f, 0.25f, 0f};
        float[] zeros = new float[4];
        for (boolean endInSilence : new boolean[] {false, true}) {
            Path skipping = dir.resolve("skip-" + endInSilence + ".wav");
            Path writing = dir.resolve("write-" + endInSilence + ".wav");
            try (WavSink a = new WavSink(skipping, RenderFormat.MONO_44K, 4);
                    WavSink b = new WavSink(writing, RenderFormat.MONO_44K, 4)) {
                for (int block = 0; block < 3000; block++) {
                    boolean sound = block % 1000 == 7 || (!endInSilence && block == 2999);
                    if (sound) {
                        a.write(click, 4);
                    } else {
                        a.writeSilence(zeros, 4);
                    }
                    b.write(sound ? click : zeros, 4);
                }
                a.finish();
                b.finish();
            }
            assertEquals(44 + 3000 * 4 * 2, Files.size(skipping));
            assertArrayEquals(Files.readAllBytes(writing), Files.readAllBytes(skipping));
        }
    }
}
