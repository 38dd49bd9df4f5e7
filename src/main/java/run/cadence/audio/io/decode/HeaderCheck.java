package run.cadence.audio.io.decode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a file's first bytes and says what it is, or why it cannot be a track. Nothing here trusts a size or a
 * count from the file beyond the bytes actually read.
 */
public final class HeaderCheck {
    private static final int HEAD = 4096;
    private static final Set<String> OTHER_AUDIO = Set.of("m4a", "aac", "alac", "opus", "wma", "ape", "mp4", "mka",
            "webm", "wv", "mpc", "mid", "midi");

    private HeaderCheck() {}

    public static Header read(Path file) throws Refusal {
        // Before opening: a pipe would block the open until someone writes, and /dev/zero never ends.
        if (Files.isDirectory(file)) {
            throw new Refusal("it is a folder, not an audio file");
        }
        if (!Files.isRegularFile(file)) {
            throw new Refusal(Files.exists(file) || Files.isSymbolicLink(file)
                    ? "not a regular file (a pipe, a device or a broken link); give an audio file" : "no such file");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            throw Refusal.cannotRead(e);
        }
        ByteBuffer b = ByteBuffer.wrap(head);
        if (starts(head, "RIFF") && ascii(head, 8, "WAVE")) {
            return RiffAiff.wav(b.order(ByteOrder.LITTLE_ENDIAN));
        }
        if (starts(head, "FORM") && (ascii(head, 8, "AIFF") || ascii(head, 8, "AIFC"))) {
            return RiffAiff.aiff(b.order(ByteOrder.BIG_ENDIAN));
        }
        if (starts(head, "fLaC")) {
            return flac(b);
        }
        if (starts(head, "OggS")) {
            return ogg(head);
        }
        if (starts(head, "ID3")) {
            return mp3AfterTag(file, head);
        }
        if (head.length >= 4 && Mp3Frame.isFrame(head, 0)) {
            return Mp3Frame.header(head, 0);
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (ext.equals("mp3")) {
            byte[] start = bytes(file, 0, Mp3Frame.SEARCH);
            int at = Mp3Frame.first(start, 0);
            if (at >= 0) {
                return Mp3Frame.header(start, at).startingAt(at);
            }
        }
        if (head.length == 0) {
            throw new Refusal("the file is empty");
        }
        if (OTHER_AUDIO.contains(ext)) {
            throw new Refusal("." + ext + " files are not supported; use WAV, AIFF, MP3, FLAC or Ogg Vorbis");
        }
        if (Set.of("wav", "aif", "aiff", "mp3", "flac", "ogg", "oga").contains(ext)) {
            throw new Refusal("named ." + ext + " but its header is not " + ext.toUpperCase(Locale.ROOT)
                    + "; the file is damaged");
        }
        throw new Refusal("not an audio file (WAV, AIFF, MP3, FLAC or Ogg Vorbis)");
    }

    private static Header flac(ByteBuffer b) throws Refusal {
        // STREAMINFO is the first metadata block: 4 bytes of block header, then 10 bytes of sizes before the
        // 20-bit rate, 3-bit channels-1 and 5-bit bits-1.
        if (b.limit() < 4 + 4 + 18 || (b.get(4) & 0x7f) != 0) {
            throw new Refusal("the FLAC file has no stream information; the file is damaged");
        }
        long packed = b.order(ByteOrder.BIG_ENDIAN).getLong(8 + 10);
        long rate = packed >>> 44;
        long channels = ((packed >>> 41) & 0x7) + 1;
        return Header.checked(Container.FLAC, rate, channels);
    }

    private static Header ogg(byte[] head) throws Refusal {
        // The first page carries one packet: the identification header ("\1vorbis" or "OpusHead").
        if (head.length < 27) {
            throw new Refusal("the Ogg file is cut short; the file is damaged");
        }
        int segments = head[26] & 0xff;
        int at = 27 + segments;
        if (ascii(head, at, "OpusHead")) {
            throw new Refusal("Ogg Opus is not supported; use Ogg Vorbis, MP3 or FLAC");
        }
        if (head.length < at + 16 || head[at] != 1 || !ascii(head, at + 1, "vorbis")) {
            throw new Refusal("an Ogg file without Vorbis audio is not supported");
        }
        ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        int channels = head[at + 11] & 0xff;
        long rate = b.getInt(at + 12) & 0xffffffffL;
        return Header.checked(Container.OGG_VORBIS, rate, channels);
    }

    /**
     * An ID3v2 tag (often with cover art) comes first: its size is synch-safe, 7 bits a byte. The audio's offset is
     * kept so the decoder starts there: given the tag, JLayer read all of it into memory (852 MB for a 250 MB tag).
     */
    private static Header mp3AfterTag(Path file, byte[] head) throws Refusal {
        long at = mp3Start(file, head);
        return Mp3Frame.header(bytes(file, at, 4), 0).startingAt(at);
    }

    /**
     * Where an MP3's first audio frame starts: after any ID3v2 tag and whatever padding or junk an encoder or tagger
     * left before the frames (zeros, a stray "LAME" string), searched for {@link Mp3Frame#SEARCH} bytes.
     */
    static long mp3Start(Path file, byte[] head) throws Refusal {
        long tagEnd = 0;
        if (starts(head, "ID3")) {
            if (head.length < 10) {
                throw new Refusal("the MP3 file is cut short; the file is damaged");
            }
            long size = ((head[6] & 0x7fL) << 21) | ((head[7] & 0x7fL) << 14) | ((head[8] & 0x7fL) << 7)
                    | (head[9] & 0x7fL);
            tagEnd = 10 + size + ((head[5] & 0x10) != 0 ? 10 : 0);
        }
        byte[] after = bytes(file, tagEnd, Mp3Frame.SEARCH);
        if (after.length < 4) {
            throw new Refusal("the MP3 file has a tag but no audio");
        }
        if (Mp3Frame.isFrame(after, 0) && Mp3Frame.length(after, 0) < 0) {
            return tagEnd; // a free-format stream: no length to check the next frame by, so take it as it is
        }
        int at = Mp3Frame.first(after, 0);
        if (at < 0) {
            throw new Refusal("no MP3 audio frame " + (tagEnd > 0 ? "after the ID3 tag" : "in its first 64 KB")
                    + "; the file is damaged");
        }
        return tagEnd + at;
    }

    /** Up to {@code n} bytes of {@code file} from {@code at} (fewer at its end). */
    private static byte[] bytes(Path file, long at, int n) throws Refusal {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            ByteBuffer b = ByteBuffer.allocate((int) Math.max(0, Math.min(n, ch.size() - at)));
            ch.position(at);
            while (b.hasRemaining() && ch.read(b) > 0) {
                // read until full or the end
            }
            return java.util.Arrays.copyOf(b.array(), b.position());
        } catch (IOException e) {
            throw Refusal.cannotRead(e);
        }
    }

    static boolean starts(byte[] head, String magic) {
        return ascii(head, 0, magic);
    }

    static boolean ascii(byte[] head, int at, String text) {
        if (at < 0 || head.length < at + text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (head[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
