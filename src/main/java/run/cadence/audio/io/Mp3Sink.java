package run.cadence.audio.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import run.cadence.files.OutputFileException;
import run.cadence.files.OutputProblem;
import run.cadence.files.PartialFile;
import run.cadence.audio.AudioSink;
import run.cadence.audio.RenderFormat;

/**
 * Encodes the rendered session to MP3 in pure Java (jump3r, a port of LAME 3.98), so a runner can copy it to a
 * phone with no system tool installed. Constant bit rate, streamed into a hidden temporary file next to the target,
 * which {@link #finish()} moves into place in one step: a crash or {@link #close()} without finish never leaves a
 * partial MP3 under the target's name.
 *
 * <p>Encoding is most of an MP3 render's time, so it runs beside the render, on every core: the samples are cut
 * into stretches of {@link #STRETCH_FRAMES} MP3 frames, each encoded by its own encoder on a pool of threads
 * ({@link Mp3Segment} says why the joins are seamless), and the results are written in order. At most
 * {@code threads + 1} stretches are in flight, their buffers reused: the render waits (a bounded queue) rather
 * than memory growing. Rates MPEG-1 cannot hold as they are (LAME resamples them) are encoded in one piece on
 * the rendering thread.
 *
 * <p>One thread writes, finishes and closes: the renderer that owns the sink.
 */
public final class Mp3Sink implements AudioSink {
    /** Per channel: 96 kbit/s keeps speech and clicks clean; 45 minutes of mono is about 31 MB. */
    public static final int KBPS_PER_CHANNEL = Mp3Encoder.KBPS_PER_CHANNEL;
    /**
     * About 10 s at 44.1 kHz: priming costs 3%, and of a walk-run session's stretches 64% are digital silence,
     * encoded once (57% of 20 s stretches, 67% of 5 s ones).
     */
    static final int STRETCH_FRAMES = 384;
    private static final int STRETCH = STRETCH_FRAMES * Mp3Segment.FRAME_SAMPLES;
    private static final int PRIMING = Mp3Segment.PRIMING_FRAMES * Mp3Segment.FRAME_SAMPLES;
    private static final int TAIL = Mp3Segment.TAIL_FRAMES * Mp3Segment.FRAME_SAMPLES;
    private static final double INT_FULL_SCALE = 2147483647.0;

    private final RenderFormat format;
    private final Path target;
    private final PartialFile file;
    private final OutputStream out;
    private final int channels;
    /** Null when the rate is encoded in one piece. */
    private final ExecutorService pool;
    /** Stretches that may be in flight before the render waits for the oldest. */
    private final int maxInFlight;
    private final BlockingQueue<int[][]> free;
    private final ArrayDeque<Future<byte[]>> inFlight = new ArrayDeque<>();
    /** [left, right] of the stretch being filled: priming, the stretch itself, then its tail. */
    private int[][] current;
    private int filled;
    /** Index in {@link #current} of its last sample that is not zero; -1 while all of it is silence. */
    private int lastSound = -1;
    /**
     * The frames of a silent stretch. Each stretch has an encoder of its own, so equal input gives equal frames:
     * silence (most of a session's walks) is encoded once and its frames written again. Null until needed, and
     * always null where {@link #reuseSilence} is off.
     */
    private Future<byte[]> silentStretch;
    private final boolean reuseSilence;
    private long stretchIndex;
    /** The one encoder, for rates encoded in one piece. */
    private Mp3Encoder whole;
    private boolean open = true;
    private boolean finished;
    private long framesWritten;

    /**
     * Opens the temporary file next to {@code target}.
     *
     * @throws OutputFileException BAD_INPUT naming the path if the folder is missing or not writable
     */
    public Mp3Sink(Path target, RenderFormat format) {
        this(target, format, true);
    }

    /** As above; {@code reuseSilence} off encodes every silent stretch anew, for the test that they are equal. */
    Mp3Sink(Path target, RenderFormat format, boolean reuseSilence) {
        this.reuseSilence = reuseSilence;
        this.format = format;
        this.target = target;
        this.channels = format.channels();
        this.file = PartialFile.beside(target);
        try {
            out = new BufferedOutputStream(Files.newOutputStream(file.path()), 1 << 16);
        } catch (IOException e) {
            file.close();
            throw new OutputFileException(new OutputProblem.CannotCreate(target, e));
        }
        if (Mp3Segment.splittable(format.sampleRate())) {
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            pool = Mp3Segment.encoders(threads);
            maxInFlight = threads + 1;
            free = new ArrayBlockingQueue<>(maxInFlight + 1);
            current = stretchBuffer(PRIMING + STRETCH + TAIL);
        } else {
            pool = null;
            maxInFlight = 0;
            free = null;
            try {
                whole = new Mp3Encoder(format.sampleRate(), channels);
            } catch (IOException e) {
                throw failed(e);
            }
            current = stretchBuffer(STRETCH);
        }
    }

    /** [left, right]; for mono both are one array. */
    private int[][] stretchBuffer(int samples) {
        int[] left = new int[samples];
        return new int[][] {left, channels == 2 ? new int[samples] : left};
    }

    @Override
    public RenderFormat format() {
        return format;
    }

