package run.cadence.audio.io;

import de.sciss.jump3r.mp3.Lame;
import de.sciss.jump3r.mp3.LameGlobalFlags;
import de.sciss.jump3r.mp3.MPEGMode;
import de.sciss.jump3r.mp3.VbrMode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import run.cadence.CadenceException;
import run.cadence.OutputFileException;
import run.cadence.OutputProblem;
import run.cadence.PartialFile;
import run.cadence.audio.AudioSink;
import run.cadence.audio.RenderFormat;

/**
 * Encodes the rendered session to MP3 in pure Java (jump3r, a port of LAME 3.98), so a runner can copy
 * it to a phone with no system tool installed. Constant bit rate, streamed in constant memory into a
 * hidden temporary file next to the target, which {@link #finish()} moves into place in one step: a
 * crash or {@link #close()} without finish never leaves a partial MP3 under the target's name.
 *
 * <p>jump3r's {@code LameEncoder} wrapper allocates two arrays per call and takes bytes; this sink drives
 * its {@link Lame} core directly with int buffers made once in the constructor, so {@link #write}
 * allocates nothing itself (the encoder core still makes short-lived scratch arrays per MP3 frame, which is
 * why MP3 is an export format and never a live output).
 *
 * <p>One thread writes, finishes and closes: the renderer that owns the sink.
 */
public final class Mp3Sink implements AudioSink {
    /** Per channel: 96 kbit/s keeps speech and clicks clean; 45 minutes of mono is about 31 MB. */
    public static final int KBPS_PER_CHANNEL = 96;
    /** Frames handed to LAME per call: four MPEG-1 granule pairs. */
    static final int BLOCK_FRAMES = 4 * 1152;
    private static final double INT_FULL_SCALE = 2147483647.0;

    private enum State { OPEN, FINISHED, CLOSED }

    private final RenderFormat format;
    private final Path target;
    private final PartialFile file;
    private final OutputStream out;
    private final Lame lame;
    private final LameGlobalFlags flags;
    private final int[] left = new int[BLOCK_FRAMES];
    private final int[] right = new int[BLOCK_FRAMES];
    /** LAME's documented worst case for a block: 1.25 × samples + 7200 bytes. */
    private final byte[] encoded = new byte[BLOCK_FRAMES * 5 / 4 + 7200];
    private final AtomicReference<State> state = new AtomicReference<>(State.OPEN);
    private long framesWritten;

    /**
     * Opens the temporary file next to {@code target}.
     *
     * @throws OutputFileException BAD_INPUT naming the path if the folder is missing or not writable
     */
    public Mp3Sink(Path target, RenderFormat format) {
        this.format = format;
        this.target = target;
        this.file = PartialFile.beside(target);
        try {
            out = new BufferedOutputStream(Files.newOutputStream(file.path()), 1 << 16);
        } catch (IOException e) {
            file.close();
            throw new OutputFileException(new OutputProblem.CannotCreate(target, e));
        }
        lame = new Jump3rModules().lame;
        flags = lame.lame_init();
        flags.num_channels = format.channels();
        flags.in_samplerate = format.sampleRate();
        flags.mode = format.channels() == 1 ? MPEGMode.MONO : MPEGMode.JOINT_STEREO;
        flags.VBR = VbrMode.vbr_off;
        flags.brate = KBPS_PER_CHANNEL * format.channels();
        flags.quality = 5;
        // The Xing/Info frame would need a seek back to the start when finished; CBR players don't need it.
        flags.bWriteVbrTag = false;
        flags.write_id3tag_automatic = false;
        int status = lame.lame_init_params(flags);
        if (status < 0) {
            closeQuietly();
            throw CadenceException.runtime("the MP3 encoder refused " + format + " (LAME status " + status + ")", null);
        }
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
        if (state.get() != State.OPEN) {
            throw new IllegalStateException("MP3 sink for '" + target + "' is " + state.get());
        }
        int channels = format.channels();
        int done = 0;
        while (done < frames) {
            int n = Math.min(BLOCK_FRAMES, frames - done);
            int base = done * channels;
            for (int i = 0; i < n; i++) {
                left[i] = toInt(interleaved[base + i * channels]);
                right[i] = channels == 2 ? toInt(interleaved[base + i * channels + 1]) : left[i];
            }
            int bytes = lame.lame_encode_buffer_int(flags, left, right, n, encoded, 0, encoded.length);
            try {
                if (bytes < 0) {
                    throw new IOException("MP3 encoder failed (LAME status " + bytes + ")");
                }
                out.write(encoded, 0, bytes);
            } catch (IOException e) {
                throw failed(e);
            }
            done += n;
        }
        framesWritten += frames;
    }

    private static int toInt(float sample) {
        float clamped = sample > 1f ? 1f : (sample < -1f ? -1f : sample);
        return (int) (clamped * INT_FULL_SCALE);
    }

    /** Flushes the encoder and moves the finished MP3 over the target in one step. */
    @Override
    public void finish() {
        if (!state.compareAndSet(State.OPEN, State.FINISHED)) {
            throw new IllegalStateException("MP3 sink for '" + target + "' is already " + state.get());
        }
        try {
            int bytes = lame.lame_encode_flush(flags, encoded, 0, encoded.length);
            if (bytes < 0) {
                throw new IOException("MP3 encoder failed to flush (LAME status " + bytes + ")");
            }
            out.write(encoded, 0, bytes);
            out.close();
            file.commit();
        } catch (IOException e) {
            throw new OutputFileException(new OutputProblem.WriteFailed(target, e));
        } finally {
            // Deletes the hidden file unless the commit above happened, whatever the encoder threw.
            file.close();
            lame.lame_close(flags);
        }
    }

    /** Without a prior {@link #finish()}, deletes the partial file: no half-written MP3 is left behind. */
    @Override
    public void close() {
        State previous = state.getAndSet(State.CLOSED);
        if (previous == State.OPEN) {
            closeQuietly();
            lame.lame_close(flags);
        }
        file.close();
    }

    /** Removes the partial file at once (a full disk gets its space back) and names the target. */
    private OutputFileException failed(IOException e) {
        if (state.compareAndSet(State.OPEN, State.CLOSED)) {
            closeQuietly();
            lame.lame_close(flags);
        }
        return new OutputFileException(new OutputProblem.WriteFailed(target, e));
    }

    private void closeQuietly() {
        try {
            out.close();
        } catch (IOException ignored) {
            // The file is being abandoned; deleting it below is what matters.
        }
        file.close();
    }
}
