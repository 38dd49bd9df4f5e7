package run.cadence.audio.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import run.cadence.CadenceException;
import run.cadence.audio.PcmSource;
import run.cadence.audio.Resampler;
import run.cadence.audio.io.decode.Container;
import run.cadence.audio.io.decode.HeaderCheck;
import run.cadence.audio.io.decode.Refusal;
import run.cadence.audio.io.decode.TrackDecoder;

/**
 * Decodes sound files (clicks, cue recordings) and spoken audio into mono {@code float[]} at the engine's sample
 * rate, once, before playback starts: the render path never decodes.
 */
public final class SampleFiles {
    /** Longer clips are refused: a click or a spoken cue is seconds, not minutes. */
    static final double MAX_SECONDS = 30;

    /** What Java Sound reads sample by sample; anything else (MPEG from the music decoders' provider) is compressed. */
    private static final java.util.Set<AudioFormat.Encoding> UNCOMPRESSED = java.util.Set.of(
            AudioFormat.Encoding.PCM_SIGNED, AudioFormat.Encoding.PCM_UNSIGNED, AudioFormat.Encoding.PCM_FLOAT,
            AudioFormat.Encoding.ULAW, AudioFormat.Encoding.ALAW);

    private SampleFiles() {}

    /**
     * Decodes a sound file (WAV, AIFF, MP3, FLAC or Ogg Vorbis) through the one file decoder the music library and
     * {@code measure audio} use: its header checked before a sample is read, a pipe or a device refused unopened.
     * Missing, unreadable, corrupt or overlong files are bad input naming the file, and so is lossy compressed
     * audio (MP3, Ogg Vorbis): its decoder delay would put every click or cue late, and nothing here removes it.
     */
    public static float[] decodeMono(Path file, int sampleRate) {
        String cannot = "cannot read sound file '" + file + "': ";
        try {
            Container kind = HeaderCheck.read(file).container();
            if (kind == Container.MP3 || kind == Container.OGG_VORBIS) {
                throw CadenceException.badInput("cannot use sound file '" + file + "': it is compressed audio ("
                        + kind.label + "), whose decoder delay would put every sound late; use a 16-bit PCM WAV");
            }
        } catch (Refusal r) {
            throw CadenceException.badInput(cannot + r.getMessage(), r);
        }
        try (PcmSource in = TrackDecoder.open(file)) {
            long most = (long) Math.ceil(MAX_SECONDS * in.sampleRate());
            int channels = in.channels();
            float[] block = new float[4096 * channels];
            float[] mono = new float[0];
            int frames = 0;
            int n;
            while ((n = in.read(block, 4096)) > 0) {
                if (frames + n > most) {
                    throw CadenceException.badInput("sound file '" + file + "' is longer than " + (int) MAX_SECONDS
                            + " s; use a short clip");
                }
                if (frames + n > mono.length) {
                    mono = java.util.Arrays.copyOf(mono, Math.max(2 * mono.length, frames + n));
                }
                PcmSource.downmix(block, n, channels, mono, frames);
                frames += n;
            }
            if (frames == 0) {
                throw CadenceException.badInput("sound file '" + file + "' holds no samples");
            }
            return Resampler.linear(java.util.Arrays.copyOf(mono, frames), in.sampleRate(), sampleRate);
        } catch (Refusal r) {
            throw CadenceException.badInput(cannot + r.getMessage(), r);
        } catch (IOException | RuntimeException e) {
            if (e instanceof CadenceException c) {
                throw c;
            }
            throw CadenceException.badInput(cannot + TrackDecoder.failedWhileReading(e).getMessage(), e);
        }
    }

    /** Decodes a stream (a resource inside the jar); {@code name} is used in messages. */
    public static float[] decodeMono(InputStream in, int sampleRate, String name) {
        return decodeMono(in, sampleRate, name, -1);
    }

