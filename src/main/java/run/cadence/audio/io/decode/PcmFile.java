package run.cadence.audio.io.decode;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;

/**
 * WAV and AIFF read directly: walk the chunks to the format and the samples, and stream the samples. Not through
 * {@code AudioSystem}: it asks every installed provider in turn, and when the JDK's readers declined a valid
 * 24-bit WAV (WAVE_FORMAT_EXTENSIBLE with a fact chunk, as sox writes it) mp3spi's reader took the stream next and
 * failed it with an I/O error.
 */
final class PcmFile {
    private PcmFile() {}

    static AudioInputStream open(Path file, Header header) throws IOException, Refusal {
        boolean wav = header.container() == Container.WAV;
        ByteOrder order = wav ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        SeekableByteChannel ch = Files.newByteChannel(file);
        try {
            ByteBuffer chunk = ByteBuffer.allocate(8).order(order);
            int bits = 0;
            boolean floating = false;
            long at = 12;
            while (at + 8 <= ch.size()) {
                ch.position(at);
                chunk.clear();
                if (ch.read(chunk) < 8) {
                    break;
                }
                String id = new String(chunk.array(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII);
                long size = chunk.getInt(4) & 0xffffffffL;
                if (id.equals(wav ? "fmt " : "COMM")) {
                    ByteBuffer fmt = ByteBuffer.allocate((int) Math.min(size, 64)).order(order);
                    ch.read(fmt);
                    bits = fmt.getShort(wav ? 14 : 6);
                    floating = wav && RiffAiff.formatTag(fmt, 0, size) == RiffAiff.FLOAT;
                } else if (id.equals(wav ? "data" : "SSND") && bits > 0) {
                    long skip = 0;
                    if (!wav) {
                        ByteBuffer offset = ByteBuffer.allocate(8).order(order);
                        ch.read(offset);
                        skip = 8 + (offset.getInt(0) & 0xffffffffL);
                    }
                    long bytes = Math.min(size - skip, ch.size() - at - 8 - skip);
                    ch.position(at + 8 + skip);
                    return stream(ch, header, bits, floating, !wav, bytes);
                }
                at += 8 + size + (size & 1);
            }
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        ch.close();
        throw new Refusal("the " + header.container().label + " file has no samples; the file is damaged");
    }

    private static AudioInputStream stream(SeekableByteChannel ch, Header h, int bits, boolean floating,
            boolean bigEndian, long bytes) {
        AudioFormat.Encoding encoding = floating ? AudioFormat.Encoding.PCM_FLOAT
                : bits == 8 && !bigEndian ? AudioFormat.Encoding.PCM_UNSIGNED : AudioFormat.Encoding.PCM_SIGNED;
        int frameBytes = h.channels() * ((bits + 7) / 8);
        AudioFormat format = new AudioFormat(encoding, h.sampleRate(), bits, h.channels(), frameBytes, h.sampleRate(),
                bigEndian);
        InputStream in = new BufferedInputStream(Channels.newInputStream(ch), 1 << 16);
        return new AudioInputStream(in, format, Math.max(0, bytes) / frameBytes);
    }
}
