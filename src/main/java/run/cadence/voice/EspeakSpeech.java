package run.cadence.voice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import run.cadence.CadenceException;
import run.cadence.NumberText;

/**
 * {@code --voice espeak}: runs {@code espeak-ng --stdout} once per phrase and decodes the WAV it writes.
 * The phrase goes in on stdin, never as an argument, so text starting with '-' is never read as an option.
 */
public final class EspeakSpeech implements Speech {
    static final String COMMAND = "espeak-ng";
    private static final long TIMEOUT_SECONDS = 30;

    private final String command;
    private final Duration timeout;

    public EspeakSpeech() {
        this(COMMAND);
    }

    /** {@code command} is the program to run; tests pass a name that does not exist. */
    EspeakSpeech(String command) {
        this(command, Duration.ofSeconds(TIMEOUT_SECONDS));
    }

    /** Tests pass a stand-in program and a short timeout. */
    EspeakSpeech(String command, Duration timeout) {
        this.command = command;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "espeak";
    }

    @Override
    public float[] render(Phrase phrase, int sampleRate) {
        Path errorFile;
        try {
            // stderr goes to a file, never a pipe: nobody drains a pipe while stdout is read, so a chatty
            // espeak-ng would block on a full one and never exit.
            errorFile = Files.createTempFile("cadence-espeak-", ".err");
        } catch (IOException e) {
            throw CadenceException.runtime("cannot start " + command + ": no temporary file for its messages: "
                    + e.getMessage(), e);
        }
        try {
            return speak(phrase, sampleRate, errorFile);
        } finally {
            try {
                Files.deleteIfExists(errorFile);
            } catch (IOException ignored) {
                // A leftover temporary file is harmless and the cue itself succeeded or failed on its own.
            }
        }
    }

    private float[] speak(Phrase phrase, int sampleRate, Path errorFile) {
        Process process;
        try {
            process = new ProcessBuilder(List.of(command, "--stdout"))
                    .redirectError(ProcessBuilder.Redirect.to(errorFile.toFile())).start();
        } catch (IOException e) {
            throw new VoiceProblem.NotInstalled(command, e);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] wav;
        IOException notSent = null;
        try {
            try (OutputStream stdin = process.getOutputStream()) {
                // At most MAX_CHARS of text: it fits in the pipe, so this write cannot block on a stuck process.
                stdin.write(phrase.text().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // A broken pipe: espeak-ng already quit. Its exit code and messages tell why, so wait for them.
                notSent = e;
            }
            // Read on its own thread: a blocking read here could not be timed out, and a hung espeak-ng
            // would hang cadence. A plain daemon thread, not the common pool, which has one thread on 2 cores.
            FutureTask<byte[]> reading = new FutureTask<>(() -> {
                try (InputStream stdout = process.getInputStream()) {
                    return stdout.readAllBytes();
                }
            });
            Thread reader = new Thread(reading, "espeak-stdout");
            reader.setDaemon(true);
            reader.start();
            wav = reading.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new TimeoutException();
            }
        } catch (TimeoutException e) {
            stop(process);
            throw CadenceException.runtime(command + " did not finish speaking '" + phrase.text() + "' within "
                    + seconds(timeout) + " s", null);
        } catch (ExecutionException e) {
            stop(process);
            throw CadenceException.runtime(command + " failed while speaking '" + phrase.text() + "': "
                    + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            throw CadenceException.runtime("interrupted while " + command + " was speaking", e);
        }
        if (process.exitValue() != 0 || wav.length == 0) {
            throw CadenceException.runtime(command + " could not speak '" + phrase.text() + "': "
                    + firstLine(errorFile).orElse(notSent != null ? "it did not take the text (" + notSent.getMessage()
                            + "), exit code " + process.exitValue() : "exit code " + process.exitValue()), null);
        }
        String what = command + " speaking '" + phrase.text() + "'";
        return SpeechSamples.trimmedAndLevelled(SpeechSamples.decodeEngineWav(wav, sampleRate, command, phrase.text()), sampleRate, what);
    }

    /** Kills espeak-ng and anything it started, so that nothing holds its stdout open and the reader ends. */
    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** The first non-blank line espeak-ng wrote to stderr: the reason, without its usage text or noise. */
    private static Optional<String> firstLine(Path errorFile) {
        try (BufferedReader reader = Files.newBufferedReader(errorFile, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    String reason = line.strip();
                    // One readable line, even if espeak-ng printed a flood without a newline.
                    return Optional.of(reason.length() <= 200 ? reason : reason.substring(0, 200) + "...");
                }
            }
        } catch (IOException e) {
            // Malformed or unreadable messages: the exit code is still a reason.
        }
        return Optional.empty();
    }

    /** "30" or "0.5": the timeout as a runner reads it. */
    private static String seconds(Duration d) {
        return NumberText.plain(d.toMillis() / 1000.0);
    }
}
