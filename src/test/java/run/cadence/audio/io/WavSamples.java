package run.cadence.audio.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** The samples of a 16-bit PCM WAV as {@link WavSink} writes it: a plain 44-byte header, then the data. */
public final class WavSamples {
    private static final int HEADER_BYTES = 44;

    private WavSamples() {
    }

    public static short[] read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        short[] s = new short[(b.limit() - HEADER_BYTES) / 2];
        b.position(HEADER_BYTES);
        b.asShortBuffer().get(s);
        return s;
    }
}