    /** Frames accepted so far. */
    public long framesWritten() {
        return framesWritten;
    }

    @Override
    public void write(float[] interleaved, int frames) {
        if (!open || finished) {
            throw new IllegalStateException("MP3 sink for '" + target + "' is " + (finished ? "finished" : "closed"));
        }
        int[] left = current[0];
        int[] right = current[1];
        for (int i = 0; i < frames; i++) {
            if (filled == left.length) {
                stretchFull();
                left = current[0];
                right = current[1];
            }
            left[filled] = toInt(interleaved[i * channels]);
            right[filled] = channels == 2 ? toInt(interleaved[i * channels + 1]) : left[filled];
            if (left[filled] != 0 || right[filled] != 0) {
                lastSound = filled;
            }
            filled++;
        }
        framesWritten += frames;
    }

    private static int toInt(float sample) {
        float clamped = sample > 1f ? 1f : (sample < -1f ? -1f : sample);
        return (int) (clamped * INT_FULL_SCALE);
    }

    /** Hands the full buffer to an encoder and starts the next, which begins with this one's last samples. */
    private void stretchFull() {
        if (pool == null) {
            encodeHere(filled, false);
            filled = 0;
            return;
        }
        int[][] next = free.poll();
        if (next == null) {
            next = stretchBuffer(PRIMING + STRETCH + TAIL);
        }
        // The next stretch starts PRIMING samples before its own first: the last PRIMING + TAIL samples here.
        int from = filled - PRIMING - TAIL;
        System.arraycopy(current[0], from, next[0], 0, PRIMING + TAIL);
        System.arraycopy(current[1], from, next[1], 0, PRIMING + TAIL);
        int soundInOverlap = lastSound >= from ? lastSound - from : -1;
        submit(filled, false);
        current = next;
        filled = PRIMING + TAIL;
        lastSound = soundInOverlap;
    }

    /** Queues the current buffer; drains finished stretches in order, waiting when too many are in flight. */
    private void submit(int samples, boolean last) {
        int[][] buffer = current;
        // Stretch s >= 1 starts at sample s * STRETCH, primes for PRIMING and keeps STRETCH_FRAMES frames; the first
        // has nothing to prime with and keeps those PRIMING_FRAMES frames too.
        int skip = stretchIndex == 0 ? 0 : Mp3Segment.PRIMING_FRAMES;
        int keep = last ? -1 : STRETCH_FRAMES + (stretchIndex == 0 ? Mp3Segment.PRIMING_FRAMES : 0);
        int[] left = buffer[0];
        int[] right = buffer[1];
        int rate = format.sampleRate();
        if (reuseSilence && lastSound < 0 && !last && stretchIndex > 0) {
            if (silentStretch == null) {
                silentStretch = pool.submit(() -> Mp3Segment.encode(rate, channels, new int[samples], new int[samples],
                        samples, skip, keep));
            }
            free.offer(buffer);
            inFlight.add(silentStretch);
            stretchIndex++;
            drain(maxInFlight);
            return;
        }
        inFlight.add(pool.submit(() -> {
            try {
                return Mp3Segment.encode(rate, channels, left, right, samples, skip, keep);
            } finally {
                free.offer(buffer);
            }
        }));
        stretchIndex++;
        drain(maxInFlight);
    }

    /** Writes finished stretches in order, waiting for the oldest while more than {@code atMost} are in flight. */
    private void drain(int atMost) {
        while (!inFlight.isEmpty() && (inFlight.size() > atMost || inFlight.peek().isDone())) {
            try {
                out.write(inFlight.poll().get());
            } catch (ExecutionException e) {
                throw failed(e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failed(new IOException("interrupted while encoding", e));
            } catch (IOException e) {
                throw failed(e);
            }
        }
    }

    private void encodeHere(int samples, boolean last) {
        try {
            whole.encode(current[0], current[1], samples, out);
            if (last) {
                whole.flush(out);
            }
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** Encodes what is left, writes every stretch in order and moves the finished MP3 over the target. */
    @Override
    public void finish() {
        if (!open || finished) {
            throw new IllegalStateException("MP3 sink for '" + target + "' is already " + (finished ? "finished"
                    : "closed"));
        }
        if (pool == null) {
            encodeHere(filled, true);
        } else {
            submit(filled, true);
            drain(0);
        }
        try {
            out.close();
            file.commit();
        } catch (IOException e) {
            throw failed(e);
        }
        finished = true;
        release();
    }

    /** Without a prior {@link #finish()}, deletes the partial file: no half-written MP3 is left behind. */
    @Override
    public void close() {
        if (!finished && open) {
            try {
                out.close();
            } catch (IOException ignored) {
                // The file is being abandoned; deleting it below is what matters.
            }
        }
        release();
        file.close();
    }

    private void release() {
        if (!open) {
            return;
        }
        open = false;
        if (pool != null) {
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        } else if (whole != null) {
            whole.close();
        }
    }

    /** Removes the partial file at once (a full disk gets its space back) and names the target. */
    private OutputFileException failed(IOException e) {
        close();
        return new OutputFileException(new OutputProblem.WriteFailed(target, e));
    }
}
