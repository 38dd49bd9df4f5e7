package run.cadence.audio.io.decode;

/** The 4-byte header of an MPEG audio frame: sync, version, layer, bitrate, rate, channel mode. */
final class Mp3Frame {
    private static final int[][] RATES = {{11_025, 12_000, 8_000}, {0, 0, 0}, {22_050, 24_000, 16_000},
        {44_100, 48_000, 32_000}};

    private Mp3Frame() {}

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
