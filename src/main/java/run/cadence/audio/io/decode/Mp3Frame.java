package run.cadence.audio.io.decode;

/** The 4-byte header of an MPEG audio frame: sync, version, layer, bitrate, rate, channel mode. */
final class Mp3Frame {
    private static final int[][] RATES = {{11_025, 12_000, 8_000}, {0, 0, 0}, {22_050, 24_000, 16_000},
        {44_100, 48_000, 32_000}};

    /** kbit/s by [table][index]: MPEG-1 layers I, II, III, then MPEG-2/2.5 layer I, layers II and III. */
    private static final int[][] BITRATES = {
        {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448},
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},
        {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},
        {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160}};
    /** How far past an ID3 tag (or into a tagless .mp3) the first frame is looked for. */
    static final int SEARCH = 64 * 1024;

    private Mp3Frame() {}

    /** The frame's length in bytes from its header, or -1 for a free-format frame (no bitrate given). */
    static int length(byte[] b, int at) {
        int version = (b[at + 1] >>> 3) & 3;
        int layer = (b[at + 1] >>> 1) & 3;
        int index = (b[at + 2] >>> 4) & 0xf;
        int rate = RATES[version][(b[at + 2] >>> 2) & 3];
        int padding = (b[at + 2] >>> 1) & 1;
        boolean mpeg1 = version == 3;
        int table = mpeg1 ? 3 - layer : layer == 3 ? 3 : 4;
        int kbps = BITRATES[table][index];
        if (kbps == 0 || rate == 0) {
            return -1;
        }
        if (layer == 3) {
            return (12 * kbps * 1000 / rate + padding) * 4;
        }
        return (layer == 1 && !mpeg1 ? 72 : 144) * kbps * 1000 / rate + padding;
    }

    /**
     * The offset of the first frame in {@code b} at or after {@code from}: a frame header whose next frame, where
     * its length says, is a frame header too (two in a row, so a stray 0xFF in padding or a tag is not taken for
     * one). Encoders and taggers leave zero padding or junk before it; -1 when there is none in the bytes.
     */
    static int first(byte[] b, int from) {
        for (int at = Math.max(0, from); at + 4 <= b.length; at++) {
            if ((b[at] & 0xff) != 0xff || !isFrame(b, at)) {
                continue;
            }
            int length = length(b, at);
            if (length > 0 && (at + length + 4 > b.length || isFrame(b, at + length))) {
                return at;
            }
        }
        return -1;
    }

    static boolean isFrame(byte[] b, int at) {
        if (b.length < at + 4) {
            return false;
        }
        int h = ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
        boolean sync = (h >>> 21) == 0x7ff;
        int version = (h >>> 19) & 3;
        int layer = (h >>> 17) & 3;
        int bitrate = (h >>> 12) & 0xf;
        int rate = (h >>> 10) & 3;
        return sync && version != 1 && layer != 0 && bitrate != 0xf && rate != 3;
    }

    static Header header(byte[] b, int at) throws Refusal {
        int version = (b[at + 1] >>> 3) & 3;
        int rate = RATES[version][(b[at + 2] >>> 2) & 3];
        int channels = ((b[at + 3] >>> 6) & 3) == 3 ? 1 : 2;
        return Header.checked(Container.MP3, rate, channels);
    }
}
