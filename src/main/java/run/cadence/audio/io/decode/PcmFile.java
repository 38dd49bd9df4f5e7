package run.cadence.audio.io.decode;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;

/**
 * WAV and AIFF read directly: walk the chunks to the format and the samples, and stream the samples. Not through
 * {@code AudioSystem}: it asks every installed provider in turn, and when the JDK's readers declined a valid
 * 24-bit WAV (WAVE_FORMAT_EXTENSIBLE with a fact chunk, as sox writes it) mp3spi's reader took the stream next and
 * failed it with an I/O error.
 *
 * <p>The walk reads one buffered stream forward and gives up after {@link #MAX_CHUNKS} chunks: real files have a
 * handful before their samples (format, fact, LIST, bext, JUNK), and a file of millions of 8-byte chunks once took
 * a seek and a read for each, 42 s for 100 MB.
 */
final class PcmFile {
    static final int MAX_CHUNKS = 1000;

    private PcmFile() {}

    static AudioInputStream open(Path file, Header header) throws IOException, Refusal {
        boolean wav = header.container() == Container.WAV;
        ByteOrder order = wav ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        long fileSize = Files.size(file);
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            in.skipNBytes(12);
            long at = 12;
            int bits = 0;
            boolean floating = false;
            for (int chunks = 0; at + 8 <= fileSize; chunks++) {
                if (chunks == MAX_CHUNKS) {
                    throw new Refusal("the " + header.container().label + " file has over " + MAX_CHUNKS
                            + " chunks before its samples; the file is damaged");
                }
                ByteBuffer chunk = ByteBuffer.wrap(in.readNBytes(8)).order(order);
                if (chunk.limit() < 8) {
                    break;
                }
                String id = new String(chunk.array(), 0, 4, StandardCharsets.US_ASCII);
                long size = chunk.getInt(4) & 0xffffffffL;
                long body = at + 8;
                if (id.equals(wav ? "fmt " : "COMM")) {
                    ByteBuffer fmt = ByteBuffer.wrap(in.readNBytes((int) Math.min(size, 64))).order(order);
                    if (fmt.limit() < (wav ? 16 : 8)) {
                        break;
                    }
                    bits = fmt.getShort(wav ? 14 : 6);
                    floating = wav && RiffAiff.formatTag(fmt, 0, size) == RiffAiff.FLOAT;
                    body += fmt.limit();
                } else if (id.equals(wav ? "data" : "SSND") && bits > 0) {
                    long skip = 0;
                    if (!wav) {
                        ByteBuffer offset = ByteBuffer.wrap(in.readNBytes(8)).order(order);
                        skip = 8 + (offset.limit() < 8 ? 0 : offset.getInt(0) & 0xffffffffL);
                        in.skipNBytes(Math.min(skip - offset.limit(), Math.max(0, fileSize - body - offset.limit())));
                    }
                    long bytes = Math.min(size - skip, fileSize - body - skip);
                    return stream(in, header, bits, floating, !wav, bytes);
                }
                long next = at + 8 + size + (size & 1);
                if (next > fileSize) {
                    break;
                }
                in.skipNBytes(next - body);
                at = next;
            }
        } catch (IOException | RuntimeException | Refusal e) {
            in.close();
            throw e;
        }
        in.close();
        throw new Refusal("the " + header.container().label + " file has no samples; the file is damaged");
    }

    private static AudioInputStream stream(InputStream in, Header h, int bits, boolean floating, boolean bigEndian,
            long bytes) {
        AudioFormat.Encoding encoding = floating ? AudioFormat.Encoding.PCM_FLOAT
                : bits == 8 && !bigEndian ? AudioFormat.Encoding.PCM_UNSIGNED : AudioFormat.Encoding.PCM_SIGNED;
        int frameBytes = h.channels() * ((bits + 7) / 8);
        AudioFormat format = new AudioFormat(encoding, h.sampleRate(), bits, h.channels(), frameBytes, h.sampleRate(),
                bigEndian);
        return new AudioInputStream(in, format, Math.max(0, bytes) / frameBytes);
    }
}
