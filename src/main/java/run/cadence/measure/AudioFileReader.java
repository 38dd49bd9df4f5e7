package run.cadence.measure;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import run.cadence.CadenceException;
import run.cadence.SoundFileHeader;

/**
 * Decodes a recording into {@link MonoAudio}: WAV, AIFF or AU through javax.sound, MP3 through jump3r
 * ({@link Mp3Decoder}).
 */
public final class AudioFileReader {
    /** What {@code measure audio} reads, for messages. */
    public static final String RECORDING = "a recording (WAV or MP3)";

    private AudioFileReader() {}

    /**
     * Reads and mixes down a recording.
     *
     * @throws CadenceException (bad input) for a missing, unsupported or broken file, naming it
     */
    public static MonoAudio read(Path file) {
        String name = InputFile.name(file, RECORDING).toLowerCase(Locale.ROOT);
        if (!name.endsWith(".mp3")) {
            return readPcm(file, file);
        }
        Path wav = null;
        try {
            wav = Files.createTempFile("cadence-footsteps", ".wav");
            Mp3Decoder.decode(file, wav);
            return readPcm(wav, file);
        } catch (IOException e) {
            throw CadenceException.runtime("cannot make a temporary file to decode " + file + " (" + e.getMessage()
                    + ")", e);
        } finally {
            if (wav != null) {
                try {
                    Files.deleteIfExists(wav);
                } catch (IOException leftBehind) {
                    wav.toFile().deleteOnExit();
                }
            }
        }
    }

    /** Reads PCM audio from {@code file}, naming {@code shownAs} in messages. */
    private static MonoAudio readPcm(Path file, Path shownAs) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
             AudioInputStream source = AudioSystem.getAudioInputStream(raw)) {
            AudioFormat in = source.getFormat();
            // Before reading a sample: an implausible header (20,737 channels) once made the read below endless.
            new SoundFileHeader(in.getChannels(), in.getSampleRate(), in.getSampleSizeInBits(), in.getFrameSize(),
                    source.getFrameLength(), Files.size(file));
            if (in.getEncoding() != AudioFormat.Encoding.PCM_SIGNED && in.getEncoding() != AudioFormat.Encoding.PCM_UNSIGNED
                    && in.getEncoding() != AudioFormat.Encoding.PCM_FLOAT) {
                throw CadenceException.badInput(shownAs + ": " + in.getEncoding() + " audio is not supported; save it as"
                        + " PCM WAV");
            }
            int rate = Math.round(in.getSampleRate());
            int channels = in.getChannels();
            // Ask javax.sound for 16-bit signed little-endian at the file's own rate: one decode path for all.
            AudioFormat pcm16 = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, in.getSampleRate(), 16, channels,
                    channels * 2, in.getSampleRate(), false);
            byte[] bytes;
            try (AudioInputStream converted = AudioSystem.getAudioInputStream(pcm16, source)) {
                bytes = converted.readAllBytes();
            }
            int frames = bytes.length / (2 * channels);
            if (frames == 0) {
                throw CadenceException.badInput(shownAs + ": the recording is empty");
            }
            float[] mono = new float[frames];
            for (int f = 0; f < frames; f++) {
                float sum = 0;
                for (int c = 0; c < channels; c++) {
                    int at = (f * channels + c) * 2;
                    sum += (short) ((bytes[at] & 0xff) | (bytes[at + 1] << 8)) / 32768f;
                }
                mono[f] = sum / channels;
            }
            return new MonoAudio(mono, rate);
        } catch (NoSuchFileException e) {
            throw CadenceException.badInput(shownAs + ": no such file");
        } catch (UnsupportedAudioFileException e) {
            throw CadenceException.badInput(shownAs + ": not a recording Java can read; use a WAV or MP3 file", e);
        } catch (IllegalArgumentException e) {
            throw CadenceException.badInput(shownAs + ": unsupported audio format (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw CadenceException.badInput(shownAs + ": cannot read the recording (" + e.getMessage() + ")", e);
        }
    }
}
