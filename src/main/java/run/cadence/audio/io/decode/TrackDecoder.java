package run.cadence.audio.io.decode;

import com.github.trilarion.sound.vorbis.sampled.spi.VorbisAudioFileReader;
import com.github.trilarion.sound.vorbis.sampled.spi.VorbisFormatConversionProvider;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.UnsupportedAudioFileException;
import javazoom.spi.mpeg.sampled.convert.MpegFormatConversionProvider;
import javazoom.spi.mpeg.sampled.file.MpegAudioFileReader;
import org.jflac.sound.spi.FlacAudioFileReader;
import org.jflac.sound.spi.FlacFormatConversionProvider;
import run.cadence.audio.PcmSource;

/**
 * Opens a track as a stream of float samples: WAV and AIFF read directly ({@link PcmFile}), the rest through the
 * Java Sound service provider that matches the header: JLayer's mp3spi for MP3, jFLAC for FLAC, JOrbis (java-vorbis-support)
 * for Ogg Vorbis. The provider is chosen from the checked header, not by asking every installed provider in turn,
 * so a lenient provider cannot claim another format's file. Nothing is read whole: a track streams in blocks.
 */
public final class TrackDecoder {
    private TrackDecoder() {}

    /** Checks the header, then opens the stream; the caller closes it. */
    public static PcmSource open(Path file) throws Refusal {
        Header header = HeaderCheck.read(file);
        InputStream raw = null;
        try {
            AudioInputStream pcm;
            if (header.container() == Container.WAV || header.container() == Container.AIFF) {
                pcm = PcmFile.open(file, header);
            } else {
                InputStream in = Files.newInputStream(file);
                raw = in;
                in.skipNBytes(header.audioOffset());
                raw = new BufferedInputStream(in, 1 << 16);
                pcm = pcmStream(header.container(), raw);
            }
            AudioFormat f = pcm.getFormat();
            if (f.getChannels() != header.channels() || Math.round(f.getSampleRate()) != header.sampleRate()) {
                pcm.close();
                throw new Refusal("the " + header.container().label + " stream says " + f.getChannels() + " channels at "
                        + Math.round(f.getSampleRate()) + " Hz but its header " + header.channels() + " at "
                        + header.sampleRate() + " Hz; the file is damaged");
            }
            return new DecodedTrack(pcm, header.sampleRate(), header.channels());
        } catch (FileSystemException e) {
            closeQuietly(raw);
            throw Refusal.cannotRead(e);
        } catch (UnsupportedAudioFileException | IOException | RuntimeException e) {
            // A third-party decoder fails on damaged data with whatever it throws ("Resetting to invalid mark", a
            // NullPointerException about its own fields): it is the file's fault, and its words mean nothing to a
            // runner. --verbose shows them.
            closeQuietly(raw);
            throw damaged(header.container(), e);
        }
    }

    /**
     * A failure while streaming an open track: the file system's own error (a disk error, a file removed), else the
     * decoder's, which is the data's fault.
     */
    public static Refusal failedWhileReading(Exception e) {
        if (e instanceof FileSystemException f) {
            return Refusal.cannotRead(f);
        }
        return new Refusal("the audio data cannot be decoded; the file is damaged", e);
    }

    /** The decoder could not make sense of the data; the cause is kept for --verbose. */
    public static Refusal damaged(Container container, Exception cause) {
        return new Refusal("the " + container.label + " data cannot be decoded; the file is damaged", cause);
    }

    private static AudioInputStream pcmStream(Container container, InputStream raw)
            throws UnsupportedAudioFileException, IOException {
        return switch (container) {
            case MP3 -> {
                AudioInputStream coded = new MpegAudioFileReader().getAudioInputStream(raw);
                yield new MpegFormatConversionProvider().getAudioInputStream(pcm16(coded.getFormat()), coded);
            }
            case FLAC -> {
                AudioInputStream coded = new FlacAudioFileReader().getAudioInputStream(raw);
                AudioFormat in = coded.getFormat();
                AudioFormat out = new AudioFormat(in.getSampleRate(), in.getSampleSizeInBits(), in.getChannels(), true,
                        false);
                yield new FlacFormatConversionProvider().getAudioInputStream(out, coded);
            }
            case OGG_VORBIS -> {
                AudioInputStream coded = new VorbisAudioFileReader().getAudioInputStream(raw);
                yield new VorbisFormatConversionProvider().getAudioInputStream(pcm16(coded.getFormat()), coded);
            }
            case WAV, AIFF -> throw new IllegalStateException(container + " is read directly, not through a provider");
        };
    }

    private static AudioFormat pcm16(AudioFormat coded) {
        return new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, coded.getSampleRate(), 16, coded.getChannels(),
                coded.getChannels() * 2, coded.getSampleRate(), false);
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // Already failing with the reason that matters.
            }
        }
    }
}
