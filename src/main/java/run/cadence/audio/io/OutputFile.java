package run.cadence.audio.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import run.cadence.files.OutputFileException;
import run.cadence.files.OutputProblem;
import run.cadence.audio.AudioSink;
import run.cadence.audio.RenderFormat;

/** The audio files a render can write, chosen by the name's extension in any letter case. */
public enum OutputFile {
    WAV, MP3;

    /**
     * Blocks for file rendering: small enough that most of a metronome track's blocks fall between clicks and
     * are written as plain silence, large enough that the per-block overhead does not show.
     */
    public static final int BLOCK_FRAMES = 2048;

    /**
     * The format for {@code file}.
     *
     * @throws OutputFileException BAD_INPUT for anything but .wav or .mp3
     */
    public static OutputFile of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".wav")) {
            return WAV;
        }
        if (name.endsWith(".mp3")) {
            return MP3;
        }
        throw new OutputFileException(new OutputProblem.WrongExtension(file, List.of(".wav", ".mp3")));
    }

    /**
     * Opens the sink at once, so an unwritable path, or a WAV that would outgrow its format, fails before any
     * rendering or speech synthesis.
     *
     * @param expectedFrames how long the render will be, as far as it is known before it starts
     */
    public AudioSink open(Path file, RenderFormat format, long expectedFrames) {
        return this == WAV ? new WavSink(file, format, BLOCK_FRAMES, expectedFrames) : new Mp3Sink(file, format);
    }
}
