package run.cadence.measure;

import java.nio.file.Path;
import run.cadence.CadenceException;
import run.cadence.audio.PcmSource;
import run.cadence.audio.io.decode.Refusal;
import run.cadence.audio.io.decode.TrackDecoder;

/**
 * Opens a recording for streaming through the audio layer's one decoder ({@link TrackDecoder}, the music library's
 * too): its header checked before a sample is read (a pipe, a device, an implausible format or a file of zeros named
 * .wav is refused at once), then WAV, AIFF, MP3, FLAC or Ogg Vorbis read block by block.
 */
public final class AudioFileReader {
    /** What {@code measure audio} reads, for messages. */
    public static final String RECORDING = "a recording (WAV, MP3, FLAC, Ogg Vorbis or AIFF)";

    private AudioFileReader() {}

    /**
     * The recording, ready to stream; the caller closes it.
     *
     * @throws CadenceException (bad input) for a missing, unsupported or broken file, naming it
     */
    public static PcmSource open(Path file) {
        InputFile.name(file, RECORDING);
        try {
            return TrackDecoder.open(file);
        } catch (Refusal r) {
            throw CadenceException.badInput(file + ": " + r.getMessage(), r);
        }
    }
}
