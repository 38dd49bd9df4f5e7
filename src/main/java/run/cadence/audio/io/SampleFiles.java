package run.cadence.audio.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import run.cadence.CadenceException;
import run.cadence.SoundFileHeader;
import run.cadence.audio.Resampler;

/**
 * Decodes sound files (clicks, cue recordings) into mono {@code float[]} at the engine's sample rate,
 * once, before playback starts: the render path never decodes.
 */
public final class SampleFiles {
    /** Longer clips are refused: a click or a spoken cue is seconds, not minutes. */
    static final double MAX_SECONDS = 30;

    private SampleFiles() {}

    /** Decodes a WAV (or AIFF/AU) file. Missing, unreadable or corrupt files are bad input. */
    public static float[] decodeMono(Path file, int sampleRate) {
        if (Files.isDirectory(file)) {
            throw CadenceException.badInput("sound file '" + file + "' is a folder; give a WAV file");
        }
        if (!Files.isRegularFile(file)) {
            throw CadenceException.badInput("sound file '" + file + "' not found");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return decodeMono(in, sampleRate, file.toString(), Files.size(file));
        } catch (NoSuchFileException e) {
            throw CadenceException.badInput("sound file '" + file + "' not found", e);
        } catch (IOException e) {
            throw CadenceException.badInput("cannot read sound file '" + file + "': " + e.getMessage(), e);
        }
    }

    /** Decodes a stream (a resource inside the jar); {@code name} is used in messages. */
    public static float[] decodeMono(InputStream in, int sampleRate, String name) {
        return decodeMono(in, sampleRate, name, -1);
    }

    /** As above; {@code streamBytes} (negative if unknown) bounds what the header may claim. */
    private static float[] decodeMono(InputStream in, int sampleRate, String name, long streamBytes) {
        try (AudioInputStream source = AudioSystem.getAudioInputStream(
                in.markSupported() ? in : new BufferedInputStream(in))) {
            AudioFormat f = source.getFormat();
            // Before reading a sample: an implausible header (20,737 channels) once made the read below endless.
            new SoundFileHeader(f.getChannels(), f.getSampleRate(), f.getSampleSizeInBits(), f.getFrameSize(),
                    source.getFrameLength(), streamBytes);
            AudioFormat pcm = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, f.getSampleRate(), 16,
                    f.getChannels(), 2 * f.getChannels(), f.getSampleRate(), false);
            byte[] bytes;
            try (AudioInputStream converted = AudioSystem.getAudioInputStream(pcm, source)) {
                bytes = readAll(converted, (long) (MAX_SECONDS * f.getSampleRate() * 2 * f.getChannels()), name);
            }
            int channels = f.getChannels();
            int frames = bytes.length / (2 * channels);
            if (frames == 0) {
                throw CadenceException.badInput("sound file '" + name + "' holds no samples");
            }
            float[] mono = new float[frames];
            for (int i = 0; i < frames; i++) {
                float sum = 0;
                for (int c = 0; c < channels; c++) {
                    int at = 2 * (i * channels + c);
                    sum += (short) ((bytes[at] & 0xff) | (bytes[at + 1] << 8)) / 32768f;
                }
                mono[i] = sum / channels;
            }
            return Resampler.linear(mono, f.getSampleRate(), sampleRate);
        } catch (UnsupportedAudioFileException e) {
            throw CadenceException.badInput("cannot read sound file '" + name
                    + "': not a WAV file (or corrupt); use 16-bit PCM WAV", e);
        } catch (IllegalArgumentException e) {
            throw CadenceException.badInput("cannot read sound file '" + name + "': unsupported format ("
                    + e.getMessage() + "); use 16-bit PCM WAV", e);
        } catch (IOException e) {
            throw CadenceException.badInput("cannot read sound file '" + name + "': " + e.getMessage(), e);
        }
    }

    private static byte[] readAll(InputStream in, long maxBytes, String name) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[16384];
        int n;
        while ((n = in.read(chunk)) > 0) {
            buffer.write(chunk, 0, n);
            if (buffer.size() > maxBytes) {
                throw CadenceException.badInput("sound file '" + name + "' is longer than "
                        + (int) MAX_SECONDS + " s; use a short clip");
            }
        }
        return buffer.toByteArray();
    }
}
