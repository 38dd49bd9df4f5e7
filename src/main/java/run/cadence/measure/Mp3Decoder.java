package run.cadence.measure;

import de.sciss.jump3r.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import run.cadence.CadenceException;

/**
 * MP3 to WAV with jump3r, the pure-Java LAME port already used for export. Its low-level decoder does not
 * say the sample rate or channel count, so the decode goes through jump3r's own {@code --decode}, which
 * writes a WAV file that carries both.
 */
final class Mp3Decoder {
    private Mp3Decoder() {}

    /**
     * Decodes {@code mp3} into the WAV file {@code wav}.
     *
     * @throws CadenceException (bad input) when the file is missing or not MP3
     */
    static void decode(Path mp3, Path wav) {
        if (!looksLikeMp3(mp3)) {
            throw CadenceException.badInput(mp3 + ": not an MP3 file (no ID3 tag or MPEG audio frame at the start)");
        }
        // jump3r prints a stack trace to System.err before it throws on a damaged file; that trace is not
        // for the runner, who gets our one-line message instead. The CLI runs one command at a time, so
        // borrowing System.err for the call is safe.
        PrintStream err = System.err;
        ByteArrayOutputStream swallowed = new ByteArrayOutputStream();
        int status;
        try {
            System.setErr(new PrintStream(swallowed, true, java.nio.charset.StandardCharsets.UTF_8));
            status = new Main().run(new String[] {"--silent", "--decode", mp3.toString(), wav.toString()});
        } catch (IOException | RuntimeException e) {
            throw CadenceException.badInput(mp3 + ": cannot decode the MP3 (" + firstLine(e.getMessage()) + ")", e);
        } finally {
            System.setErr(err);
        }
        if (status != 0) {
            throw CadenceException.badInput(mp3 + ": cannot decode the MP3 (decoder status " + status + ")");
        }
    }

    private static boolean looksLikeMp3(Path file) {
        byte[] head = new byte[3];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 3) < 3) {
                return false;
            }
        } catch (NoSuchFileException e) {
            throw CadenceException.badInput(file + ": no such file");
        } catch (IOException e) {
            throw CadenceException.badInput(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        boolean id3 = head[0] == 'I' && head[1] == 'D' && head[2] == '3';
        boolean frameSync = (head[0] & 0xff) == 0xff && (head[1] & 0xe0) == 0xe0;
        return id3 || frameSync;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "damaged data";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
