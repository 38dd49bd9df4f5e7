package run.cadence.latency;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every click in a recording (16-bit mono WAV, read as a stream, so an hour's 300 MB costs no memory) and how many
 * of the intervals between them are off the click period by more than {@code tolerance} frames. A click is the
 * first sample above 5% of full scale after 4000 quieter frames; recorded off PulseAudio's monitor, the samples
 * are the ones played, so the onsets are exact to the frame.
 *
 * @param clicks clicks found
 * @param wrong intervals off by more than the tolerance (a gap, a click late or early, a click lost)
 * @param worst the largest deviation of an interval from the period, in frames
 * @param added what the wrong intervals add up to beyond their periods, in frames: the silence they held
 * @param frames frames recorded
 * @param examples the first few wrong intervals, as "click index: interval"
 */
record ClickIntervals(long clicks, long wrong, long worst, long added, long frames, List<String> examples) {
    private static final int THRESHOLD = (int) (0.05 * 32768);
    private static final int QUIET_GAP = 4000;
    private static final int EXAMPLES = 8;

    static ClickIntervals of(Path wav, long period, int tolerance) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(wav), 1 << 16))) {
            skipToData(in);
            long clicks = 0;
            long wrong = 0;
            long worst = 0;
            long added = 0;
            long lastLoud = -QUIET_GAP - 1L;
            long lastOnset = -1;
            List<String> examples = new ArrayList<>();
            long f = 0;
            byte[] block = new byte[1 << 16];
            int kept = 0;
            int n;
            while ((n = in.read(block, kept, block.length - kept)) > 0) {
                int bytes = kept + n;
                int i = 0;
                for (; i + 1 < bytes; i += 2, f++) {
                    int sample = (short) ((block[i + 1] << 8) | (block[i] & 0xff));
                    if (Math.abs(sample) <= THRESHOLD) {
                        continue;
                    }
                    if (f - lastLoud > QUIET_GAP) {
                        if (lastOnset >= 0) {
                            long off = Math.abs(f - lastOnset - period);
                            worst = Math.max(worst, off);
                            if (off > tolerance) {
                                wrong++;
                                added += f - lastOnset - period;
                                if (examples.size() < EXAMPLES) {
                                    examples.add(clicks + ": " + (f - lastOnset));
                                }
                            }
                        }
                        lastOnset = f;
                        clicks++;
                    }
                    lastLoud = f;
                }
                kept = bytes - i;
                if (kept > 0) {
                    block[0] = block[i];
                }
            }
            return new ClickIntervals(clicks, wrong, worst, added, f, List.copyOf(examples));
        }
    }

    /** Reads the RIFF header up to the first sample of the "data" chunk, whatever length it declares. */
    private static void skipToData(DataInputStream in) throws IOException {
        byte[] id = new byte[4];
        in.readFully(id);
        if (!"RIFF".equals(new String(id, java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new IOException("not a WAV recording");
        }
        in.readFully(new byte[8]);
        while (true) {
            in.readFully(id);
            long size = Integer.toUnsignedLong(Integer.reverseBytes(in.readInt()));
            if ("data".equals(new String(id, java.nio.charset.StandardCharsets.US_ASCII))) {
                return;
            }
            skip(in, size + (size & 1));
        }
    }

    private static void skip(InputStream in, long n) throws IOException {
        while (n > 0) {
            long s = in.skip(n);
            if (s <= 0) {
                throw new EOFException("WAV header cut short");
            }
            n -= s;
        }
    }
}
