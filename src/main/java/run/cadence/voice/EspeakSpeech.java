package run.cadence.voice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import run.cadence.CadenceException;
import run.cadence.audio.io.SampleFiles;

/**
 * {@code --voice espeak}: runs {@code espeak-ng --stdout} once per phrase and decodes the WAV it writes.
 * The phrase goes in on stdin, never as an argument, so text starting with '-' is never read as an option.
 */
public final class EspeakSpeech implements Speech {
    static final String COMMAND = "espeak-ng";
    private static final long TIMEOUT_SECONDS = 30;

    private final String command;

    public EspeakSpeech() {
        this(COMMAND);
    }

    /** {@code command} is the program to run; tests pass a name that does not exist. */
    EspeakSpeech(String command) {
        this.command = command;
    }

    @Override
    public String name() {
        return "espeak";
    }

    @Override
    public float[] render(Phrase phrase, int sampleRate) {
        Process process;
        try {
            process = new ProcessBuilder(List.of(command, "--stdout")).start();
        } catch (IOException e) {
            throw CadenceException.badInput(command + " is not installed (or not on PATH); install it "
                    + "(Debian: apt install espeak-ng) or drop --voice espeak to use the built-in voice", e);
        }
        byte[] wav;
        byte[] errors;
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(phrase.text().getBytes(StandardCharsets.UTF_8));
            stdin.close();
            try (InputStream stdout = process.getInputStream(); InputStream stderr = process.getErrorStream()) {
                // stderr is a line or two at most, so reading stdout first cannot block on a full stderr pipe.
                wav = stdout.readAllBytes();
                errors = stderr.readAllBytes();
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw CadenceException.runtime(command + " did not finish speaking '" + phrase.text()
                        + "' within " + TIMEOUT_SECONDS + " s", null);
            }
        } catch (IOException e) {
            process.destroyForcibly();
            throw CadenceException.runtime(command + " failed while speaking '" + phrase.text() + "': "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw CadenceException.runtime("interrupted while " + command + " was speaking", e);
        }
        if (process.exitValue() != 0 || wav.length == 0) {
            String reason = new String(errors, StandardCharsets.UTF_8).strip().lines().findFirst()
                    .orElse("exit code " + process.exitValue());
            throw CadenceException.runtime(command + " could not speak '" + phrase.text() + "': " + reason, null);
        }
        String what = command + " speaking '" + phrase.text() + "'";
        return SpeechSamples.trimmedAndLevelled(
                SampleFiles.decodeMono(new ByteArrayInputStream(wav), sampleRate, what), sampleRate, what);
    }
}
