package run.cadence.audio.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import run.cadence.files.OutputFileException;
import run.cadence.files.OutputProblem;
import run.cadence.files.PartialFile;
import run.cadence.audio.AudioSink;
import run.cadence.audio.RenderFormat;

/**
 * Streams 16-bit PCM into a WAV file in constant memory. Writes go to a hidden temporary file beside the
 * target, which {@link #finish()} moves into place; an abandoned render leaves no partial file. A failed write
 * (a full disk) deletes the partial file at once and throws {@link OutputFileException} naming the target.
 */
public final class WavSink implements AudioSink {
    private static final int HEADER_BYTES = 44;
    private static final long MAX_DATA_BYTES = 0xFFFF_FFFFL - 36;

    private final RenderFormat format;
    private final Path target;
    private final PartialFile file;
    private final FileChannel channel;
    /**
     * Encoded into a byte array (per-sample stores into a direct buffer cost twice as much without C2); the
     * channel copies it to native memory on write.
     */
    private final byte[] bytes;
    private final ByteBuffer buffer;
    /** A few zero bytes, to give the file its full length when it ends in silence. */
    private final ByteBuffer silence;
    private long dataBytes;
    /** Silent bytes passed over but not yet written: the next write starts past them, leaving zeros. */
    private long skipped;
    private boolean done;

    /**
     * Opens the temporary file at once, so an unwritable path is reported before any rendering.
     *
     * @param maxBlockFrames the largest block {@link #write} will be given
     */
    public WavSink(Path target, RenderFormat format, int maxBlockFrames) {
        this(target, format, maxBlockFrames, 0);
    }

    /**
     * As above, refusing at once a render of {@code expectedFrames} that would not fit in a WAV file, rather than
     * after writing 4 GiB of it.
     */
    public WavSink(Path target, RenderFormat format, int maxBlockFrames, long expectedFrames) {
        if (expectedFrames * format.channels() * 2 > MAX_DATA_BYTES) {
            throw tooLong(target);
        }
        this.format = format;
        this.target = target;
        this.file = PartialFile.beside(target);
        try {
            this.channel = FileChannel.open(file.path(), StandardOpenOption.WRITE);
        } catch (IOException e) {
            file.close();
            throw new OutputFileException(new OutputProblem.CannotCreate(target, e));
        }
        this.bytes = new byte[maxBlockFrames * format.channels() * 2];
        this.buffer = ByteBuffer.wrap(bytes);
        this.silence = ByteBuffer.allocateDirect(16);
        try {
            channel.write(header(0), 0);
            channel.position(HEADER_BYTES);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public RenderFormat format() {
        return format;
    }

    @Override
    public void write(float[] interleaved, int frames) {
        int n = frames * format.channels() * 2;
        if (dataBytes + n > MAX_DATA_BYTES) {
            abandon();
            throw tooLong(target);
        }
        buffer.clear().limit(Pcm16.encode(interleaved, frames * format.channels(), bytes));
        skipSilence();
        writeFully(buffer);
        dataBytes += n;
    }

    /**
     * Silence is not written but passed over: the next write starts beyond it, and a file reads back zeros where
     * nothing was written. On the common Linux file systems the gap takes no disk space and no time (most of a
     * metronome track is silence between clicks); elsewhere the system fills it with zeros itself.
     */
    @Override
    public void writeSilence(float[] zeros, int frames) {
        int n = frames * format.channels() * 2;
        if (dataBytes + n > MAX_DATA_BYTES) {
            write(zeros, frames);
            return;
        }
        skipped += n;
        dataBytes += n;
    }

    private void skipSilence() {
        if (skipped > 0) {
            try {
                channel.position(channel.position() + skipped);
            } catch (IOException e) {
                throw failed(e);
            }
            skipped = 0;
        }
    }

    private void writeFully(ByteBuffer bytes) {
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void finish() {
        try {
            if (skipped > 0) {
                // A file ending in silence: its last bytes, written, give it its full length.
                int tail = (int) Math.min(skipped, silence.capacity());
                skipped -= tail;
                skipSilence();
                silence.clear().limit(tail);
                writeFully(silence);
            }
            channel.write(header(dataBytes), 0);
            channel.close();
            file.commit();
        } catch (IOException e) {
            throw failed(e);
        }
        done = true;
    }

    @Override
    public void close() {
        if (!done) {
            abandon();
        }
    }

    private static OutputFileException tooLong(Path target) {
        return new OutputFileException(new OutputProblem.TooLongForWav(target));
    }

    /** Removes the partial file at once (a full disk gets its space back) and names the target. */
    private OutputFileException failed(IOException e) {
        abandon();
        return new OutputFileException(new OutputProblem.WriteFailed(target, e));
    }

    private void abandon() {
        try {
            channel.close();
        } catch (IOException | RuntimeException ignored) {
            // Deleting the partial file is what matters.
        }
        file.close();
    }

    private ByteBuffer header(long data) {
        int channels = format.channels();
        int rate = format.sampleRate();
        ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        h.put(new byte[] {'R', 'I', 'F', 'F'}).putInt((int) (36 + data)).put(new byte[] {'W', 'A', 'V', 'E'});
        h.put(new byte[] {'f', 'm', 't', ' '}).putInt(16).putShort((short) 1).putShort((short) channels)
                .putInt(rate).putInt(rate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16);
        h.put(new byte[] {'d', 'a', 't', 'a'}).putInt((int) data);
        return h.flip();
    }
}
