package run.cadence.audio.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import run.cadence.CadenceException;
import run.cadence.PartialFile;
import run.cadence.audio.AudioSink;
import run.cadence.audio.RenderFormat;

/**
 * Streams 16-bit PCM into a WAV file in constant memory. Writes go to a hidden temporary file beside the
 * target, which {@link #finish()} moves into place; an abandoned render leaves no partial file.
 */
public final class WavSink implements AudioSink {
    private static final int HEADER_BYTES = 44;
    private static final long MAX_DATA_BYTES = 0xFFFF_FFFFL - 36;

    private final RenderFormat format;
    private final Path target;
    private final PartialFile file;
    private final FileChannel channel;
    /** Direct, so the channel writes it without copying it first. */
    private final ByteBuffer buffer;
    private final ByteBuffer silence;
    private long dataBytes;
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
        this.file = PartialFile.beside(target, "--out", "a file name ending in .wav");
        try {
            this.channel = FileChannel.open(file.path(), StandardOpenOption.WRITE);
        } catch (IOException e) {
            file.close();
            throw CadenceException.badInput("cannot write '" + target + "': " + PartialFile.reason(e), e);
        }
        this.buffer = ByteBuffer.allocateDirect(maxBlockFrames * format.channels() * 2).order(ByteOrder.LITTLE_ENDIAN);
        this.silence = ByteBuffer.allocateDirect(buffer.capacity());
        try {
            channel.write(header(0), 0);
            channel.position(HEADER_BYTES);
        } catch (IOException e) {
            abandon();
            throw CadenceException.runtime("cannot write '" + target + "': " + PartialFile.reason(e), e);
        }
    }

    @Override
    public RenderFormat format() {
        return format;
    }

    @Override
    public void write(float[] interleaved, int frames) throws IOException {
        int n = frames * format.channels() * 2;
        if (dataBytes + n > MAX_DATA_BYTES) {
            throw tooLong(target);
        }
        Pcm16.encode(interleaved, frames * format.channels(), buffer);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        dataBytes += n;
    }

    @Override
    public void writeSilence(float[] zeros, int frames) throws IOException {
        int n = frames * format.channels() * 2;
        if (dataBytes + n > MAX_DATA_BYTES) {
            write(zeros, frames);
            return;
        }
        silence.clear().limit(n);
        while (silence.hasRemaining()) {
            channel.write(silence);
        }
        dataBytes += n;
    }

    @Override
    public void finish() throws IOException {
        channel.write(header(dataBytes), 0);
        channel.force(false);
        channel.close();
        file.commit();
        done = true;
    }

    @Override
    public void close() {
        if (!done) {
            abandon();
        }
    }

    private static CadenceException tooLong(Path target) {
        return CadenceException.badInput("'" + target + "' would exceed the WAV size limit of 4 GiB; "
                + "render a shorter duration, a lower --rate, or MP3");
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
