package run.cadence.audio.io;

import de.sciss.jump3r.mp3.Enc;
import de.sciss.jump3r.mp3.GetAudio;
import de.sciss.jump3r.mp3.LameGlobalFlags;
import de.sciss.jump3r.mp3.Parse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test-side MP3 reading: the first frame header parsed by hand, and the audio decoded back per channel through
 * jump3r's decoder ({@link Frames}), so MP3 tests check the sound and not only that bytes were written.
 */
final class Mp3Decoding {
    private static final int[] MPEG1_LAYER3_KBPS = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
    private static final int[] MPEG1_RATES = {44_100, 48_000, 32_000};

    /** jump3r prints nothing at this level. */
    private static final int SILENT = 10;

    private Mp3Decoding() {}

    /**
     * An open MP3 decode with jump3r's mpg123 port, wired as {@link Mp3Sink}'s encoder is ({@link Jump3rModules}):
     * blocks of 16-bit samples per channel, with the rate and channel count the decoder found.
     */
    static final class Frames implements AutoCloseable {
        private final GetAudio input;
        private final LameGlobalFlags flags;

        private Frames(GetAudio input, LameGlobalFlags flags) {
            this.input = input;
            this.flags = flags;
        }

        static Frames open(Path mp3) {
            Jump3rModules modules = new Jump3rModules();
            GetAudio input = new GetAudio();
            Parse parse = new Parse();
            input.setModules(parse, modules.mpg);
            parse.setModules(modules.version, modules.id3, modules.presets);
            LameGlobalFlags flags = modules.lame.lame_init();
            flags.write_id3tag_automatic = false;
            modules.lame.lame_init_params(flags);
            parse.input_format = GetAudio.sound_file_format.sf_mp3;
            parse.silent = SILENT;
            input.init_infile(flags, mp3.toString(), new Enc());
            return new Frames(input, flags);
        }

        /** Decodes the next block into {@code block[channel][i]}; the frames decoded, 0 at the end. */
        int read(short[][] block) {
            return Math.max(0, input.get_audio16(flags, block));
        }

        int sampleRate() {
            return flags.in_samplerate;
        }

        int channels() {
            return flags.num_channels;
        }

        @Override
        public void close() {
            input.close_infile();
        }
    }


    /** The first frame header's fields. Channel mode 3 is mono, 1 joint stereo. */
    record Header(int mpegVersion, int layer, int kbps, int sampleRate, int channelMode) {}

    /** Decoded audio as 16-bit values per channel, plus the channel count and rate the decoder saw. */
    record Decoded(int sampleRate, int channels, short[] left, short[] right) {
        double rms(short[] channel, int from, int to) {
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += channel[i] * (double) channel[i];
            }
            return Math.sqrt(sum / (to - from)) / 32768;
        }

        double crossingsPerSecond(short[] channel, int from, int to) {
            int crossings = 0;
            for (int i = from + 1; i < to; i++) {
                if ((channel[i - 1] < 0) != (channel[i] < 0)) {
                    crossings++;
                }
            }
            return crossings * (double) sampleRate / (to - from);
        }
    }

    static Header firstHeader(Path mp3) throws IOException {
        byte[] b = Files.readAllBytes(mp3);
        int h = (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
        if ((h >>> 21) != 0x7ff) {
            throw new AssertionError(String.format("no MPEG frame sync at the start: %08x", h));
        }
        int version = (h >>> 19) & 3;
        int layer = 4 - ((h >>> 17) & 3);
        if (version != 3 || layer != 3) {
            throw new AssertionError("expected MPEG-1 Layer III, header " + Integer.toHexString(h));
        }
        return new Header(1, layer, MPEG1_LAYER3_KBPS[(h >>> 12) & 0xf], MPEG1_RATES[(h >>> 10) & 3], (h >>> 6) & 3);
    }

    static Decoded decode(Path mp3) {
        short[][] block = new short[2][1152];
        short[] left = new short[1 << 16];
        short[] right = new short[1 << 16];
        int total = 0;
        try (Frames frames = Frames.open(mp3)) {
            int n;
            while ((n = frames.read(block)) > 0) {
                if (total + n > left.length) {
                    left = java.util.Arrays.copyOf(left, 2 * left.length);
                    right = java.util.Arrays.copyOf(right, 2 * right.length);
                }
                System.arraycopy(block[0], 0, left, total, n);
                System.arraycopy(block[1], 0, right, total, n);
                total += n;
            }
            return new Decoded(frames.sampleRate(), frames.channels(), java.util.Arrays.copyOf(left, total),
                    java.util.Arrays.copyOf(right, total));
        }
    }
}