    /** As above; {@code streamBytes} (negative if unknown) bounds what the header may claim. */
    private static float[] decodeMono(InputStream in, int sampleRate, String name, long streamBytes) {
        try {
            Mono mono = read(in, MAX_SECONDS, streamBytes);
            return Resampler.linear(mono.samples(), mono.sampleRate(), sampleRate);
        } catch (Refused e) {
            throw CadenceException.badInput(switch (e.why()) {
                case NOT_AUDIO -> "cannot read sound file '" + name + "': not a WAV file (or corrupt); use 16-bit PCM"
                        + " WAV";
                case UNSUPPORTED_ENCODING -> "cannot read sound file '" + name + "': unsupported format ("
                        + e.detail() + "); use 16-bit PCM WAV";
                case COMPRESSED -> "cannot use sound file '" + name + "': it is compressed audio (" + e.detail()
                        + "), whose decoder delay would put every sound late; use a 16-bit PCM WAV";
                case TOO_LONG -> "sound file '" + name + "' is longer than " + (int) MAX_SECONDS
                        + " s; use a short clip";
                case EMPTY -> "sound file '" + name + "' holds no samples";
            }, e);
        } catch (IOException e) {
            throw CadenceException.badInput("cannot read sound file '" + name + "': " + e.getMessage(), e);
        }
    }

    /** Audio mixed down to one channel at its own rate, floats in [-1, 1]. */
    public record Mono(float[] samples, float sampleRate) {}

    /** Why a stream could not be decoded, for the caller to say in its own words. */
    public static final class Refused extends Exception {
        /** What was wrong with it. */
        public enum Why {
            NOT_AUDIO,
            UNSUPPORTED_ENCODING,
            /** Compressed audio (MP3 through Java Sound's MPEG provider): no fixed bits per sample. */
            COMPRESSED,
            TOO_LONG,
            EMPTY
        }

        private final Why why;
        private final String detail;

        Refused(Why why, String detail) {
            super(why + ": " + detail);
            this.why = why;
            this.detail = detail;
        }

        public Why why() {
            return why;
        }

        /** The decoder's own account, e.g. the encoding it could not convert. */
        public String detail() {
            return detail;
        }
    }

    /**
     * The one PCM-to-mono decode: any file Java Sound reads (WAV, AIFF, AU) converted to 16-bit PCM at its own
     * rate, channels averaged. Used for clicks, cue recordings and the footstep recordings {@code measure} reads.
     *
     * @param maxSeconds longer audio is refused (TOO_LONG) before it is all read
     * @param streamBytes the stream's length if known (else negative): a header claiming more is refused
     */
    public static Mono read(InputStream in, double maxSeconds, long streamBytes) throws IOException, Refused {
        try (AudioInputStream source = AudioSystem.getAudioInputStream(
                in.markSupported() ? in : new BufferedInputStream(in))) {
            return read(source, maxSeconds, streamBytes);
        } catch (UnsupportedAudioFileException e) {
            throw new Refused(Refused.Why.NOT_AUDIO, String.valueOf(e.getMessage()));
        }
    }

    /** As {@link #read(InputStream, double, long)}, for samples already described by a Java Sound format. */
    static Mono read(AudioInputStream source, double maxSeconds, long streamBytes) throws IOException, Refused {
        try {
            AudioFormat f = source.getFormat();
            if (!UNCOMPRESSED.contains(f.getEncoding())) {
                throw new Refused(Refused.Why.COMPRESSED, f.getEncoding().toString());
            }
            // Before reading a sample: an implausible header (20,737 channels) once made the read below endless.
            new SoundFileHeader(f.getChannels(), f.getSampleRate(), f.getSampleSizeInBits(), f.getFrameSize(),
                    source.getFrameLength(), streamBytes);
            int channels = f.getChannels();
            AudioFormat pcm = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, f.getSampleRate(), 16,
                    channels, 2 * channels, f.getSampleRate(), false);
            byte[] bytes;
            try (AudioInputStream converted = AudioSystem.getAudioInputStream(pcm, source)) {
                bytes = readAll(converted, maxSeconds * f.getSampleRate() * 2 * channels);
            }
            int frames = bytes.length / (2 * channels);
            if (frames == 0) {
                throw new Refused(Refused.Why.EMPTY, "no samples");
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
            return new Mono(mono, f.getSampleRate());
        } catch (IllegalArgumentException e) {
            throw new Refused(Refused.Why.UNSUPPORTED_ENCODING, e.getMessage());
        }
    }

    private static byte[] readAll(InputStream in, double maxBytes) throws IOException, Refused {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[16384];
        int n;
        while ((n = in.read(chunk)) > 0) {
            buffer.write(chunk, 0, n);
            if (buffer.size() > maxBytes) {
                throw new Refused(Refused.Why.TOO_LONG, "over " + maxBytes + " bytes");
            }
        }
        return buffer.toByteArray();
    }
}
