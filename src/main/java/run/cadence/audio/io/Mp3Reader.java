package run.cadence.audio.io;

import de.sciss.jump3r.mp3.Enc;
import de.sciss.jump3r.mp3.GetAudio;
import de.sciss.jump3r.mp3.LameGlobalFlags;
import de.sciss.jump3r.mp3.Parse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Decodes an MP3 file to mono with jump3r's mpg123 port, wired as {@link Mp3Sink}'s encoder is
 * ({@link Jump3rModules}), straight into samples: no temporary WAV file, and jump3r kept silent by its own
 * {@code silent} level rather than by borrowing the process's {@code System.err}.
 */
public final class Mp3Reader {
    /** jump3r prints nothing at this level. */
    private static final int SILENT = 10;

    private Mp3Reader() {}

    /**
     * The file's audio mixed down to mono at its own rate.
     *
     * @throws SampleFiles.Refused NOT_AUDIO when the file holds no MPEG audio it can read
     */
    public static SampleFiles.Mono read(Path mp3) throws IOException, SampleFiles.Refused {
        if (!startsWithTwoFrames(mp3)) {
            // jump3r prints its own stack trace to System.err on such files before it throws; they are refused
            // here first, so the runner sees one line.
            throw new SampleFiles.Refused(SampleFiles.Refused.Why.NOT_AUDIO, "no MPEG audio frames at the start");
        }
        try (Frames frames = Frames.open(mp3)) {
            return decode(frames);
        } catch (RuntimeException e) {
            // jump3r reports damaged data by throwing whatever its parser tripped on.
            throw new SampleFiles.Refused(SampleFiles.Refused.Why.NOT_AUDIO, e.toString());
        }
    }

    /**
     * An open MP3 decode: blocks of 16-bit samples per channel, with the rate and channel count the decoder
     * found. The tests' MP3 reader uses it too, so both sides decode through the same wiring.
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

    private static final int[][] KBPS = {
        {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0}, // MPEG-1 Layer III
        {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0}, // MPEG-2 and 2.5 Layer III
    };
    private static final int[] MPEG1_RATES = {44_100, 48_000, 32_000, 0};

    /**
     * Whether, after any ID3v2 tag, the file holds a Layer III frame header followed by another exactly where
     * the first frame's length says: what any real MP3 has, and what text or noise named .mp3 does not.
     */
    static boolean startsWithTwoFrames(Path mp3) throws IOException {
        byte[] b;
        try (InputStream in = Files.newInputStream(mp3)) {
            byte[] head = in.readNBytes(10);
            int skip = 0;
            if (head.length == 10 && head[0] == 'I' && head[1] == 'D' && head[2] == '3') {
                // The tag's size is four 7-bit bytes ("syncsafe"), after its 10-byte header.
                skip = 10 + ((head[6] & 0x7f) << 21 | (head[7] & 0x7f) << 14 | (head[8] & 0x7f) << 7
                        | (head[9] & 0x7f));
            }
            in.skipNBytes(Math.max(0, skip - head.length));
            b = skip == 0 ? concat(head, in.readNBytes(8192)) : in.readNBytes(8192);
        } catch (java.io.EOFException e) {
            return false;
        }
        int first = frameLength(b, 0);
        return first > 0 && (first == b.length || frameLength(b, first) > 0);
    }

    /** The length in bytes of the Layer III frame whose header starts at {@code at}, or 0 if none does. */
    private static int frameLength(byte[] b, int at) {
        if (at + 4 > b.length || (b[at] & 0xff) != 0xff || (b[at + 1] & 0xe0) != 0xe0) {
            return 0;
        }
        int version = (b[at + 1] >> 3) & 3; // 3 MPEG-1, 2 MPEG-2, 0 MPEG-2.5, 1 reserved
        int layer = (b[at + 1] >> 1) & 3; // 1 is Layer III
        int kbps = KBPS[version == 3 ? 0 : 1][(b[at + 2] >> 4) & 0xf];
        int rateIndex = (b[at + 2] >> 2) & 3;
        if (version == 1 || layer != 1 || kbps == 0 || rateIndex == 3) {
            return 0;
        }
        int rate = MPEG1_RATES[rateIndex] >> (version == 3 ? 0 : version == 2 ? 1 : 2);
        int padding = (b[at + 2] >> 1) & 1;
        return (version == 3 ? 144 : 72) * kbps * 1000 / rate + padding;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static SampleFiles.Mono decode(Frames frames) throws SampleFiles.Refused {
        short[][] block = new short[2][1152];
        float[] mono = new float[1 << 16];
        int total = 0;
        int n;
        while ((n = frames.read(block)) > 0) {
            if (total + n > mono.length) {
                mono = Arrays.copyOf(mono, Math.max(2 * mono.length, total + n));
            }
            for (int i = 0; i < n; i++) {
                mono[total + i] = frames.channels() == 2 ? (block[0][i] + block[1][i]) / 65536f : block[0][i] / 32768f;
            }
            total += n;
        }
        if (total == 0 || frames.sampleRate() <= 0) {
            throw new SampleFiles.Refused(SampleFiles.Refused.Why.EMPTY, "no audio frames");
        }
        return new SampleFiles.Mono(Arrays.copyOf(mono, total), frames.sampleRate());
    }
}
